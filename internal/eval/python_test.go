package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// sharedBriefing is the project's annotated development set, next to the
// checkout. It is evaluation data and is never copied into the repository.
const sharedBriefing = "../../../shared/eval/briefing"

// whiteHouseDir is the public-domain annotated set in the repository.
const whiteHouseDir = "../../testdata/whitehouse"

// TestGoldScoreAgreesWithPython scores the same predictions with the port
// and with gold_score.py, on the dev set and on the White House set, and
// requires the same output byte for byte, every document's counts
// included. The predictions are brief's own, the annotations turned into
// predictions, and a set built to exercise every rule (surface forms,
// honorifics, aliases, optional bodies, duplicates, half sentences, strings
// and objects).
func TestGoldScoreAgreesWithPython(t *testing.T) {
	script, err := filepath.Abs(filepath.Join(sharedBriefing, "tools", "gold_score.py"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(script); err != nil {
		t.Skip("no gold_score.py at " + sharedBriefing)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	sets := []struct{ name, dir string }{
		{"dev", filepath.Join(sharedBriefing, "dev")},
		{"whitehouse", whiteHouseDir},
	}
	for _, set := range sets {
		gold, err := ReadGold(os.DirFS(set.dir))
		if err != nil {
			t.Fatal(err)
		}
		// gold_score.py knows no optional countries: both score the
		// annotations without them.
		goldDir := t.TempDir()
		for i := range gold {
			gold[i].CountriesOptional = nil
			writeJSON(t, filepath.Join(goldDir, gold[i].ID+".json"), gold[i])
		}
		if gold, err = ReadGold(os.DirFS(goldDir)); err != nil {
			t.Fatal(err)
		}
		brief, err := PredictGold(os.DirFS(set.dir), gold)
		if err != nil {
			t.Fatal(err)
		}
		var briefRows []any
		for _, g := range gold {
			briefRows = append(briefRows, brief[g.ID])
		}
		variants := map[string][]any{
			"brief":   briefRows,
			"gold":    goldAsPredictions(gold),
			"surface": surfacePredictions(gold),
		}
		for name, rows := range variants {
			t.Run(set.name+"/"+name, func(t *testing.T) {
				var jsonl bytes.Buffer
				for _, r := range rows {
					line, err := json.Marshal(r)
					if err != nil {
						t.Fatal(err)
					}
					jsonl.Write(append(line, '\n'))
				}
				predFile := filepath.Join(t.TempDir(), "preds.jsonl")
				if err := os.WriteFile(predFile, jsonl.Bytes(), 0o666); err != nil {
					t.Fatal(err)
				}
				cmd := exec.Command(python, script, goldDir, predFile, "--per-doc")
				var stderr bytes.Buffer
				cmd.Stderr = &stderr
				want, err := cmd.Output()
				if err != nil {
					t.Fatalf("gold_score.py: %v\n%s", err, stderr.Bytes())
				}
				preds, err := ReadPredictions(bytes.NewReader(jsonl.Bytes()))
				if err != nil {
					t.Fatal(err)
				}
				var got bytes.Buffer
				if err := ScoreGold(gold, preds).WriteText(&got, true); err != nil {
					t.Fatal(err)
				}
				if got.String() != string(want) {
					t.Errorf("port and gold_score.py differ:\n%s", lineDiff(string(want), got.String()))
				}
				// The figures of --json, to the last bit.
				out, err := exec.Command(python, script, goldDir, predFile, "--json").Output()
				if err != nil {
					t.Fatalf("gold_score.py --json: %v", err)
				}
				var py struct{ Total Totals }
				if err := json.Unmarshal(out, &py); err != nil {
					t.Fatal(err)
				}
				if port := ScoreGold(gold, preds).Total; py.Total != port {
					t.Errorf("--json totals differ:\npython %+v\nport   %+v", py.Total, port)
				}
				t.Logf("\n%s", strings.Join(strings.SplitN(got.String(), "\n", 8)[:7], "\n"))
			})
		}
	}
}

func writeJSON(t *testing.T, path string, v any) {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o666); err != nil {
		t.Fatal(err)
	}
}

// lineDiff lists the lines where want and got differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := range max(len(w), len(g)) {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n  python: %s\n  port:   %s\n", i+1, wl, gl)
		}
	}
	return b.String()
}

// goldAsPredictions turns each annotation into the prediction that
// should score 100.
func goldAsPredictions(gold []GoldDoc) []any {
	var rows []any
	for _, g := range gold {
		persons, orgs, countries, outcomes := []any{}, []any{}, []any{}, []any{}
		for _, p := range g.Parties.Persons {
			persons = append(persons, map[string]string{"name": p.Name, "title": strings.TrimSpace(p.Title + " " + p.Role)})
		}
		for _, o := range g.Parties.Organisations {
			orgs = append(orgs, map[string]any{"name": o.Name, "aliases": o.Aliases})
		}
		for _, c := range g.Parties.Countries {
			countries = append(countries, c.Name)
		}
		for _, o := range g.Outcomes {
			outcomes = append(outcomes, o.Text)
		}
		rows = append(rows, map[string]any{"id": g.ID, "persons": persons, "organisations": orgs, "countries": countries, "outcomes": outcomes})
	}
	return rows
}

// surfacePredictions builds predictions that take every path of the
// rules: persons by mention or with an honorific, bare or with a wrong
// office, a stranger; organisations by alias, as strings, optional ones,
// one twice; countries by mention and alias, twice; outcomes whole, cut
// to their first half, as {"text"} objects, an acceptable one and a wrong
// one. The third document has no prediction at all.
func surfacePredictions(gold []GoldDoc) []any {
	var rows []any
	for n, g := range gold {
		if n == 2 {
			continue
		}
		var persons, orgs, countries, outcomes []any
		for i, p := range g.Parties.Persons {
			name := "Mr. " + p.Name
			if len(p.Mentions) > 0 {
				name = p.Mentions[len(p.Mentions)-1]
			}
			switch i % 3 {
			case 0:
				persons = append(persons, map[string]string{"name": name, "title": p.Role})
			case 1:
				persons = append(persons, name)
			default:
				persons = append(persons, map[string]string{"name": p.Name, "title": "Deputy Chief of Protocol"})
			}
		}
		persons = append(persons, "Jane Nobody", map[string]string{"text": "Dr."})
		for i, o := range g.Parties.Organisations {
			switch {
			case len(o.Aliases) > 0 && i%2 == 0:
				orgs = append(orgs, map[string]any{"name": o.Aliases[0]})
			case i%2 == 1:
				orgs = append(orgs, "The "+o.Name)
			default:
				orgs = append(orgs, o.Name)
			}
			if i == 0 {
				orgs = append(orgs, map[string]any{"name": o.Name, "aliases": []string{"XYZ"}})
			}
		}
		orgs = append(orgs, "Ministry of Nothing", map[string]any{"name": "", "aliases": []string{"ABC"}})
		for i, c := range g.Parties.Countries {
			if len(c.Mentions) > 0 && i%2 == 0 {
				countries = append(countries, c.Mentions[0])
			} else {
				countries = append(countries, c.Name)
			}
		}
		countries = append(countries, "U.S.", "USA", "Republic of Korea", "the United Kingdom", "")
		for i, o := range g.Outcomes {
			words := strings.Fields(o.Text)
			switch i % 3 {
			case 0:
				outcomes = append(outcomes, o.Text)
			case 1:
				outcomes = append(outcomes, strings.Join(words[:len(words)/2+1], " "))
			default:
				outcomes = append(outcomes, map[string]string{"text": o.Text})
			}
		}
		if len(g.Acceptable) > 0 {
			outcomes = append([]any{g.Acceptable[0]}, outcomes...)
		}
		outcomes = append(outcomes, "The weather was fine and the talks were long.")
		rows = append(rows, map[string]any{"id": g.ID, "persons": persons, "organisations": orgs, "countries": countries, "outcomes": outcomes})
	}
	return rows
}
