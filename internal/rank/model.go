package rank

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sync"
)

//go:embed model.json
var modelJSON []byte

// Model is a fitted linear sentence scorer: the score of a sentence is
// Intercept + sum of Weight × (x - Mean) / Scale over its features, the
// log-odds that the sentence belongs in the summary. It is the "default"
// ranker and the format of model.json.
type Model struct {
	Description string  `json:"description"`
	Training    string  `json:"training"` // what the model was fitted on
	Split       string  `json:"split"`    // which documents were used
	Labels      string  `json:"labels"`   // how the targets were made
	Weights     string  `json:"weights"`  // how training examples were weighted
	Fit         string  `json:"fit"`      // the optimiser and regularisation
	Intercept   float64 `json:"intercept"`
	// Features are in the order of FeatureNames.
	Features []ModelFeature `json:"features"`
}

// ModelFeature is the weight of one named feature. Mean and Scale
// standardise the raw feature so that weights are comparable.
type ModelFeature struct {
	Name   string  `json:"name"`
	Weight float64 `json:"weight"`
	Mean   float64 `json:"mean"`
	Scale  float64 `json:"scale"`
}

var (
	defaultOnce sync.Once
	defaultM    *Model
	defaultErr  error
)

// defaultModel parses the embedded model.json once.
func defaultModel() (Ranker, error) {
	defaultOnce.Do(func() {
		m := new(Model)
		if err := json.Unmarshal(modelJSON, m); err != nil {
			defaultErr = fmt.Errorf("rank: embedded model.json: %v", err)
			return
		}
		if err := m.Check(); err != nil {
			defaultErr = fmt.Errorf("rank: embedded model.json is stale, run go generate ./internal/rank: %v", err)
			return
		}
		defaultM = m
	})
	return defaultM, defaultErr
}

// Check reports whether m matches the features this package computes.
func (m *Model) Check() error {
	if len(m.Features) != numFeatures {
		return fmt.Errorf("model has %d features, want %d", len(m.Features), numFeatures)
	}
	for i, f := range m.Features {
		if f.Name != featureNames[i] {
			return fmt.Errorf("feature %d is %q, want %q", i, f.Name, featureNames[i])
		}
		if f.Scale <= 0 || math.IsNaN(f.Weight) || math.IsInf(f.Weight, 0) {
			return fmt.Errorf("feature %q has invalid weight or scale", f.Name)
		}
	}
	return nil
}

// Name returns "default".
func (m *Model) Name() string { return "default" }

// Score returns the model's log-odds for each sentence of d.
func (m *Model) Score(d *Doc) []float64 {
	n := len(d.Sentences)
	out := make([]float64, n)
	if n == 0 {
		return out
	}
	a := getAnalysis(d)
	a.feat = growF(a.feat, n*numFeatures)
	a.features(d, a.feat)
	for s := 0; s < n; s++ {
		row := a.feat[s*numFeatures : (s+1)*numFeatures]
		z := m.Intercept
		for k, f := range m.Features {
			z += f.Weight * (row[k] - f.Mean) / f.Scale
		}
		if math.IsNaN(z) || math.IsInf(z, 0) {
			// Unreachable with finite features; keep the promise of
			// finite scores regardless.
			z = -math.MaxFloat64
		}
		out[s] = z
	}
	putAnalysis(a)
	return out
}
