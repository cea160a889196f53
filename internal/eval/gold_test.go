package eval

import (
	"errors"
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

func TestReadGoldWhiteHouseLayout(t *testing.T) {
	fsys := fstest.MapFS{
		"wh_b.gold.json": {Data: []byte(`{"persons": [{"name": "Joe Biden", "role": "President"}],
			"organisations": [{"name": "NATO", "aliases": []}, {"name": "White House", "aliases": [], "optional": true}],
			"countries": ["United States"], "countries_optional": ["China"],
			"outcomes": {"primary": ["They agreed."], "acceptable": ["They met."]}, "no_outcomes": false}`)},
		"wh_a.gold.json": {Data: []byte(`{"persons": [], "organisations": [], "countries": [],
			"outcomes": {"primary": [], "acceptable": []}, "no_outcomes": true}`)},
		"wh_a.json": {Data: []byte(`{"not": "an annotation"}`)}, // a prediction beside them
		"wh_a.txt":  {Data: []byte("text")},
	}
	gold, err := ReadGold(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 2 || gold[0].ID != "wh_a" || gold[1].ID != "wh_b" {
		t.Fatalf("ReadGold read %d documents %v, want wh_a and wh_b in that order", len(gold), gold)
	}
	if !gold[0].NoOutcomes || gold[0].Outcomes == nil || gold[0].Parties.Persons == nil {
		t.Errorf("wh_a = %+v, want no_outcomes and empty (not null) lists", gold[0])
	}
	b := gold[1]
	want := GoldDoc{ID: "wh_b", CountriesOptional: []string{"China"},
		Outcomes: []GoldOutcome{{Rank: 1, Text: "They agreed."}}, Acceptable: []string{"They met."}}
	want.Parties.Persons = []GoldPerson{{Name: "Joe Biden", Role: "President", Mentions: []string{}}}
	want.Parties.Organisations = []GoldOrg{{Name: "NATO", Aliases: []string{}}, {Name: "White House", Aliases: []string{}, InNameOnly: true}}
	want.Parties.Countries = []GoldCountry{{Name: "United States", Mentions: []string{}}}
	if !reflect.DeepEqual(b, want) {
		t.Errorf("wh_b =\n%+v, want\n%+v", b, want)
	}
}

// TestReadGoldCorpusLayout reads a NAME.gold.json in the dev set's scheme,
// as testdata/corpus keeps them: the file names the document.
func TestReadGoldCorpusLayout(t *testing.T) {
	fsys := fstest.MapFS{
		"pm_call.gold.json": {Data: []byte(`{"id": "d99", "parties": {"persons": [{"name": "Rishi Sunak", "title": null, "role": "Prime Minister", "country": "United Kingdom", "mentions": ["The Prime Minister"]}],
			"organisations": [], "countries": [{"name": "Ukraine", "mentions": ["Ukraine"]}]},
			"outcomes": [{"rank": 1, "text": "They agreed to meet.", "kind": "next_step"}], "acceptable_outcomes": ["They spoke."]}`)},
		"pm_call.txt": {Data: []byte("text")},
	}
	gold, err := ReadGold(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 1 {
		t.Fatalf("ReadGold read %d documents, want 1", len(gold))
	}
	g := gold[0]
	if g.ID != "pm_call" || len(g.Parties.Persons) != 1 || g.Parties.Persons[0].Role != "Prime Minister" ||
		len(g.Outcomes) != 1 || g.Outcomes[0].Kind != "next_step" || len(g.Acceptable) != 1 || g.Parties.Organisations == nil {
		t.Errorf("pm_call = %+v, want id from the file name, its person, outcome and acceptable outcome, empty (not null) lists", g)
	}
}

func TestReadGoldErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		fsys fstest.MapFS
		file string // the file the error must name, if any
		msg  string
	}{
		{"empty", fstest.MapFS{"d01.txt": {}}, "", "no annotations"},
		{"no id", fstest.MapFS{"d01.json": {Data: []byte(`{"parties": {}}`)}}, "d01.json", `no "id"`},
		{"twice", fstest.MapFS{"d01.json": {Data: []byte(`{"id": "x"}`)}, "d02.json": {Data: []byte(`{"id": "x"}`)}}, "d02.json", "d01.json"},
		{"not JSON", fstest.MapFS{"d01.json": {Data: []byte(`{"id": `)}}, "d01.json", "unexpected end"},
		{"outcomes of the other layout", fstest.MapFS{"a.gold.json": {Data: []byte(`{"outcomes": [{"text": "x"}]}`)}}, "a.gold.json", "cannot unmarshal"},
	} {
		_, err := ReadGold(tc.fsys)
		var pe *fs.PathError
		switch {
		case err == nil || !strings.Contains(err.Error(), tc.msg):
			t.Errorf("%s: ReadGold error %v, want one saying %q", tc.name, err, tc.msg)
		case tc.file != "" && (!errors.As(err, &pe) || pe.Path != tc.file):
			t.Errorf("%s: ReadGold error %v does not name %s", tc.name, err, tc.file)
		}
	}
	if _, err := ReadGold(os.DirFS("no-such-folder")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadGold(missing folder) = %v, want not-exist", err)
	}
}

func TestReadPredictions(t *testing.T) {
	in := `{"id": "d01", "persons": ["Mr. A", {"name": "B", "title": "Minister"}, {"text": "C"}], "organisations": [{"name": "UN", "aliases": ["United Nations"]}], "countries": [{"name": "India"}], "outcomes": [{"text": "They agreed."}, "They signed."]}

{"id": 7, "persons": null}
{"id": "d01", "countries": ["Peru"]}
`
	preds, err := ReadPredictions(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(preds) != 2 {
		t.Fatalf("ReadPredictions = %v, want d01 and 7", preds)
	}
	// A later row with the same id replaces the earlier one.
	if p := preds["d01"]; len(p.Persons) != 0 || len(p.Countries) != 1 || p.Countries[0].Name != "Peru" {
		t.Errorf("d01 = %+v, want the second row's", p)
	}
	if _, ok := preds["7"]; !ok {
		t.Errorf("a numeric id 7 is not read as %q", "7")
	}
	first, err := ReadPredictions(strings.NewReader(strings.SplitN(in, "\n", 2)[0]))
	if err != nil {
		t.Fatal(err)
	}
	want := Prediction{ID: "d01",
		Persons:       []Item{{Name: "Mr. A"}, {Name: "B", Title: "Minister"}, {Name: "C"}},
		Organisations: []Item{{Name: "UN", Aliases: []string{"United Nations"}}},
		Countries:     []Item{{Name: "India"}},
		Outcomes:      []Item{{Name: "They agreed."}, {Name: "They signed."}},
	}
	if got := first["d01"]; !reflect.DeepEqual(got, want) {
		t.Errorf("strings and objects: got\n%+v, want\n%+v", got, want)
	}
	for _, bad := range []string{`{"persons": []}`, `{"id": null}`, `{"id": "a", "persons": [1]}`, `["a"]`, `{"id": "a"`} {
		if _, err := ReadPredictions(strings.NewReader("\n" + bad + "\n")); err == nil || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("ReadPredictions(%s) error %v, want one naming line 2", bad, err)
		}
	}
}

func TestWritePredictionsReadsBack(t *testing.T) {
	gold := []GoldDoc{{ID: "b"}, {ID: "a"}, {ID: "missing"}}
	preds := map[string]Prediction{
		"a": {ID: "a", Persons: []Item{{Name: "<A & B>", Title: "Minister"}}, Organisations: []Item{{Name: "UN", Aliases: []string{"United Nations"}}}},
		"b": {ID: "b", Outcomes: []Item{{Name: "They agreed."}}},
	}
	var buf strings.Builder
	if err := WritePredictions(&buf, gold, preds); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(buf.String()), "\n"); len(lines) != 2 || !strings.Contains(lines[0], `"id":"b"`) || !strings.Contains(lines[1], "<A & B>") {
		t.Errorf("WritePredictions wrote\n%s\nwant b then a, unescaped", buf.String())
	}
	back, err := ReadPredictions(strings.NewReader(buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back["a"], preds["a"]) || back["b"].Outcomes[0].Name != "They agreed." {
		t.Errorf("read back %+v, want %+v", back, preds)
	}
}
