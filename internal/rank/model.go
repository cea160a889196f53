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
// ranker and the format of model.json, and the long-document rankers
// ("report", "bill", "transcript", in report.json, bill.json and
// transcript.json).
type Model struct {
	// Ranker is the name the model is looked up by; "" means "default".
	Ranker string `json:"ranker,omitempty"`
	// FeatureSet is "" for the sentence features (FeatureNames) and
	// "long" for the long-document features (LongFeatureNames).
	FeatureSet  string  `json:"feature_set,omitempty"`
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

//go:embed report.json
var reportJSON []byte

//go:embed transcript.json
var transcriptJSON []byte

//go:embed bill.json
var billJSON []byte

// embeddedModel returns a loader that parses an embedded model once.
func embeddedModel(file string, data []byte) func() (Ranker, error) {
	var (
		once sync.Once
		m    *Model
		err  error
	)
	return func() (Ranker, error) {
		once.Do(func() {
			mm := new(Model)
			if e := json.Unmarshal(data, mm); e != nil {
				err = fmt.Errorf("rank: embedded %s: %v", file, e)
				return
			}
			if e := mm.Check(); e != nil {
				err = fmt.Errorf("rank: embedded %s is stale, run go generate ./internal/rank: %v", file, e)
				return
			}
			m = mm
		})
		if err != nil {
			return nil, err
		}
		return m, nil
	}
}

var (
	defaultModel    = embeddedModel("model.json", modelJSON)
	reportModel     = embeddedModel("report.json", reportJSON)
	transcriptModel = embeddedModel("transcript.json", transcriptJSON)
	billModel       = embeddedModel("bill.json", billJSON)
)

// Check reports whether m matches the features this package computes.
func (m *Model) Check() error {
	var names []string
	switch m.FeatureSet {
	case "":
		names = featureNames
	case "long":
		names = LongFeatureNames()
	default:
		return fmt.Errorf("unknown feature set %q", m.FeatureSet)
	}
	if len(m.Features) != len(names) {
		return fmt.Errorf("model has %d features, want %d", len(m.Features), len(names))
	}
	for i, f := range m.Features {
		if f.Name != names[i] {
			return fmt.Errorf("feature %d is %q, want %q", i, f.Name, names[i])
		}
		if f.Scale <= 0 || math.IsNaN(f.Weight) || math.IsInf(f.Weight, 0) {
			return fmt.Errorf("feature %q has invalid weight or scale", f.Name)
		}
	}
	return nil
}

// Name returns the name the model is looked up by.
func (m *Model) Name() string {
	if m.Ranker == "" {
		return "default"
	}
	return m.Ranker
}

// Score returns the model's log-odds for each sentence of d.
func (m *Model) Score(d *Doc) []float64 {
	n := len(d.Sentences)
	out := make([]float64, n)
	if n == 0 {
		return out
	}
	a := getAnalysis(d)
	width := numFeatures
	if m.FeatureSet == "long" {
		width = numLong
		a.feat = growF(a.feat, n*width)
		a.longFeatures(d, a.feat)
	} else {
		a.feat = growF(a.feat, n*width)
		a.features(d, a.feat)
	}
	for s := 0; s < n; s++ {
		row := a.feat[s*width : (s+1)*width]
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
