package briefing

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// evalDir is the project's annotated development set, next to the
// checkout. It is evaluation data and is never copied into the repository.
const evalDir = "../../shared/eval/briefing"

// bars are the quality bars of the "Briefing content" issue, in percent.
var bars = []struct {
	name  string
	path  []string
	value float64
}{
	{"persons F1", []string{"persons", "f1"}, 90},
	{"person role accuracy", []string{"role_accuracy", "acc"}, 85},
	{"organisations F1", []string{"organisations", "f1"}, 80},
	{"countries F1", []string{"countries", "f1"}, 97},
	{"outcomes F1", []string{"outcomes", "f1"}, 80},
}

// TestDevSet scores New on the development set with the project's scorer
// and fails if a figure drops below its bar.
func TestDevSet(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	if _, err := os.Stat(filepath.Join(evalDir, "tools", "gold_score.py")); err != nil {
		t.Skip("no development set at " + evalDir)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	files, err := filepath.Glob(filepath.Join(evalDir, "dev", "d*.txt"))
	if err != nil || len(files) == 0 {
		t.Skip("no documents in the development set")
	}
	var preds bytes.Buffer
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		b := briefOf(t, parse(t, raw), Options{Source: f})
		line, err := json.Marshal(b.GoldPrediction(id))
		if err != nil {
			t.Fatal(err)
		}
		preds.Write(append(line, '\n'))
	}
	// BRIEFING_PREDICTIONS keeps the predictions for a manual run of the
	// scorer (python3 tools/gold_score.py dev FILE --per-doc).
	predFile := os.Getenv("BRIEFING_PREDICTIONS")
	if predFile == "" {
		predFile = filepath.Join(t.TempDir(), "predictions.jsonl")
	} else if predFile, err = filepath.Abs(predFile); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(predFile, preds.Bytes(), 0o666); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, "tools/gold_score.py", "dev", predFile, "--json")
	cmd.Dir = evalDir
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("gold_score.py: %v", err)
	}
	var res struct {
		Total map[string]map[string]float64 `json:"total"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("reading gold_score.py output: %v", err)
	}
	tot := res.Total
	for _, k := range []string{"persons", "organisations", "countries"} {
		x := tot[k]
		t.Logf("%-14s P %6.2f  R %6.2f  F1 %6.2f", k, 100*x["p"], 100*x["r"], 100*x["f1"])
	}
	t.Logf("role accuracy  %6.2f (%v/%v)", 100*tot["role_accuracy"]["acc"], tot["role_accuracy"]["ok"], tot["role_accuracy"]["n"])
	o := tot["outcomes"]
	t.Logf("outcomes       P %6.2f  R %6.2f  F1 %6.2f  recall@k %6.2f", 100*o["p"], 100*o["r"], 100*o["f1"], 100*o["recall_at_k"])
	no := tot["no_outcome_docs"]
	t.Logf("no-outcome documents %v, picks on them %v (acceptable %v)", no["docs"], no["picks"], no["acceptable_picks"])
	for _, bar := range bars {
		got := 100 * tot[bar.path[0]][bar.path[1]]
		if got < bar.value {
			t.Errorf("%s = %.2f, want ≥ %.0f", bar.name, got, bar.value)
		}
	}
	if no["picks"] > 1 {
		t.Errorf("outcome picks on no-outcome documents = %v, want ≤ 1", no["picks"])
	}
}
