package rank

import "container/heap"

// sumBasicGreedy is how many picks SumBasic makes by its greedy update
// before ranking the rest by their initial score: the update is quadratic
// in the number of sentences, and no summary needs more picks than this.
const sumBasicGreedy = 256

// sumBasic writes SumBasic scores (Nenkova & Vanderwende 2005), the
// frequency baseline that summarises meetings and reports about as well as
// any classical method: a sentence weighs the mean document probability of
// its content words; the best one is picked, the probabilities of its words
// are squared so that later picks cover other words, and so on. The output
// is a ranking in score form: the first pick gets the highest score. Picks
// after sumBasicGreedy keep their initial weight, below every greedy pick.
func (a *analysis) sumBasic(out []float64) {
	n := a.n()
	if n == 0 {
		return
	}
	p := a.denseZero()
	total := 0
	for id, c := range a.ctf {
		if !a.stop[id] {
			total += int(c)
		}
	}
	if total == 0 {
		for s := range out[:n] {
			out[s] = -float64(s) // no content words: document order
		}
		return
	}
	for id, c := range a.ctf {
		if !a.stop[id] {
			p[id] = float64(c) / float64(total)
		}
	}
	weight := func(s int) float64 {
		var sum float64
		k := 0
		for _, t := range a.sentToks(s) {
			if !a.stop[t.id] {
				sum += p[t.id]
				k++
			}
		}
		if k == 0 {
			return 0
		}
		return sum / float64(k)
	}
	// Lazy greedy: weights only fall (probabilities are squared), so a
	// stale weight is an upper bound. Pop the best, recompute it, and take
	// it if it still beats the next bound; otherwise push it back. Each
	// pick recomputes a handful of sentences instead of all of them, which
	// keeps a 10 MB document in the time of a short one.
	h := make(sbHeap, n)
	for s := 0; s < n; s++ {
		out[s] = weight(s) // initial weights, in (0, 1]
		h[s] = sbItem{out[s], int32(s)}
	}
	heap.Init(&h)
	greedy := min(n, sumBasicGreedy)
	for step := 0; step < greedy; {
		top := h[0]
		w := weight(int(top.s))
		if w < top.w && len(h) > 1 {
			h[0].w = w
			heap.Fix(&h, 0)
			if h[0].s != top.s {
				continue
			}
		}
		heap.Pop(&h)
		best := int(top.s)
		// Above every unpicked weight (≤ 1), in pick order.
		out[best] = float64(2*greedy - step)
		step++
		for _, tc := range a.sentTerms(best) {
			p[tc.id] *= p[tc.id] // once per distinct word
		}
	}
}

// sbItem is a sentence with an upper bound of its SumBasic weight.
type sbItem struct {
	w float64
	s int32
}

// sbHeap is a max-heap of sbItem by weight, ties to the earlier sentence.
type sbHeap []sbItem

func (h sbHeap) Len() int { return len(h) }
func (h sbHeap) Less(i, j int) bool {
	if h[i].w != h[j].w {
		return h[i].w > h[j].w
	}
	return h[i].s < h[j].s
}
func (h sbHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *sbHeap) Push(x any)   { *h = append(*h, x.(sbItem)) }
func (h *sbHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
