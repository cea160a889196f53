// Package fit holds what the ranker trainers (internal/cmd/trainrank for
// the default ranker, internal/cmd/trainlong for the long-document rankers)
// share: the greedy ROUGE oracle that labels training sentences, an
// L2-penalised logistic regression fitted by Newton's method, and a
// deterministic parallel loop. Everything is deterministic, so a trainer
// rerun on the same data writes the same model.
package fit

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"runtime"
	"strings"
	"sync"

	"github.com/brief-dev/brief/internal/rouge"
)

// ngrams holds the stemmed unigram and bigram counts of a text.
type ngrams struct {
	uni map[string]int
	bi  map[string]int
	n1  int
	n2  int
}

func countNgrams(toks []string) ngrams {
	g := ngrams{uni: map[string]int{}, bi: map[string]int{}, n1: len(toks)}
	for i, t := range toks {
		g.uni[t]++
		if i > 0 {
			g.bi[toks[i-1]+" "+t]++
			g.n2++
		}
	}
	return g
}

// Oracle returns the greedy extractive oracle: sentences added one at a
// time while ROUGE-1 F1 + ROUGE-2 F1 of the union against the reference
// improves (Nallapati et al. 2017), up to maxSentences sentences (0: no
// limit) and, when words is not nil, only sentences whose words[i] still
// fit within maxWords. Bigrams across sentence boundaries are ignored, a
// negligible difference for labelling.
func Oracle(sc *rouge.Scorer, reference string, sentences []string, maxSentences int, words []int, maxWords int) []bool {
	ref := countNgrams(sc.Tokenize(reference))
	sents := make([]ngrams, len(sentences))
	for i, s := range sentences {
		sents[i] = countNgrams(sc.Tokenize(s))
	}
	cur := ngrams{uni: map[string]int{}, bi: map[string]int{}}
	o1, o2 := 0, 0
	f := func(o, cand, refN int) float64 {
		if o == 0 || cand == 0 || refN == 0 {
			return 0
		}
		p, r := float64(o)/float64(cand), float64(o)/float64(refN)
		return 2 * p * r / (p + r)
	}
	gain := func(add map[string]int, have, refc map[string]int) int {
		d := 0
		for t, c := range add {
			rc := refc[t]
			if rc == 0 {
				continue
			}
			d += min(have[t]+c, rc) - min(have[t], rc)
		}
		return d
	}
	if maxSentences <= 0 {
		maxSentences = len(sents)
	}
	label := make([]bool, len(sents))
	best := 0.0
	used := 0
	for step := 0; step < maxSentences; step++ {
		bi, bv := -1, best
		var b1, b2 int
		for i, s := range sents {
			if label[i] || words != nil && used+words[i] > maxWords {
				continue
			}
			d1, d2 := gain(s.uni, cur.uni, ref.uni), gain(s.bi, cur.bi, ref.bi)
			v := f(o1+d1, cur.n1+s.n1, ref.n1) + f(o2+d2, cur.n2+s.n2, ref.n2)
			if v > bv+1e-12 {
				bi, bv, b1, b2 = i, v, d1, d2
			}
		}
		if bi < 0 {
			break
		}
		label[bi] = true
		if words != nil {
			used += words[bi]
		}
		best = bv
		o1 += b1
		o2 += b2
		s := sents[bi]
		for t, c := range s.uni {
			cur.uni[t] += c
		}
		for t, c := range s.bi {
			cur.bi[t] += c
		}
		cur.n1 += s.n1
		cur.n2 += s.n2
	}
	return label
}

// AddDocument appends one document's examples to a training set: the
// feature rows x, their labels y (true is 1) and the weight w of each.
func AddDocument(xs *[][]float64, ys, ws *[]float64, x [][]float64, y []bool, w float64) {
	for j, row := range x {
		*xs = append(*xs, row)
		label := 0.0
		if y[j] {
			label = 1
		}
		*ys = append(*ys, label)
		*ws = append(*ws, w)
	}
}

// Logistic fits a weighted, L2-penalised logistic regression of y on the
// rows of x. Features are standardised first (so that the penalty treats
// them alike and the weights are comparable); mean and scale are returned
// with the weights of the standardised features. lambda is the total
// penalty; the intercept is not penalised.
func Logistic(x [][]float64, y, w []float64, lambda float64) (intercept float64, weights, mean, scale []float64) {
	nf := len(x[0])
	mean = make([]float64, nf)
	scale = make([]float64, nf)
	for _, r := range x {
		for k, v := range r {
			mean[k] += v
		}
	}
	for k := range mean {
		mean[k] /= float64(len(x))
	}
	for _, r := range x {
		for k, v := range r {
			d := v - mean[k]
			scale[k] += d * d
		}
	}
	for k := range scale {
		scale[k] = math.Sqrt(scale[k] / float64(len(x)))
		if scale[k] < 1e-9 {
			scale[k] = 1
		}
	}
	z := make([][]float64, len(x))
	for i, r := range x {
		row := make([]float64, nf+1)
		row[0] = 1
		for k, v := range r {
			row[k+1] = (v - mean[k]) / scale[k]
		}
		z[i] = row
	}
	beta := newton(z, y, w, lambda)
	return beta[0], beta[1:], mean, scale
}

// newton maximises the weighted, L2-penalised logistic log-likelihood.
// Column 0 is the unpenalised intercept.
func newton(z [][]float64, y, w []float64, lambda float64) []float64 {
	p := len(z[0])
	beta := make([]float64, p)
	for iter := 0; iter < 50; iter++ {
		grad := make([]float64, p)
		hess := make([]float64, p*p)
		for i, row := range z {
			var eta float64
			for k, v := range row {
				eta += beta[k] * v
			}
			mu := 1 / (1 + math.Exp(-eta))
			r := w[i] * (y[i] - mu)
			h := w[i] * mu * (1 - mu)
			for a, va := range row {
				grad[a] += r * va
				ha := h * va
				for b := a; b < p; b++ {
					hess[a*p+b] += ha * row[b]
				}
			}
		}
		for a := 0; a < p; a++ {
			for b := 0; b < a; b++ {
				hess[a*p+b] = hess[b*p+a]
			}
		}
		for k := 1; k < p; k++ {
			grad[k] -= lambda * beta[k]
			hess[k*p+k] += lambda
		}
		step := solve(hess, grad, p)
		var size float64
		for k := range beta {
			beta[k] += step[k]
			size += math.Abs(step[k])
		}
		if size < 1e-9 {
			break
		}
	}
	return beta
}

// solve returns x with A x = b for symmetric positive definite A (Cholesky).
func solve(a, b []float64, n int) []float64 {
	l := make([]float64, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j <= i; j++ {
			s := a[i*n+j]
			for k := 0; k < j; k++ {
				s -= l[i*n+k] * l[j*n+k]
			}
			if i == j {
				l[i*n+i] = math.Sqrt(math.Max(s, 1e-12))
			} else {
				l[i*n+j] = s / l[j*n+j]
			}
		}
	}
	y := make([]float64, n)
	for i := 0; i < n; i++ {
		s := b[i]
		for k := 0; k < i; k++ {
			s -= l[i*n+k] * y[k]
		}
		y[i] = s / l[i*n+i]
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := y[i]
		for k := i + 1; k < n; k++ {
			s -= l[k*n+i] * x[k]
		}
		x[i] = s / l[i*n+i]
	}
	return x
}

// Parallel runs f(0..n-1) on all cores. Results must go to index-addressed
// storage so that the outcome does not depend on scheduling.
func Parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// Round keeps six decimals so that model files stay readable; trainers
// report scores of the rounded model.
func Round(x float64) float64 { return math.Round(x*1e6) / 1e6 }

// WriteJSON writes v to path as indented JSON with a final newline, the
// form of the embedded model files, and returns the bytes written.
func WriteJSON(path string, v any) ([]byte, error) {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, err
	}
	data = append(data, '\n')
	return data, os.WriteFile(path, data, 0o644)
}

// Columns returns the positions in all of the feature names want, and of
// their copies named copyPrefix+name when copyPrefix is not "", for a
// trainer's -drop: a name all lacks is an error, so that a mistyped
// feature is not silently kept.
func Columns(all, want []string, copyPrefix string) ([]int, error) {
	var out []int
	for _, w := range want {
		w = strings.TrimSpace(w)
		found := false
		for i, n := range all {
			if n == w || copyPrefix != "" && n == copyPrefix+w {
				out = append(out, i)
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("no feature %q", w)
		}
	}
	return out, nil
}
