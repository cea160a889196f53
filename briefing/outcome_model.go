package briefing

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"sync"
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

// OutcomeModel is a fitted outcome scorer: the probability that a sentence
// states one of a document's key outcomes is the logistic of Intercept plus
// the sum of Weight × (x − Mean) / Scale over its features
// (OutcomeFeatureNames). It is the format of outcome_model.json, which
// internal/cmd/trainoutcomes writes.
type OutcomeModel struct {
	Description string `json:"description"`
	Training    string `json:"training"` // what it was fitted on
	Labels      string `json:"labels"`   // how the targets were made
	Fit         string `json:"fit"`      // the optimiser, regularisation and threshold choice
	// Threshold is the probability from which a sentence is listed.
	Threshold float64          `json:"threshold"`
	Intercept float64          `json:"intercept"`
	Features  []OutcomeFeature `json:"features"`
}

// OutcomeFeature is the weight of one named feature; Mean and Scale
// standardise it.
type OutcomeFeature struct {
	Name   string  `json:"name"`
	Weight float64 `json:"weight"`
	Mean   float64 `json:"mean"`
	Scale  float64 `json:"scale"`
}

// Check reports a model whose features are not those OutcomeExamples
// computes, in that order.
func (m *OutcomeModel) Check() error {
	if len(m.Features) != len(outcomeFeatureNames) {
		return fmt.Errorf("outcome model has %d features, the code computes %d", len(m.Features), len(outcomeFeatureNames))
	}
	for i, f := range m.Features {
		if f.Name != outcomeFeatureNames[i] {
			return fmt.Errorf("outcome model feature %d is %q, the code computes %q", i, f.Name, outcomeFeatureNames[i])
		}
		if f.Scale == 0 {
			return fmt.Errorf("outcome model feature %q has scale 0", f.Name)
		}
	}
	return nil
}

// Probability is the model's probability that a sentence with features x
// states a key outcome.
func (m *OutcomeModel) Probability(x []float64) float64 {
	return 1 / (1 + math.Exp(-m.logOdds(x)))
}

// logOdds is the model's log-odds for features x.
func (m *OutcomeModel) logOdds(x []float64) float64 {
	z := m.Intercept
	for i, f := range m.Features {
		z += f.Weight * (x[i] - f.Mean) / f.Scale
	}
	return z
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
	// A sentence that could not reach the threshold whatever its
	// expression features say is left before they are computed: the
	// result is the same, and most sentences of a document are such.
	gain := 0.0 // the most the deferred features can add to the log-odds
	for _, name := range deferredFeatures {
		f := m.Features[outcomeFeatureIndex(name)]
		gain += max(0, f.Weight/f.Scale)
	}
	cut := math.Log(m.Threshold / (1 - m.Threshold))
	exs := a.outcomeExamples(scores, func(x []float64) bool { return m.logOdds(x)+gain >= cut })
	type scored struct {
		ex OutcomeExample
		p  float64
	}
	var cands []scored
	for _, ex := range exs {
		if p := m.Probability(ex.Features); p >= m.Threshold {
			cands = append(cands, scored{ex, p})
		}
	}
	sort.SliceStable(cands, func(x, y int) bool { return cands[x].p > cands[y].p })
	var picked []scored
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

// outcomeFeatureIndex is the position of a named feature.
func outcomeFeatureIndex(name string) int {
	for i, n := range outcomeFeatureNames {
		if n == name {
			return i
		}
	}
	panic("briefing: no outcome feature " + name)
}
