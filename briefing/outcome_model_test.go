package briefing

import (
	"math"
	"testing"
)

// TestOutcomeModelFresh: the embedded model has a weight for exactly the
// features the code computes, in order, and a threshold that lists
// something; a change of features without go generate ./briefing fails
// here.
func TestOutcomeModelFresh(t *testing.T) {
	m, err := builtinOutcomeModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Threshold <= 0 || m.Threshold >= 1 {
		t.Errorf("threshold %v, want a probability", m.Threshold)
	}
	for _, f := range m.Features {
		if math.IsNaN(f.Weight) || math.IsInf(f.Weight, 0) {
			t.Errorf("feature %s has weight %v", f.Name, f.Weight)
		}
	}
}

// TestOutcomeModelSigns: the fitted weights point the way the features
// mean, so the model learned the signal and not an accident of the data:
// a firm cue and a signing count for an outcome, attendance and a
// quotation against.
func TestOutcomeModelSigns(t *testing.T) {
	m, err := builtinOutcomeModel()
	if err != nil {
		t.Fatal(err)
	}
	weight := map[string]float64{}
	for _, f := range m.Features {
		weight[f.Name] = f.Weight
	}
	for _, name := range []string{"cue_weight", "cue_signed"} {
		if weight[name] <= 0 {
			t.Errorf("weight of %s = %v, want positive", name, weight[name])
		}
	}
	for _, name := range []string{"attendance", "quote"} {
		if weight[name] >= 0 {
			t.Errorf("weight of %s = %v, want negative", name, weight[name])
		}
	}
}
