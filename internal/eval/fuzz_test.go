package eval

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/brief-dev/brief/summarize"
)

// FuzzReadGold reads any annotation in either layout and scores a fixed
// prediction against it: no panic, and the counts stay within their
// bounds.
func FuzzReadGold(f *testing.F) {
	f.Add([]byte(handGold), false)
	f.Add([]byte(`{"persons": [{"name": "A B", "role": "X"}], "organisations": [{"name": "UN", "aliases": null, "optional": true}], "countries": ["US"], "countries_optional": ["UK"], "outcomes": {"primary": ["x y"], "acceptable": null}, "no_outcomes": true}`), true)
	f.Add([]byte(`{"id": "a", "parties": {"persons": [{"name": "", "mentions": ["", "Mr."]}]}}`), false)
	preds, err := ReadPredictions(strings.NewReader(strings.ReplaceAll(handPred, "\n", "")))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte, whiteHouse bool) {
		name := "a.json"
		if whiteHouse {
			name = "a.gold.json"
		}
		gold, err := ReadGold(fstest.MapFS{name: {Data: data}})
		if err != nil {
			return
		}
		p := preds["a"]
		p.ID = gold[0].ID
		s := ScoreGold(gold, map[string]Prediction{p.ID: p}).PerDoc[p.ID]
		for _, c := range [][3]int{s.Persons, s.Organisations, s.Countries} {
			if c[0] > c[1] || c[0] > c[2] {
				t.Errorf("more matches than predictions or gold: %v", s)
			}
		}
		if s.Roles[0] > s.Roles[1] || s.Outcomes[0] > s.Outcomes[3] || s.Outcomes[1] > s.Outcomes[2] || s.OutcomesK[0] > s.Outcomes[0] {
			t.Errorf("counts out of bounds: %v", s)
		}
		// What ReadGold read, written back, reads the same.
		back, err := json.Marshal(gold[0])
		if err != nil {
			t.Fatal(err)
		}
		again, err := ReadGold(fstest.MapFS{"a.json": {Data: back}})
		if err != nil {
			t.Fatalf("written back, %s does not read: %v", back, err)
		}
		if s2 := ScoreDoc(&again[0], &p); s2.String() != s.String() {
			t.Errorf("written back, the document scores %v, was %v", s2, s)
		}
	})
}

// FuzzReadPredictions: any input is read or refused, and what is read
// scores against the hand-made gold document.
func FuzzReadPredictions(f *testing.F) {
	f.Add([]byte(strings.ReplaceAll(handPred, "\n", "")))
	f.Add([]byte(`{"id": 1.5e3, "persons": [{"text": "Dr."}], "outcomes": [{"name": "", "text": ""}]}` + "\n\n" + `{"id": "a"}`))
	gold := []GoldDoc{}
	if err := json.Unmarshal([]byte("["+handGold+"]"), &gold); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		preds, err := ReadPredictions(bytes.NewReader(data))
		if err != nil {
			return
		}
		rep := ScoreGold(gold, preds)
		if o := rep.Total.Outcomes; o.P < 0 || o.P > 1 || o.R < 0 || o.R > 1 {
			t.Errorf("outcome P %v R %v", o.P, o.R)
		}
	})
}

// FuzzSummarizeLines: any corpus gives one output line per non-blank
// input line, each a JSON object, and never a panic.
func FuzzSummarizeLines(f *testing.F) {
	f.Add([]byte(`{"id": "a", "sentences": ["One.", "Two."], "k": 1}` + "\n" + `{"id": 2, "text": "A b. C d."}` + "\n\n[1]\n"))
	f.Add([]byte(`{"id": {"x": 1}, "sentences": [], "text": "a\n\nb"}` + "\r\n" + `{"text": null, "k": -3}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var out bytes.Buffer
		failed := 0
		if err := SummarizeLines(bytes.NewReader(data), &out, summarize.Options{}, summarize.ReadOptions{MaxBytes: 1 << 12}, func(error) { failed++ }); err != nil {
			t.Fatal(err)
		}
		want := 0
		for _, l := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(strings.TrimRight(l, "\r")) != "" {
				want++
			}
		}
		lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if out.Len() == 0 {
			lines = nil
		}
		if len(lines) != want {
			t.Fatalf("%d output lines for %d input lines:\n%s", len(lines), want, out.String())
		}
		errs := 0
		for _, l := range lines {
			var row map[string]json.RawMessage
			if err := json.Unmarshal([]byte(l), &row); err != nil {
				t.Fatalf("output line %s: %v", l, err)
			}
			if _, ok := row["error"]; ok {
				errs++
			}
		}
		if errs != failed {
			t.Errorf("%d error lines, %d failures reported", errs, failed)
		}
	})
}
