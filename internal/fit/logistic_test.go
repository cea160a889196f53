package fit

import (
	"math"
	"testing"
)

// TestFitGroupRates: with one binary feature and no penalty, the fitted
// probability of each group is its share of positives, which is the
// closed form of the logistic regression's maximum likelihood.
func TestFitGroupRates(t *testing.T) {
	var xs [][]float64
	var ys, ws []float64
	add := func(x float64, pos, neg int) {
		for i := 0; i < pos+neg; i++ {
			xs = append(xs, []float64{x})
			ys = append(ys, map[bool]float64{true: 1, false: 0}[i < pos])
			ws = append(ws, 1)
		}
	}
	add(0, 1, 3) // 25 % positive
	add(1, 6, 2) // 75 % positive
	icpt, w, mean, scale := Logistic(xs, ys, ws, 0)
	p := func(x float64) float64 {
		return 1 / (1 + math.Exp(-(icpt + w[0]*(x-mean[0])/scale[0])))
	}
	if math.Abs(p(0)-0.25) > 1e-6 || math.Abs(p(1)-0.75) > 1e-6 {
		t.Errorf("fitted rates %.6f and %.6f, want 0.25 and 0.75", p(0), p(1))
	}
	// A penalty shrinks the weight towards 0, never past it.
	_, shrunk, _, _ := Logistic(xs, ys, ws, 5)
	if !(shrunk[0] > 0 && shrunk[0] < w[0]) {
		t.Errorf("penalised weight %v, want in (0, %v)", shrunk[0], w[0])
	}
}

// TestFitConstantFeature: a feature that never varies gets scale 1 and
// no weight, instead of dividing by zero.
func TestFitConstantFeature(t *testing.T) {
	xs := [][]float64{{2, 0}, {2, 1}, {2, 0}, {2, 1}}
	ys := []float64{0, 1, 1, 0}
	ws := []float64{1, 1, 1, 1}
	_, w, _, scale := Logistic(xs, ys, ws, 0.1)
	if scale[0] != 1 || w[0] != 0 || math.IsNaN(w[1]) {
		t.Errorf("scale %v, weights %v: want scale 1 and weight 0 for the constant feature", scale, w)
	}
}
