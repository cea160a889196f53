package main

import (
	"math"
	"slices"
	"testing"

	"github.com/brief-dev/brief/briefing"
)

// TestSparseRow: a sentence's buckets are counted, each once, in order.
func TestSparseRow(t *testing.T) {
	r := newSparseRow([]uint32{9, 2, 9, 5, 9})
	if !slices.Equal(r.buckets, []uint32{2, 5, 9}) || !slices.Equal(r.counts, []float64{1, 1, 3}) {
		t.Errorf("newSparseRow = %v %v", r.buckets, r.counts)
	}
}

// TestFitLexical: the block learns the bucket that marks the positives,
// a weight against the one that marks negatives, leaves an unseen bucket
// at zero, explains only what the offset leaves unexplained, and shrinks
// as the penalty grows.
func TestFitLexical(t *testing.T) {
	var rows []sparseRow
	var offset, ys, ws []float64
	for i := range 200 {
		y := float64(i % 2)
		b := uint32(7) // the negatives' word
		if y == 1 {
			b = 11 // the positives' word
		}
		rows = append(rows, newSparseRow([]uint32{b, 3})) // 3: a word of every sentence
		offset = append(offset, 0)
		ys = append(ys, y)
		ws = append(ws, 1)
	}
	w := fitLexical(rows, offset, ys, ws, 1)
	if w[11] < 1 || w[7] > -1 || w[100] != 0 {
		t.Errorf("weights 11 %v, 7 %v, 100 %v", w[11], w[7], w[100])
	}
	if strong := fitLexical(rows, offset, ys, ws, 100); math.Abs(strong[11]) >= math.Abs(w[11]) {
		t.Errorf("penalty 100 gives %v, penalty 1 %v", strong[11], w[11])
	}
	// An offset that already separates the classes leaves little to learn.
	for i := range offset {
		offset[i] = 8*ys[i] - 4
	}
	if got := fitLexical(rows, offset, ys, ws, 1); math.Abs(got[11]) > 0.5*math.Abs(w[11]) {
		t.Errorf("with a separating offset, weight 11 = %v (without %v)", got[11], w[11])
	}
}

// TestTarget: outcomes weigh the class weight, an acceptable-only
// sentence is left out or given its target.
func TestTarget(t *testing.T) {
	for _, c := range []struct {
		label, weight, acceptable, y, w float64
		ok                              bool
	}{
		{1, 2, -1, 1, 2, true},
		{0, 2, -1, 0, 1, true},
		{-1, 2, -1, 0, 0, false},
		{-1, 2, 0.5, 0.5, 1.5, true},
	} {
		y, w, ok := target(c.label, c.weight, c.acceptable)
		if y != c.y || w != c.w || ok != c.ok {
			t.Errorf("target(%v, %v, %v) = %v %v %v", c.label, c.weight, c.acceptable, y, w, ok)
		}
	}
}

// TestFoldStacked: a gate fitted with the lexical block's log-odds as its
// last feature gives the same probabilities once that feature is folded
// into the block and the intercept.
func TestFoldStacked(t *testing.T) {
	dense := &briefing.LogisticModel{Intercept: 0.5, Features: []briefing.OutcomeFeature{
		{Name: "listed", Weight: 1.2, Mean: 0.4, Scale: 0.3},
		{Name: "title_lead_words", Weight: 0.8, Mean: -0.2, Scale: 0.5},
	}}
	lex := make([]float64, briefing.GateLexicalBuckets())
	lex[3], lex[7] = -1.5, 0.25
	row := newSparseRow([]uint32{3, 7, 7})
	words := lex[3] + 2*lex[7]
	want := 1 / (1 + math.Exp(-dense.LogOdds([]float64{0.9, words})))
	g := foldStacked(dense, slices.Clone(lex))
	if len(g.dense.Features) != 1 {
		t.Fatalf("folded gate has %d features, want 1", len(g.dense.Features))
	}
	if got := g.probability([]float64{0.9}, row); math.Abs(got-want) > 1e-6 {
		t.Errorf("folded probability %v, want %v", got, want)
	}
}
