package briefing

import (
	"math"
	"sort"
)

// outcomeRerankFeatureNames names the features of the second stage
// (OutcomeModel.Rerank), in order: what a listed sentence is against the
// other listed sentences of its document.
var outcomeRerankFeatureNames = []string{"log_odds", "gap", "rank", "listed", "best", "first_listed", "cue_share", "strongest_cue", "order"}

// OutcomeRerankFeatureNames returns the names of the second stage's
// features in the order of RerankFeatures.
func OutcomeRerankFeatureNames() []string {
	return append([]string(nil), outcomeRerankFeatureNames...)
}

// The positions of the sentence features the second stage reads.
var (
	cueWeightFeature = outcomeFeatureIndex("cue_weight")
	docMaxCueFeature = outcomeFeatureIndex("doc_max_cue")
)

// logit is the log-odds of probability p, kept finite.
func logit(p float64) float64 {
	p = min(max(p, 1e-6), 1-1e-6)
	return math.Log(p / (1 - p))
}

// rerankFeatures are the second stage's features of each of cands, the
// sentences the sentence model lists in one document (in document
// order): each one's log-odds, how far under the document's best it is,
// its rank by probability (0 for the best, up to 1 from the fifth on),
// how many sentences are listed (up to eight), the best log-odds, whether
// it is the first listed in the document, its cue weight as a share of
// the document's strongest, whether that is the strongest, and its place
// among the listed in document order. Linear in len(cands) after a sort.
func rerankFeatures(cands []scoredExample) [][]float64 {
	n := len(cands)
	if n == 0 {
		return nil
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool { return cands[order[x]].p > cands[order[y]].p })
	rank := make([]int, n)
	for r, i := range order {
		rank[i] = r
	}
	best := logit(cands[order[0]].p)
	first := 0
	for i, c := range cands {
		if c.ex.Index < cands[first].ex.Index {
			first = i
		}
	}
	xs := make([][]float64, n)
	for i, c := range cands {
		z := logit(c.p)
		cue, docCue := c.ex.Features[cueWeightFeature], c.ex.Features[docMaxCueFeature]
		share, strongest := 0.0, 0.0
		if docCue > 0 {
			share = cue / docCue
			if cue >= docCue {
				strongest = 1
			}
		}
		firstListed := 0.0
		if i == first {
			firstListed = 1
		}
		place := 0.0
		if n > 1 {
			place = float64(i) / float64(n-1)
		}
		xs[i] = []float64{z, best - z, math.Min(float64(rank[i]), 5) / 5, math.Min(float64(n), 8) / 8, best, firstListed, share, strongest, place}
	}
	return xs
}

// rerank returns cands scored again by the second stage, less those it
// gives a probability under its threshold; cands unchanged without one.
// cands are in document order (as the sentence model lists them).
func (m *OutcomeModel) rerank(cands []scoredExample) []scoredExample {
	if m.Rerank == nil || len(cands) == 0 {
		return cands
	}
	xs := rerankFeatures(cands)
	out := make([]scoredExample, 0, len(cands))
	for i, c := range cands {
		if q := m.Rerank.Probability(xs[i]); q >= m.Rerank.Threshold {
			out = append(out, scoredExample{c.ex, q})
		}
	}
	return out
}

// RerankFeatures returns the second stage's features of each sentence
// model m (its Gate and Rerank unused) lists, with the sentence's index:
// the second stage's training data.
func (c *OutcomeCandidates) RerankFeatures(m *OutcomeModel) (indices []int, features [][]float64) {
	cands := c.listed(m)
	for _, s := range cands {
		indices = append(indices, s.ex.Index)
	}
	return indices, rerankFeatures(cands)
}
