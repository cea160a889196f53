package rank

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
	picked := make([]bool, n)
	for s := 0; s < n; s++ {
		out[s] = weight(s) // initial weights, in (0, 1]
	}
	greedy := min(n, sumBasicGreedy)
	for step := 0; step < greedy; step++ {
		best, bw := -1, -1.0
		for s := 0; s < n; s++ {
			if picked[s] {
				continue
			}
			if w := weight(s); w > bw {
				best, bw = s, w
			}
		}
		picked[best] = true
		// Above every unpicked weight (≤ 1), in pick order.
		out[best] = float64(2*greedy - step)
		for _, tc := range a.sentTerms(best) {
			p[tc.id] *= p[tc.id] // once per distinct word
		}
	}
}
