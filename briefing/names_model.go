package briefing

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
)

//go:generate go run ../internal/cmd/trainnames -lopo=false -texts=$BRIEF_CORPUS_TEXTS -out names_model.json

// namesModelJSON is the fitted organisation model (internal/cmd/trainnames
// writes it; go generate ./briefing refits it, on the texts beside the
// annotations and those rebuilt into $BRIEF_CORPUS_TEXTS).
//
//go:embed names_model.json
var namesModelJSON []byte

// builtinNameModel parses the embedded model once. An error means the
// model no longer matches the features the code computes: refit it.
var builtinNameModel = sync.OnceValues(func() (*NameModel, error) {
	m := new(NameModel)
	if err := json.Unmarshal(namesModelJSON, m); err != nil {
		return nil, fmt.Errorf("briefing: embedded names_model.json: %v", err)
	}
	err := m.Orgs.Check(allOrgFeatureNames())
	if err == nil && len(m.Persons.Features) > 0 {
		err = m.Persons.Check(personFeatureNames)
	}
	if err != nil {
		return nil, fmt.Errorf("briefing: embedded names_model.json is stale, run go generate ./briefing: %v", err)
	}
	return m, nil
})

// NameModel is the fitted scorer of proposed names, the format of
// names_model.json, which internal/cmd/trainnames writes.
type NameModel struct {
	Description string `json:"description"`
	Training    string `json:"training"` // what it was fitted on
	Labels      string `json:"labels"`   // how the targets were made
	Fit         string `json:"fit"`      // the optimiser, regularisation and threshold choice
	// Orgs scores a proposed body (OrgFeatureNames); it is listed from
	// the probability Orgs.Threshold.
	Orgs Scorer `json:"organisations"`
	// Persons scores a proposed person (PersonFeatureNames) the same way;
	// a model without it lists the rules' persons.
	Persons Scorer `json:"persons"`
}

// Scorer is a logistic regression over named features: the log-odds of
// features x are Intercept plus the sum of Weight × (x − Mean) / Scale,
// and its answer is yes from the probability Threshold.
type Scorer struct {
	Threshold float64   `json:"threshold"`
	Intercept float64   `json:"intercept"`
	Features  []Feature `json:"features"`
}

// Feature is one weighted feature of a Scorer.
type Feature struct {
	Name   string  `json:"name"`
	Weight float64 `json:"weight"`
	Mean   float64 `json:"mean"`
	Scale  float64 `json:"scale"`
}

// Probability is the scorer's probability for features x.
func (m *Scorer) Probability(x []float64) float64 {
	z := m.Intercept
	for i, f := range m.Features {
		z += f.Weight * (x[i] - f.Mean) / f.Scale
	}
	return 1 / (1 + math.Exp(-z))
}

// Check reports a scorer whose features are not names, in that order, or
// cannot be standardised.
func (m *Scorer) Check(names []string) error {
	if len(m.Features) != len(names) {
		return fmt.Errorf("%d features, the code computes %d", len(m.Features), len(names))
	}
	for i, f := range m.Features {
		if f.Name != names[i] {
			return fmt.Errorf("feature %d is %q, the code computes %q", i, f.Name, names[i])
		}
		if !(f.Scale > 0) {
			return fmt.Errorf("feature %q has scale %v", f.Name, f.Scale)
		}
	}
	return nil
}

// SelectOrgs returns the candidates model m lists, in their order: what
// New lists with the built-in model, for the trainer's held-out scoring.
// The bodies the rules alone would list stay (the model, fitted on every
// candidate, scores them lower than the rules do on the documents the
// rules were written for, and no better elsewhere); the model decides on
// the others: bodies inside a person's office and capitalised spans.
func SelectOrgs(cands []OrgCandidate, m *NameModel) []Organisation {
	var sel []OrgCandidate
	for _, c := range cands {
		if c.Features[0] == 1 || m.Orgs.Probability(c.Features) >= m.Orgs.Threshold {
			sel = append(sel, c)
		}
	}
	// a listed span inside another listed body's name is a short form
	// of it: "Commission" for "African Union Commission"
	out := []Organisation{}
	keys := make([]string, len(sel))
	for i, c := range sel {
		keys[i] = " " + strings.Join(words(c.Name), " ") + " "
	}
	merged := make([]bool, len(sel))
	for i, c := range sel {
		if !c.Span {
			continue
		}
		for j := range sel {
			if j != i && !merged[j] && len(keys[j]) > len(keys[i]) && strings.Contains(keys[j], keys[i]) {
				merged[i] = true
				sel[j].Aliases = append(append([]string{}, sel[j].Aliases...), c.Name)
				for _, al := range c.Aliases {
					if strings.HasPrefix(al, "the ") && !slices.Contains(sel[j].Aliases, al) {
						sel[j].Aliases = append(sel[j].Aliases, al) // its article form (withArticles): "the Commission"
					}
				}
				idx := append(append([]int{}, sel[j].Indices...), c.Indices...)
				slices.Sort(idx)
				sel[j].Indices = slices.Compact(idx)
				break
			}
		}
	}
	for i, c := range sel {
		if !merged[i] {
			out = append(out, c.Organisation)
		}
	}
	return out
}
