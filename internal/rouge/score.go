package rouge

import (
	"math/bits"
	"slices"
	"sync"
)

// Score is one ROUGE measure of a candidate against a reference. All values
// are in [0, 1].
type Score struct {
	Precision float64 // matched units / candidate units
	Recall    float64 // matched units / reference units
	F1        float64 // 2PR/(P+R), or 0 when P+R is 0
}

// Scores holds the four rouge-score measures for one candidate/reference pair.
type Scores struct {
	R1    Score // rouge1: clipped unigram overlap
	R2    Score // rouge2: clipped bigram overlap
	RL    Score // rougeL: LCS of the whole token sequences (newlines ignored)
	RLsum Score // rougeLsum: summary-level union LCS over newline-separated sentences
}

// Compare scores a candidate summary against a reference summary with
// rouge-score semantics (Porter stemming on). Sentences, which only matter
// for RLsum, are the newline-separated lines of each text; blank lines are
// ignored.
//
// Compare uses a package-level [Scorer], so it is safe for concurrent use
// and its stem cache grows with the vocabulary it has seen, like rouge.py's
// score_pair. Use your own Scorer to control the cache's lifetime.
func Compare(reference, candidate string) Scores {
	return defaultScorer.Compare(reference, candidate)
}

var defaultScorer = NewScorer()

// A Scorer computes ROUGE scores and remembers every token it has seen: each
// distinct lower-cased token is stemmed once, and tokens are interned as
// small integers so that n-gram and LCS work compares integers, not strings.
// The cache only grows; one Scorer per corpus (or per process) is the
// intended use.
//
// A Scorer is safe for concurrent use by multiple goroutines. The zero value
// is not usable; call [NewScorer].
type Scorer struct {
	mu    sync.RWMutex
	ids   map[string]int32 // lower-cased raw token → id of its output token
	stems map[string]int32 // output token (stem, or the token itself) → id
	words []string         // id → output token

	pool sync.Pool // *scratch
}

// NewScorer returns a Scorer with an empty cache.
func NewScorer() *Scorer {
	return &Scorer{
		ids:   make(map[string]int32),
		stems: make(map[string]int32),
		pool:  sync.Pool{New: func() any { return new(scratch) }},
	}
}

// doc is a tokenised text: token ids and, for each line, the number of
// tokens up to the end of that line.
type doc struct {
	toks  []int32
	sents []int32
}

// scratch is per-call working memory, recycled through Scorer.pool.
type scratch struct {
	arena []byte
	ends  []int32
	miss  []int32

	ref, cand doc

	gen   uint32
	stamp []uint32 // stamp[id] == gen: local[id] is valid for this call
	local []int32

	cntR, cntC   []int32
	keysR, keysC []uint64
	masks, v     []uint64
	row          []int32
	moves        []uint8
	mark         []bool
}

// Tokenize is [Tokenize] using s's stem cache.
func (s *Scorer) Tokenize(text string) []string {
	sc := s.pool.Get().(*scratch)
	defer s.pool.Put(sc)
	s.tokenize(text, sc, &sc.ref)
	out := make([]string, len(sc.ref.toks))
	s.mu.RLock()
	for i, id := range sc.ref.toks {
		out[i] = s.words[id]
	}
	s.mu.RUnlock()
	return out
}

// tokenize fills d with the token ids of text.
func (s *Scorer) tokenize(text string, sc *scratch, d *doc) {
	sc.arena, sc.ends, d.sents = scanTokens(text, sc.arena[:0], sc.ends[:0], d.sents[:0])
	d.toks = d.toks[:0]
	sc.miss = sc.miss[:0]

	s.mu.RLock()
	start := int32(0)
	for i, end := range sc.ends {
		id, ok := s.ids[string(sc.arena[start:end])]
		if !ok {
			id = -1
			sc.miss = append(sc.miss, int32(i))
		}
		d.toks = append(d.toks, id)
		start = end
	}
	s.mu.RUnlock()
	if len(sc.miss) == 0 {
		return
	}

	// Stem the new tokens outside the lock, then register them.
	raws := make([]string, len(sc.miss))
	outs := make([]string, len(sc.miss))
	for k, i := range sc.miss {
		start := int32(0)
		if i > 0 {
			start = sc.ends[i-1]
		}
		raw := string(sc.arena[start:sc.ends[i]])
		raws[k] = raw
		if len(raw) > 3 {
			outs[k] = Stem(raw)
		} else {
			outs[k] = raw
		}
	}
	s.mu.Lock()
	for k, i := range sc.miss {
		id, ok := s.ids[raws[k]]
		if !ok {
			id, ok = s.stems[outs[k]]
			if !ok {
				id = int32(len(s.words))
				s.words = append(s.words, outs[k])
				s.stems[outs[k]] = id
			}
			s.ids[raws[k]] = id
		}
		d.toks[i] = id
	}
	s.mu.Unlock()
}

// localize rewrites the ids of both documents as dense ids 0..k-1 local to
// this call and returns k.
func (sc *scratch) localize() int {
	maxID := int32(-1)
	for _, id := range sc.ref.toks {
		maxID = max(maxID, id)
	}
	for _, id := range sc.cand.toks {
		maxID = max(maxID, id)
	}
	if n := int(maxID) + 1; n > len(sc.stamp) {
		n = max(n, 2*len(sc.stamp))
		sc.stamp = make([]uint32, n)
		sc.local = make([]int32, n)
		sc.gen = 0
	}
	sc.gen++
	if sc.gen == 0 { // wrapped around: old stamps could collide
		clear(sc.stamp)
		sc.gen = 1
	}
	k := int32(0)
	for _, toks := range [2][]int32{sc.ref.toks, sc.cand.toks} {
		for i, id := range toks {
			if sc.stamp[id] != sc.gen {
				sc.stamp[id] = sc.gen
				sc.local[id] = k
				k++
			}
			toks[i] = sc.local[id]
		}
	}
	return int(k)
}

// Compare scores candidate against reference like the package-level
// [Compare], using s's cache.
func (s *Scorer) Compare(reference, candidate string) Scores {
	sc := s.pool.Get().(*scratch)
	defer s.pool.Put(sc)
	s.tokenize(reference, sc, &sc.ref)
	s.tokenize(candidate, sc, &sc.cand)
	k := sc.localize()
	ref, cand := sc.ref.toks, sc.cand.toks

	var out Scores

	// rouge1: clipped unigram overlap.
	sc.cntR = resize(sc.cntR, k)
	sc.cntC = resize(sc.cntC, k)
	for _, t := range ref {
		sc.cntR[t]++
	}
	for _, t := range cand {
		sc.cntC[t]++
	}
	overlap := 0
	for t := range k {
		overlap += int(min(sc.cntR[t], sc.cntC[t]))
	}
	out.R1 = ngramScore(overlap, len(cand), len(ref))

	// rouge2: clipped bigram overlap, by merging sorted bigram keys.
	sc.keysR = bigrams(sc.keysR[:0], ref)
	sc.keysC = bigrams(sc.keysC[:0], cand)
	overlap = 0
	for i, j := 0, 0; i < len(sc.keysR) && j < len(sc.keysC); {
		switch a, b := sc.keysR[i], sc.keysC[j]; {
		case a == b:
			overlap++
			i++
			j++
		case a < b:
			i++
		default:
			j++
		}
	}
	out.R2 = ngramScore(overlap, len(sc.keysC), len(sc.keysR))

	// rougeL: LCS of the whole sequences.
	if len(ref) > 0 && len(cand) > 0 {
		out.RL = ratioScore(sc.lcsLen(ref, cand, k), len(cand), len(ref))
	}

	// rougeLsum. The token counters are the unigram counts computed above.
	if len(ref) > 0 && len(cand) > 0 {
		out.RLsum = ratioScore(sc.unionLCSHits(), len(cand), len(ref))
	}
	return out
}

// resize returns a zeroed slice of length n, reusing buf when possible.
func resize(buf []int32, n int) []int32 {
	if cap(buf) < n {
		return make([]int32, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// bigrams appends the sorted bigram keys of toks to keys.
func bigrams(keys []uint64, toks []int32) []uint64 {
	for i := 1; i < len(toks); i++ {
		keys = append(keys, uint64(toks[i-1])<<32|uint64(uint32(toks[i])))
	}
	slices.Sort(keys)
	return keys
}

func f1(p, r float64) float64 {
	if p+r > 0 {
		return 2 * p * r / (p + r)
	}
	return 0
}

// ngramScore is rouge.py's _score_ngrams given the clipped overlap and the
// n-gram totals.
func ngramScore(overlap, candTotal, refTotal int) Score {
	p := float64(overlap) / float64(max(candTotal, 1))
	r := float64(overlap) / float64(max(refTotal, 1))
	return Score{p, r, f1(p, r)}
}

// ratioScore scores hits against non-zero candidate and reference lengths.
func ratioScore(hits, candLen, refLen int) Score {
	p := float64(hits) / float64(candLen)
	r := float64(hits) / float64(refLen)
	return Score{p, r, f1(p, r)}
}

// lcsLen returns the length of the longest common subsequence of a and b,
// whose tokens are local ids below k. It uses the bit-parallel algorithm of
// Hyyrö (2004), "Bit-parallel LCS-length computation revisited": the bits
// of V stand for the positions of the shorter sequence, and for each token
// y of the other one V = (V + (V & M[y])) | (V &^ M[y]), where M[y] marks
// the positions holding y; the LCS length is the number of zero bits.
func (sc *scratch) lcsLen(a, b []int32, k int) int {
	if len(b) < len(a) {
		a, b = b, a // LCS length is symmetric; index the shorter one
	}
	m := len(a)
	nw := (m + 63) / 64
	if cap(sc.masks) < k*nw {
		sc.masks = make([]uint64, k*nw)
	}
	masks := sc.masks[:k*nw]
	clear(masks)
	for i, t := range a {
		masks[int(t)*nw+i/64] |= 1 << (i % 64)
	}
	if cap(sc.v) < nw {
		sc.v = make([]uint64, nw)
	}
	v := sc.v[:nw]
	for i := range v {
		v[i] = ^uint64(0)
	}
	for _, y := range b {
		pm := masks[int(y)*nw : int(y)*nw+nw]
		var carry uint64
		for i, x := range v {
			var sum uint64
			sum, carry = bits.Add64(x, x&pm[i], carry)
			v[i] = sum | x&^pm[i]
		}
	}
	// Bits at and above position m never affect lower ones (carries go
	// up), so count the zeros among the low m bits only.
	ones := 0
	for i, x := range v {
		if rem := m - 64*i; rem < 64 {
			x &= 1<<rem - 1
		}
		ones += bits.OnesCount64(x)
	}
	return m - ones
}

// unionLCSHits implements the hit count of rouge.py's _score_lsum: for each
// reference sentence, the union of the reference positions of one LCS with
// every candidate sentence (chosen exactly as rouge-score chooses it), each
// position counted only while its token is still unclaimed on both sides.
// It consumes sc.cntR and sc.cntC.
func (sc *scratch) unionLCSHits() int {
	ref, cand := sc.ref.toks, sc.cand.toks
	hits := 0
	rStart := int32(0)
	for _, rEnd := range sc.ref.sents {
		r := ref[rStart:rEnd]
		rStart = rEnd
		if len(r) == 0 {
			continue
		}
		if cap(sc.mark) < len(r) {
			sc.mark = make([]bool, len(r))
		}
		mark := sc.mark[:len(r)]
		clear(mark)
		cStart := int32(0)
		for _, cEnd := range sc.cand.sents {
			c := cand[cStart:cEnd]
			cStart = cEnd
			if len(c) > 0 {
				sc.markLCS(r, c, mark)
			}
		}
		for i, m := range mark {
			if !m {
				continue
			}
			if t := r[i]; sc.cntC[t] > 0 && sc.cntR[t] > 0 {
				hits++
				sc.cntC[t]--
				sc.cntR[t]--
			}
		}
	}
	return hits
}

// Backtracking moves of markLCS.
const (
	moveUp   = iota // i--
	moveLeft        // j--
	moveDiag        // match: mark i-1, then i--, j--
)

// markLCS sets mark[i] for the positions i of r in one LCS of r and c, the
// one rouge-score's backtracking picks: from the bottom-right cell of the
// LCS table, go diagonally on a match, else left when the cell to the left
// is strictly greater than the cell above, else up. The move of every cell
// depends only on its own row and the previous one, so the forward pass
// records moves (one byte per cell) and keeps only two rows of lengths.
func (sc *scratch) markLCS(r, c []int32, mark []bool) {
	w := len(c) + 1
	n := (len(r) + 1) * w
	if cap(sc.moves) < n {
		sc.moves = make([]uint8, n)
	}
	moves := sc.moves[:n]
	if cap(sc.row) < 2*w {
		sc.row = make([]int32, 2*w)
	}
	prev, row := sc.row[:w], sc.row[w:2*w]
	clear(prev)
	row[0] = 0
	for i := 1; i <= len(r); i++ {
		x := r[i-1]
		mv := moves[i*w : (i+1)*w]
		for j := 1; j < w; j++ {
			switch left, up := row[j-1], prev[j]; {
			case x == c[j-1]:
				row[j] = prev[j-1] + 1
				mv[j] = moveDiag
			case left > up:
				row[j] = left
				mv[j] = moveLeft
			default:
				row[j] = up
				mv[j] = moveUp
			}
		}
		prev, row = row, prev
	}
	for i, j := len(r), len(c); i > 0 && j > 0; {
		switch moves[i*w+j] {
		case moveDiag:
			mark[i-1] = true
			i--
			j--
		case moveLeft:
			j--
		default:
			i--
		}
	}
}
