package rank

import "math"

// maxGraph is the number of sentences above which the graph rankers stop
// building the quadratic sentence graph. Above it they use degree
// centrality of the cosine graph, which needs one pass: with unit vectors,
// sum_j cos(i, j) = v_i · sum_j v_j. That keeps a 100,000-sentence document
// in linear time while ranking like the graph would to first order.
const maxGraph = 400

// pageRank runs weighted PageRank on the symmetric similarity matrix sim
// (n×n, row-major, zero diagonal) and writes the scores to out. Damping and
// iteration limits follow Mihalcea & Tarau (2004). It overwrites sim.
//
// The iterations read each row's non-zero weights only, packed at the
// row's start with their columns in a.cols: the graph of a news text's
// sentences is sparse (most pairs share no content word), and a zero
// weight adds a zero product, which leaves a sum as it is (a sum that
// starts at +0 is never -0), so the scores are bit for bit those of the
// dense products, summed in the same order. The dense inner loop was
// 1.5 % of a batch's instructions.
func (a *analysis) pageRank(sim []float64, n int, out, scratch []float64) {
	const damping = 0.85
	a.cols = growI32(a.cols, n*n)
	a.rowNonZero = growI32(a.rowNonZero, n)
	rowSum, nonZero := scratch[:n], a.rowNonZero
	for i := 0; i < n; i++ {
		row, cols := sim[i*n:i*n+n], a.cols[i*n:i*n+n]
		var s float64
		k := 0
		for j, x := range row {
			if x != 0 {
				s += x
				row[k], cols[k] = x, int32(j) // k <= j: the row is read before it is written
				k++
			}
		}
		rowSum[i], nonZero[i] = s, int32(k)
	}
	for i := range out[:n] {
		out[i] = 1
	}
	next := scratch[n : 2*n]
	for iter := 0; iter < 50; iter++ {
		// Contributions of each node divided by its out-weight first, so the
		// inner loop is a plain dot product.
		contrib := scratch[2*n : 3*n]
		for j := 0; j < n; j++ {
			if rowSum[j] > 0 {
				contrib[j] = out[j] / rowSum[j]
			} else {
				contrib[j] = 0
			}
		}
		var delta float64
		for i := 0; i < n; i++ {
			var s float64
			k := int(nonZero[i])
			cols := a.cols[i*n : i*n+k]
			for p, x := range sim[i*n : i*n+k] {
				s += x * contrib[cols[p]]
			}
			v := (1 - damping) + damping*s
			next[i] = v
			delta += math.Abs(v - out[i])
		}
		copy(out[:n], next)
		if delta < 1e-4*float64(n) {
			break
		}
	}
}

// cosineDegree writes to out the sum of cosine similarities of each
// sentence to all others, in linear time (see maxGraph).
func (a *analysis) cosineDegree(out []float64) {
	n := a.n()
	sum := a.denseZero()
	for s := 0; s < n; s++ {
		w := a.sentW(s)
		for k, tc := range a.sentTerms(s) {
			sum[tc.id] += w[k]
		}
	}
	for s := 0; s < n; s++ {
		w := a.sentW(s)
		var dot, self float64
		for k, tc := range a.sentTerms(s) {
			dot += w[k] * sum[tc.id]
			self += w[k] * w[k]
		}
		out[s] = dot - self
	}
}

// textRank writes TextRank scores (Mihalcea & Tarau 2004): PageRank over
// the graph whose edge weight is the number of shared content words divided
// by log|Si| + log|Sj|.
//
// The overlaps are counted from each content word's list of sentences
// rather than by comparing every pair of sentences word by word: a word in
// df sentences adds 1 to its df(df-1)/2 pairs, and most words are in one
// sentence. The counts are whole numbers, exact in a float64 whichever way
// they are summed, so the weights are those of the pairwise comparison.
func (a *analysis) textRank(out []float64) {
	n := a.n()
	if n > maxGraph {
		a.cosineDegree(out)
		return
	}
	sim, scratch := a.graphScratch(n) // scratch's last n floats are logLen
	logLen := scratch[3*n : 4*n]
	// post[start[id]:end[id]] are the sentences of content word id, in order.
	terms := len(a.stop)
	a.postStart = growI32(a.postStart, terms)
	a.postEnd = growI32(a.postEnd, terms)
	var total int32
	for id, df := range a.df {
		a.postStart[id], a.postEnd[id] = total, total
		if !a.stop[id] {
			total += df
		}
	}
	a.post = growI32(a.post, int(total))
	for s := 0; s < n; s++ {
		c := 0
		for _, tc := range a.sentTerms(s) { // distinct terms
			if !a.stop[tc.id] {
				a.post[a.postEnd[tc.id]] = int32(s)
				a.postEnd[tc.id]++
				c++
			}
		}
		logLen[s] = math.Log(float64(c) + 1)
	}
	for id := range terms {
		list := a.post[a.postStart[id]:a.postEnd[id]]
		for p, i := range list {
			row := sim[int(i)*n:]
			for _, j := range list[p+1:] {
				row[j]++ // i < j: the upper triangle
			}
		}
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			ov := sim[i*n+j]
			if ov == 0 {
				continue
			}
			x := 0.0
			if d := logLen[i] + logLen[j]; d > 0 {
				x = ov / d
			}
			sim[i*n+j] = x
			sim[j*n+i] = x
		}
	}
	a.pageRank(sim, n, out, scratch)
}

// lexRank writes LexRank scores (Erkan & Radev 2004): PageRank over the
// graph linking sentences whose tf-idf cosine is at least 0.1.
func (a *analysis) lexRank(out []float64) {
	const threshold = 0.1
	a.graphRank(out, nil, func(i int, vec []float64) {
		wi := a.sentW(i)
		for k, tc := range a.sentTerms(i) {
			vec[tc.id] = wi[k]
		}
	}, func(i, j int, vec []float64) float64 {
		var dot float64
		wj := a.sentW(j)
		for k, tc := range a.sentTerms(j) {
			dot += vec[tc.id] * wj[k]
		}
		if dot >= threshold {
			return 1
		}
		return 0
	})
}

// graphScratch returns the cleared n×n similarity matrix of n sentences
// and, after it, the 4n floats of pageRank's scratch, from one reused
// buffer.
func (a *analysis) graphScratch(n int) (sim, scratch []float64) {
	a.f64 = growF(a.f64, n*n+4*n)
	sim = a.f64[:n*n]
	clear(sim)
	return sim, a.f64[n*n:]
}

// graphRank writes PageRank scores over the sentences' similarity graph,
// or the linear cosine-degree measure above maxGraph sentences. prepare,
// if not nil, may fill aux (one float per sentence) first; then for each
// sentence i, load puts its term weights into the dense vector vec, and
// edge weighs i against each later sentence j from it (0: no edge).
func (a *analysis) graphRank(out []float64, prepare func(aux []float64), load func(i int, vec []float64), edge func(i, j int, vec []float64) float64) {
	n := a.n()
	if n > maxGraph {
		a.cosineDegree(out)
		return
	}
	sim, scratch := a.graphScratch(n) // scratch's last n floats are aux
	if prepare != nil {
		prepare(scratch[3*n : 4*n])
	}
	vec := a.denseZero()
	for i := 0; i < n; i++ {
		load(i, vec)
		for j := i + 1; j < n; j++ {
			if x := edge(i, j, vec); x != 0 {
				sim[i*n+j] = x
				sim[j*n+i] = x
			}
		}
		for _, tc := range a.sentTerms(i) {
			vec[tc.id] = 0
		}
	}
	a.pageRank(sim, n, out, scratch)
}

// luhn writes Luhn (1958) scores: significant words are content words
// occurring at least twice in the document (and, in long documents, among
// the more frequent ones); a sentence scores the best cluster of
// significant words (gaps of at most four other words) as
// significant² / span.
func (a *analysis) luhn(out []float64) {
	const maxGap = 4
	n := a.n()
	minCount := int32(2)
	if n > 50 {
		// Longer documents repeat more words by chance; scale the bar.
		minCount = int32(2 + math.Log(float64(n)/50))
	}
	for s := 0; s < n; s++ {
		best := 0.0
		sig, start, lastSig := 0, -1, -1
		toks := a.sentToks(s)
		for p, t := range toks {
			if a.stop[t.id] || a.ctf[t.id] < minCount {
				continue
			}
			if start < 0 || p-lastSig > maxGap+1 {
				if start >= 0 {
					best = math.Max(best, float64(sig*sig)/float64(lastSig-start+1))
				}
				start, sig = p, 0
			}
			sig++
			lastSig = p
		}
		if start >= 0 {
			best = math.Max(best, float64(sig*sig)/float64(lastSig-start+1))
		}
		out[s] = best
	}
}
