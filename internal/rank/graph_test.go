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
