package briefing

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"sync"

	"github.com/brief-dev/brief/summarize"
)

//go:generate go run ../internal/cmd/trainoutcomes -lopo=false -out outcome_model.json

// outcomeModelJSON is the fitted outcome model (internal/cmd/trainoutcomes
// writes it; go generate ./briefing refits it).
//
//go:embed outcome_model.json
var outcomeModelJSON []byte

// builtinOutcomeModel parses the embedded model once. An error means the
// model no longer matches the features the code computes: refit it.
var builtinOutcomeModel = sync.OnceValues(func() (*OutcomeModel, error) {
	m := new(OutcomeModel)
	if err := json.Unmarshal(outcomeModelJSON, m); err != nil {
		return nil, fmt.Errorf("briefing: embedded outcome_model.json: %v", err)
	}
	if err := m.Check(); err != nil {
		return nil, fmt.Errorf("briefing: embedded outcome_model.json is stale, run go generate ./briefing: %v", err)
	}
	return m, nil
})

// OutcomeModel is the fitted outcome scorer, the format of
// outcome_model.json, which internal/cmd/trainoutcomes writes: a
// sentence model (OutcomeFeatureNames) whose Threshold is the probability
// from which a sentence is listed, behind an optional document gate.
type OutcomeModel struct {
	Description string `json:"description"`
	Training    string `json:"training"` // what it was fitted on
	Labels      string `json:"labels"`   // how the targets were made
	Fit         string `json:"fit"`      // the optimiser, regularisation and threshold choice
	LogisticModel
	// Gate, when set, first decides whether the document records any
	// outcome at all: a model over what it says as a whole
	// (OutcomeGateFeatureNames: how many sentences the sentence model lists
	// and how sure it is of the best, whether it reads as a meeting or opens
	// on a tragedy, its strongest cue). A document it gives a probability
	// under its Threshold lists no outcome.
	Gate *LogisticModel `json:"gate,omitempty"`
}

// LogisticModel is a fitted logistic regression over named features: the
// log-odds of features x are Intercept plus the sum of
// Weight × (x − Mean) / Scale, and its answer is yes from the probability
// Threshold.
type LogisticModel struct {
	Threshold float64          `json:"threshold"`
	Intercept float64          `json:"intercept"`
	Features  []OutcomeFeature `json:"features"`
}

// Probability is the model's probability for features x.
func (m *LogisticModel) Probability(x []float64) float64 {
	return 1 / (1 + math.Exp(-m.logOdds(x)))
}

// logOdds is the model's log-odds for features x.
func (m *LogisticModel) logOdds(x []float64) float64 {
	z := m.Intercept
	for i, f := range m.Features {
		z += f.Weight * (x[i] - f.Mean) / f.Scale
	}
	return z
}

// check reports features that are not names, in that order, or that
// cannot be standardised.
func (m *LogisticModel) check(what string, names []string) error {
	if len(m.Features) != len(names) {
		return fmt.Errorf("%s has %d features, the code computes %d", what, len(m.Features), len(names))
	}
	for i, f := range m.Features {
		if f.Name != names[i] {
			return fmt.Errorf("%s feature %d is %q, the code computes %q", what, i, f.Name, names[i])
		}
		if f.Scale == 0 {
			return fmt.Errorf("%s feature %q has scale 0", what, f.Name)
		}
	}
	return nil
}

// outcomeGateFeatureNames names the gate's features, in order.
var outcomeGateFeatureNames = []string{"listed", "best", "meeting", "tragedy", "max_cue", "firm_cues"}

// OutcomeGateFeatureNames returns the names of the gate's features in the
// order of OutcomeGateFeatures.
func OutcomeGateFeatureNames() []string { return append([]string(nil), outcomeGateFeatureNames...) }

// gateFeatures are the gate's features of a document whose candidate
// sentences the sentence model gives probabilities ps at or above its
// threshold.
func gateFeatures(ps []float64, sig docSignals) []float64 {
	best := 0.0
	for _, p := range ps {
		best = max(best, p)
	}
	b := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	return []float64{math.Min(float64(len(ps)), 5) / 5, best, b(sig.meeting), b(sig.tragedy), sig.maxCue, math.Min(float64(sig.firmCues), 5) / 5}
}

// OutcomeGateFeatures returns the gate's features of d, given its summary
// and the sentence model m (its Gate unused): the gate's training data,
// computed as New computes it.
func OutcomeGateFeatures(d *summarize.Document, sum *summarize.Summary, m *OutcomeModel) []float64 {
	if d == nil || len(d.Sentences) == 0 {
		return gateFeatures(nil, docSignals{})
	}
	a := analyse(d)
	ps, sig := a.listedProbabilities(m, scaledScores(d, sum))
	p := make([]float64, len(ps))
	for i := range ps {
		p[i] = ps[i].p
	}
	return gateFeatures(p, sig)
}

// OutcomeFeature is the weight of one named feature; Mean and Scale
// standardise it.
type OutcomeFeature struct {
	Name   string  `json:"name"`
	Weight float64 `json:"weight"`
	Mean   float64 `json:"mean"`
	Scale  float64 `json:"scale"`
}

// Check reports a model whose features are not those the code computes
// (OutcomeFeatureNames, OutcomeGateFeatureNames), in that order.
func (m *OutcomeModel) Check() error {
	if err := m.check("outcome model", outcomeFeatureNames); err != nil {
		return err
	}
	if m.Gate != nil {
		return m.Gate.check("outcome gate", outcomeGateFeatureNames)
	}
	return nil
}

// outcomesByModel lists up to five sentences the model scores at or above
// its threshold, most probable first, leaving out near-duplicates of one
// already listed. The kind is the sentence's strongest cue; a sentence no
// cue knows is a commitment when it looks ahead and a result otherwise.
func (a *analysis) outcomesByModel(m *OutcomeModel, scores []float64) ([]Outcome, bool) {
	out := []Outcome{}
	if a.isCondolence() {
		return out, true
	}
	cands, sig := a.listedProbabilities(m, scores)
	if m.Gate != nil {
		ps := make([]float64, len(cands))
		for i, c := range cands {
			ps[i] = c.p
		}
		if m.Gate.Probability(gateFeatures(ps, sig)) < m.Gate.Threshold {
			return out, true
		}
	}
	sort.SliceStable(cands, func(x, y int) bool { return cands[x].p > cands[y].p })
	var picked []scoredExample
	for _, c := range cands {
		if len(picked) == maxOutcomes {
			break
		}
		dup := false
		for _, p := range picked {
			if a.nearDuplicate(p.ex.Text, c.ex.Text) {
				dup = true
				break
			}
		}
		if !dup {
			picked = append(picked, c)
		}
	}
	future := outcomeFeatureIndex("future")
	for _, c := range picked {
		kind, _ := outcomeCue(a.d.Sentences[c.ex.Index].Text)
		if kind == "" {
			kind = "result"
			if c.ex.Features[future] > 0 {
				kind = "commitment"
			}
		}
		out = append(out, Outcome{Text: c.ex.Text, Kind: kind, Index: c.ex.Index, Score: round3(c.p)})
	}
	return out, len(out) == 0
}

// scoredExample is a candidate sentence with the model's probability.
type scoredExample struct {
	ex OutcomeExample
	p  float64
}

// listedProbabilities returns the candidate sentences the model gives a
// probability at or above its threshold, and what the document says as a
// whole. A sentence that could not reach the threshold whatever its
// expression features say is left before they are computed: the result is
// the same, and most sentences of a document are such.
func (a *analysis) listedProbabilities(m *OutcomeModel, scores []float64) ([]scoredExample, docSignals) {
	gain := 0.0 // the most the deferred features can add to the log-odds
	for _, name := range deferredFeatures {
		f := m.Features[outcomeFeatureIndex(name)]
		gain += max(0, f.Weight/f.Scale)
	}
	cut := math.Log(m.Threshold / (1 - m.Threshold))
	exs, sig := a.outcomeExamples(scores, func(x []float64) bool { return m.logOdds(x)+gain >= cut })
	var cands []scoredExample
	for _, ex := range exs {
		if p := m.Probability(ex.Features); p >= m.Threshold {
			cands = append(cands, scoredExample{ex, p})
		}
	}
	return cands, sig
}

// outcomeFeatureIndex is the position of a named feature.
func outcomeFeatureIndex(name string) int {
	for i, n := range outcomeFeatureNames {
		if n == name {
			return i
		}
	}
	panic("briefing: no outcome feature " + name)
}
