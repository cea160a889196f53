package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/brief-dev/brief/internal/eval"
)

// TestEvalAgreesWithReferenceScorer runs "brief eval" on the dev sets and
// scores the same summaries with the reference scorer: every mean must
// agree to ±0.01. It also holds the default ranker to the quality bars of
// the foundation issue on the held-out half.
func TestEvalAgreesWithReferenceScorer(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: scores whole dev sets")
	}
	scorer := filepath.Join(evalDir, "tools", "rouge.py")
	if _, err := os.Stat(scorer); err != nil {
		t.Skip("no eval data:", err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	bars := map[string]map[string]float64{
		"cnndm_dev.jsonl": {"rouge1": 40.8, "rouge2": 17.8},
		"bbc_dev.jsonl":   {"rouge1": 68},
	}
	for corpus, bar := range bars {
		t.Run(corpus, func(t *testing.T) {
			refs := filepath.Join(evalDir, "summaries", corpus)
			preds := filepath.Join(t.TempDir(), "preds.jsonl")
			var stdout, stderr bytes.Buffer
			// all rankers, so default can be held above lead; --preds holds
			// the first, default
			args := []string{"brief", "eval", "--corpus", refs, "--subset", "test", "--algorithm", "all", "--json", "--preds", preds}
			if code := run(context.Background(), args, nil, &stdout, &stderr); code != 0 {
				t.Fatalf("brief eval exit %d: %s", code, stderr.String())
			}
			var ours []eval.Result
			if err := json.Unmarshal(stdout.Bytes(), &ours); err != nil {
				t.Fatal(err)
			}
			byName := map[string]eval.Result{}
			for _, r := range ours {
				byName[r.Algorithm] = r
			}
			if ours[0].Algorithm != "default" || byName["lead"].Docs == 0 {
				t.Fatalf("brief eval --algorithm all gave %d results, first %q", len(ours), ours[0].Algorithm)
			}
			for _, m := range []string{"rouge1", "rouge2"} {
				if d, l := byName["default"].Scores[m][0], byName["lead"].Scores[m][0]; d <= l {
					t.Errorf("%s %s: default %.2f does not beat lead %.2f", corpus, m, d, l)
				}
			}
			out := filepath.Join(t.TempDir(), "ref.json")
			cmd := exec.Command(python, scorer, "score", "--refs", refs, "--preds", preds, "--json", out, "--allow-partial", "--no-ci")
			if msg, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("rouge.py: %v\n%s", err, msg)
			}
			raw, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			var ref map[string]json.RawMessage // {"n": 567, "rouge1": {"p", "r", "f"}, ...}
			if err := json.Unmarshal(raw, &ref); err != nil {
				t.Fatal(err)
			}
			for _, m := range eval.Measures {
				var score struct{ F *float64 }
				if err := json.Unmarshal(ref[m], &score); err != nil || score.F == nil {
					t.Fatalf("rouge.py output has no F1 for %s: %s", m, raw)
				}
				want := *score.F
				got := ours[0].Scores[m][0]
				if math.Abs(got-want) > 0.01 {
					t.Errorf("%s: brief eval %.4f, rouge.py %.4f", m, got, want)
				}
				t.Logf("%s %s: brief eval %.2f, rouge.py %.2f", corpus, m, got, want)
				if b, ok := bar[m]; ok && got < b {
					t.Errorf("%s %s = %.2f on the held-out half, below the bar %.1f", corpus, m, got, b)
				}
			}
		})
	}
}
