package briefing

import (
	"math"
	"testing"
)

// TestRerankFeatures: each listed sentence is seen against the others of
// its document: its rank and gap under the best, how many are listed,
// whether it is the first listed and its cue's share of the document's
// strongest.
func TestRerankFeatures(t *testing.T) {
	cands := listedWith(0.5, 0.9, 0.6)
	for i, cue := range []float64{0.4, 0.8, 0.2} {
		cands[i].ex.Features[cueWeightFeature] = cue
		cands[i].ex.Features[docMaxCueFeature] = 0.8
	}
	xs := rerankFeatures(cands)
	if len(xs) != 3 || len(xs[0]) != len(OutcomeRerankFeatureNames()) {
		t.Fatalf("rerankFeatures = %v, want 3 rows of %d", xs, len(OutcomeRerankFeatureNames()))
	}
	best := math.Log(9)
	want := [][]float64{
		{0, best, 2.0 / 5, 3.0 / 8, best, 1, 0.5, 0, 0},
		{best, 0, 0, 3.0 / 8, best, 0, 1, 1, 0.5},
		{math.Log(1.5), best - math.Log(1.5), 1.0 / 5, 3.0 / 8, best, 0, 0.25, 0, 1},
	}
	for i := range want {
		for j := range want[i] {
			if math.Abs(xs[i][j]-want[i][j]) > 1e-9 {
				t.Fatalf("row %d = %v, want %v", i, xs[i], want[i])
			}
		}
	}
	if rerankFeatures(nil) != nil {
		t.Errorf("no sentence listed: want no rows")
	}
}

// TestRerank: a second stage that weighs only the gap under the
// document's best keeps the best and what is near it, drops what lies
// far under it, and lists by its own probability.
func TestRerank(t *testing.T) {
	r := &LogisticModel{Threshold: 0.5, Intercept: 2}
	for _, name := range outcomeRerankFeatureNames {
		f := OutcomeFeature{Name: name, Scale: 1}
		if name == "gap" {
			f.Weight = -1
		}
		r.Features = append(r.Features, f)
	}
	m := &OutcomeModel{Rerank: r}
	got := m.rerank(listedWith(0.5, 0.95, 0.9))
	if len(got) != 2 || got[0].ex.Index != 1 || got[1].ex.Index != 2 {
		t.Fatalf("rerank kept %+v, want sentences 1 and 2", got)
	}
	if got[0].p <= got[1].p {
		t.Errorf("the best sentence's probability %v is not above the next's %v", got[0].p, got[1].p)
	}
	if err := m.Rerank.check("outcome rerank", outcomeRerankFeatureNames); err != nil {
		t.Error(err)
	}
	none := &OutcomeModel{}
	if got := none.rerank(listedWith(0.5)); len(got) != 1 || got[0].p != 0.5 {
		t.Errorf("no second stage: %+v, want the listing unchanged", got)
	}
}
