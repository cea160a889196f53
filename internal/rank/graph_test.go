package rank

import (
	"fmt"
	"math"
	"testing"
)

// pairwiseTextRank is TextRank as it was computed before the overlaps came
// from each word's list of sentences: every pair of sentences compared
// through graphRank. textRank must give the same scores, bit for bit.
func (a *analysis) pairwiseTextRank(out []float64) {
	var logLen []float64
	a.graphRank(out, func(aux []float64) {
		logLen = aux
		for s := range logLen {
			c := 0
			for _, tc := range a.sentTerms(s) {
				if !a.stop[tc.id] {
					c++
				}
			}
			logLen[s] = math.Log(float64(c) + 1)
		}
	}, func(i int, mark []float64) {
		for _, tc := range a.sentTerms(i) {
			if !a.stop[tc.id] {
				mark[tc.id] = 1
			}
		}
	}, func(i, j int, mark []float64) float64 {
		var ov float64
		for _, tc := range a.sentTerms(j) {
			ov += mark[tc.id]
		}
		if d := logLen[i] + logLen[j]; ov > 0 && d > 0 {
			return ov / d
		}
		return 0
	})
}

func TestTextRankMatchesPairwise(t *testing.T) {
	words := []string{"council", "budget", "the", "school", "river", "and", "bridge", "vote", "of", "minister", "plan", "rail"}
	for _, n := range []int{0, 1, 2, 7, 40, maxGraph + 3} {
		d := &Doc{Title: "Council budget vote"}
		for s := range n {
			text := ""
			for k := range 3 + (s*7)%9 {
				text += words[(s*5+k*k+s/3)%len(words)] + " "
			}
			if s%11 == 4 {
				text = "the and of" // stopwords only: no content word
			}
			d.Sentences = append(d.Sentences, Sentence{Text: text + fmt.Sprint(s%4)})
		}
		a := getAnalysis(d)
		got, want := make([]float64, n), make([]float64, n)
		a.textRank(got)
		a.pairwiseTextRank(want)
		putAnalysis(a)
		for i := range got {
			if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
				t.Fatalf("n=%d: sentence %d scores %v, pairwise %v", n, i, got[i], want[i])
			}
		}
	}
}

// densePageRank is pageRank as it was before it read only the non-zero
// weights: every product of every row. pageRank must give the same
// scores, bit for bit.
func densePageRank(sim []float64, n int, out []float64) {
	const damping = 0.85
	rowSum := make([]float64, n)
	for i := 0; i < n; i++ {
		for _, x := range sim[i*n : i*n+n] {
			rowSum[i] += x
		}
	}
	for i := range out[:n] {
		out[i] = 1
	}
	next, contrib := make([]float64, n), make([]float64, n)
	for iter := 0; iter < 50; iter++ {
		for j := 0; j < n; j++ {
			contrib[j] = 0
			if rowSum[j] > 0 {
				contrib[j] = out[j] / rowSum[j]
			}
		}
		var delta float64
		for i := 0; i < n; i++ {
			var s float64
			for j, x := range sim[i*n : i*n+n] {
				s += x * contrib[j]
			}
			next[i] = (1 - damping) + damping*s
			delta += math.Abs(next[i] - out[i])
		}
		copy(out, next)
		if delta < 1e-4*float64(n) {
			break
		}
	}
}

// TestPageRankSparse: pageRank, which reads each row's non-zero weights
// only, scores graphs of every density as the dense products do, bit for
// bit (an empty graph, a sparse one, a full one, rows with no edge).
func TestPageRankSparse(t *testing.T) {
	a := new(analysis)
	seed := uint64(1)
	random := func() float64 { // a fixed sequence: xorshift
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return float64(seed%1000) / 997
	}
	for _, n := range []int{1, 2, 5, 30, 90} {
		for _, density := range []float64{0, 0.1, 0.5, 1} {
			sim := make([]float64, n*n)
			for i := 0; i < n; i++ {
				for j := i + 1; j < n; j++ {
					if random() < density {
						x := random() + 0.01
						sim[i*n+j], sim[j*n+i] = x, x
					}
				}
			}
			want := make([]float64, n)
			densePageRank(sim, n, want)
			got, scratch := make([]float64, n), make([]float64, 4*n)
			a.pageRank(append([]float64(nil), sim...), n, got, scratch)
			for i := range got {
				if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
					t.Fatalf("n %d, density %v: score %d is %v, the dense products give %v", n, density, i, got[i], want[i])
				}
			}
		}
	}
}
