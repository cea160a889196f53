package main

import (
	"math"
	"slices"

	"github.com/brief-dev/brief/briefing"
)

// sparseRow is one sentence's lexical features: each bucket once, with
// the number of times its feature occurs.
type sparseRow struct {
	buckets []uint32
	counts  []float64
}

// newSparseRow counts the buckets of a sentence's lexical features.
func newSparseRow(lex []uint32) sparseRow {
	b := slices.Clone(lex)
	slices.Sort(b)
	var r sparseRow
	for i, v := range b {
		if i > 0 && v == b[i-1] {
			r.counts[len(r.counts)-1]++
			continue
		}
		r.buckets = append(r.buckets, v)
		r.counts = append(r.counts, 1)
	}
	return r
}

// lexPasses is the number of passes of coordinate descent over the
// buckets: the fit changes by less than the model file's rounding after
// about as many.
const lexPasses = 12

// fitLexical fits the lexical block's weights, one per bucket, by cyclic
// coordinate descent (one Newton step per bucket per pass) on the
// weighted logistic log-likelihood of ys given the rows' buckets, each
// row's log-odds starting from offset (what the other features already
// say: the block learns what they leave unexplained), with total L2
// penalty lambda on every weight. Deterministic: buckets in order.
func fitLexical(rows []sparseRow, offset, ys, ws []float64, lambda float64) []float64 {
	n := briefing.LexicalBuckets()
	// Which rows hold each bucket, and how often.
	type occ struct {
		row   int
		count float64
	}
	by := make([][]occ, n)
	for i, r := range rows {
		for k, b := range r.buckets {
			by[b] = append(by[b], occ{i, r.counts[k]})
		}
	}
	eta := slices.Clone(offset)
	beta := make([]float64, n)
	for range lexPasses {
		for b, os := range by {
			if len(os) == 0 {
				continue
			}
			g, h := -lambda*beta[b], lambda
			for _, o := range os {
				mu := 1 / (1 + math.Exp(-eta[o.row]))
				g += ws[o.row] * o.count * (ys[o.row] - mu)
				h += ws[o.row] * o.count * o.count * mu * (1 - mu)
			}
			d := g / h
			if d == 0 {
				continue
			}
			beta[b] += d
			for _, o := range os {
				eta[o.row] += d * o.count
			}
		}
	}
	return beta
}
