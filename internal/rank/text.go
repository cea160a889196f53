package rank

import (
	"math"
	"sync"

	"github.com/brief-dev/brief/internal/vocab"
)

// token is one word of a sentence after normalisation, interned to an id so
// that the inner loops index slices instead of hashing strings.
type token struct {
	id   int32
	caps bool // the original word started with an upper-case ASCII letter
	num  bool // the word starts with a digit
}

// termCount is one distinct term of a sentence with its frequency there.
type termCount struct {
	id int32
	tf int32
}

// analysis holds everything the rankers derive from one document. It is
// pooled because a corpus run analyses thousands of documents and the
// buffers are the dominant allocation otherwise.
type analysis struct {
	vocab interner // term -> id, reset per document
	stop  []bool   // per term id: is a stopword
	df    []int32  // per term id: number of sentences containing it
	ctf   []int32  // per term id: occurrences in the document
	last  []int32  // per term id: last sentence seen (scratch)
	slot  []int32  // per term id: index into terms of that sentence (scratch)

	toks    []token     // all tokens of all sentences, in order
	tokOff  []int       // sentence s has toks[tokOff[s]:tokOff[s+1]]
	terms   []termCount // distinct terms of all sentences
	termOff []int       // sentence s has terms[termOff[s]:termOff[s+1]]

	// weights of the unit-length tf-idf vector of each sentence, parallel to terms
	w []float64

	word []byte // scratch for the word being lowercased

	title []termCount // distinct terms of the title (ids in the same vocabulary)

	dense []float64 // per term id scratch vector
	f64   []float64 // generic scratch
	feat  []float64 // feature matrix of the default model

	// textRank's lists of the sentences of each content term (scratch)
	post, postStart, postEnd []int32
	// pageRank's columns of each row's non-zero weights, and their
	// number (scratch)
	cols, rowNonZero []int32

	idf    []float64 // per term id: within-document idf (df > 0 only)
	logCtf []float64 // per term id: log of occurrences in the document
}

var analysisPool = sync.Pool{New: func() any {
	return new(analysis)
}}

func getAnalysis(d *Doc) *analysis {
	a := analysisPool.Get().(*analysis)
	a.reset()
	a.analyse(d)
	return a
}

func putAnalysis(a *analysis) {
	// A 10 MB document leaves a huge vocabulary behind; do not keep it alive
	// in the pool, where it would also make clear() expensive.
	if len(a.stop) > 1<<16 {
		return
	}
	analysisPool.Put(a)
}

func (a *analysis) reset() {
	a.vocab.reset()
	a.stop = a.stop[:0]
	a.df = a.df[:0]
	a.ctf = a.ctf[:0]
	a.last = a.last[:0]
	a.slot = a.slot[:0]
	a.toks = a.toks[:0]
	a.tokOff = a.tokOff[:0]
	a.terms = a.terms[:0]
	a.termOff = a.termOff[:0]
	a.w = a.w[:0]
	a.title = a.title[:0]
}

// n is the number of sentences analysed.
func (a *analysis) n() int { return len(a.tokOff) - 1 }

func (a *analysis) sentToks(s int) []token      { return a.toks[a.tokOff[s]:a.tokOff[s+1]] }
func (a *analysis) sentTerms(s int) []termCount { return a.terms[a.termOff[s]:a.termOff[s+1]] }
func (a *analysis) sentW(s int) []float64       { return a.w[a.termOff[s]:a.termOff[s+1]] }

// intern returns the id of the lower-cased word in a.word, adding it to the
// vocabulary when new. Only new words allocate.
func (a *analysis) intern() int32 {
	id, isNew := a.vocab.intern(a.word)
	if !isNew {
		return id
	}
	sw := stopwords()
	// the shape filter settles most new words (content words) without
	// hashing; it never refuses a stopword
	a.stop = append(a.stop, sw.shapes.MayBytes(a.word) && sw.set[string(a.word)])
	a.df = append(a.df, 0)
	a.ctf = append(a.ctf, 0)
	a.last = append(a.last, -1)
	a.slot = append(a.slot, 0)
	return id
}

// isWordByte reports whether b belongs to a word: ASCII letters and digits,
// and any non-ASCII byte so that accented words stay whole.
func isWordByte(b byte) bool { return wordBytes[b] }

// wordBytes is isWordByte by byte and lowerWordByte lower-cases an ASCII
// letter: one look-up each, for every byte of every sentence (the four
// ranges compared one after another were 1 % of a batch's instructions).
var wordBytes, lowerWordByte = func() (is [256]bool, lower [256]byte) {
	for c := range 256 {
		b := byte(c)
		is[c] = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
		lower[c] = b
		if b >= 'A' && b <= 'Z' {
			lower[c] = b + 'a' - 'A'
		}
	}
	return is, lower
}()

// nextWord returns the bounds of the first word of text at or after i, a
// maximal run of word bytes; start == end when there is none. The rankers'
// tokens and the redundancy trigrams both read words so.
func nextWord(text string, i int) (start, end int) {
	for i < len(text) && !isWordByte(text[i]) {
		i++
	}
	start = i
	for i < len(text) && isWordByte(text[i]) {
		i++
	}
	return start, i
}

// tokenize appends the tokens of text to a.toks. Words are maximal runs of
// word bytes, lower-cased, with a plural "s" stripped so that "talks" and
// "talk" match (a cheap stand-in for stemming: the ROUGE scorer stems, and
// the overlap features should see what it sees).
//
// It is not briefing's tokenizer, and not rouge.Tokenize: ranking needs
// interned lower-case terms at corpus speed (no allocation, no offsets,
// non-ASCII bytes kept inside words), briefing needs tokens with offsets
// that keep "U.S." and "Sherwood-Randall" whole, and ROUGE must split
// exactly as rouge-score does. Word counts for budgets are
// vocab.CountWords.
func (a *analysis) tokenize(text string) {
	for i := 0; ; {
		start, end := nextWord(text, i)
		if start == end {
			break
		}
		i = end
		// Skip the UTF-8 punctuation that the byte test lets through:
		// curly quotes and dashes are E2 80 xx.
		wordText := text[start:end]
		if len(wordText) == 3 && wordText[0] == 0xE2 && wordText[1] == 0x80 {
			continue
		}
		a.word = append(a.word[:0], wordText...)
		for j, c := range a.word {
			a.word[j] = lowerWordByte[c]
		}
		if l := len(a.word); l > 3 && a.word[l-1] == 's' && a.word[l-2] != 's' && a.word[l-2] != 'u' && a.word[l-2] != 'i' {
			a.word = a.word[:l-1]
		}
		c0 := wordText[0]
		a.toks = append(a.toks, token{
			id:   a.intern(),
			caps: c0 >= 'A' && c0 <= 'Z',
			num:  c0 >= '0' && c0 <= '9',
		})
	}
}

// analyse tokenises every sentence and builds per-sentence term counts,
// document frequencies and unit tf-idf vectors.
func (a *analysis) analyse(d *Doc) {
	n := len(d.Sentences)
	a.tokOff = append(a.tokOff, 0)
	a.termOff = append(a.termOff, 0)
	for s := 0; s < n; s++ {
		a.tokenize(d.Sentences[s].Text)
		a.tokOff = append(a.tokOff, len(a.toks))
		a.addTerms(a.toks[a.tokOff[s]:], int32(s), &a.terms)
		a.termOff = append(a.termOff, len(a.terms))
	}
	for _, tc := range a.terms {
		a.df[tc.id]++
		a.ctf[tc.id] += tc.tf
	}
	// Per-term logarithms once, not per occurrence.
	a.idf = growF(a.idf, len(a.df))
	a.logCtf = growF(a.logCtf, len(a.df))
	logN := math.Log(float64(n) + 1)
	for id, df := range a.df {
		if df > 0 {
			a.idf[id] = logN - math.Log(float64(df)) + 0.5
			a.logCtf[id] = math.Log(float64(a.ctf[id]))
		}
	}
	// Title terms share the vocabulary but must not count as a sentence.
	if d.Title != "" {
		mark := len(a.toks)
		a.tokenize(d.Title)
		a.addTerms(a.toks[mark:], int32(n), &a.title)
		a.toks = a.toks[:mark]
	}

	// idf from the document itself: there is no background corpus, and
	// within-document idf is what the classical graph rankers use.
	a.w = growF(a.w, len(a.terms))
	for s := 0; s < n; s++ {
		terms, w := a.sentTerms(s), a.sentW(s)
		var norm float64
		for k, tc := range terms {
			x := float64(tc.tf) * a.idf[tc.id]
			if a.stop[tc.id] {
				x = 0
			}
			w[k] = x
			norm += x * x
		}
		if norm > 0 {
			inv := 1 / math.Sqrt(norm)
			for k := range w {
				w[k] *= inv
			}
		}
	}
}

// addTerms appends the distinct terms of toks with their counts to dst,
// using the per-term scratch arrays instead of a map.
func (a *analysis) addTerms(toks []token, mark int32, dst *[]termCount) {
	base := len(*dst)
	for _, t := range toks {
		if a.last[t.id] == mark {
			(*dst)[a.slot[t.id]].tf++
			continue
		}
		a.last[t.id] = mark
		a.slot[t.id] = int32(len(*dst))
		*dst = append(*dst, termCount{id: t.id, tf: 1})
	}
	_ = base
}

// dotDense is the dot product of sentence s's tf-idf vector with vec, a
// dense vector indexed by term id.
func (a *analysis) dotDense(s int, vec []float64) float64 {
	var dot float64
	w := a.sentW(s)
	for k, tc := range a.sentTerms(s) {
		dot += w[k] * vec[tc.id]
	}
	return dot
}

// denseZero returns a zeroed per-term scratch vector.
func (a *analysis) denseZero() []float64 {
	a.dense = growF(a.dense, len(a.stop))
	clear(a.dense)
	return a.dense
}

// growI32 returns s resized to n, reusing its storage when possible; the
// values are left as they were.
func growI32(s []int32, n int) []int32 {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]int32, n, n+n/2)
}

// growF returns s resized to n, reusing its storage when possible.
func growF(s []float64, n int) []float64 {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]float64, n, n+n/4)
}

// stopwords is a compact English stopword list (stopwords.txt), in the
// form tokenize produces.
var stopwords = sync.OnceValue(func() *stopSet {
	sw := &stopSet{set: vocab.Set(vocab.Lines("stopwords.txt"))}
	for w := range sw.set {
		sw.shapes.Add(w)
	}
	return sw
})

// stopSet is the stopword set with a filter of its words' shapes.
type stopSet struct {
	set    map[string]bool
	shapes vocab.Shapes
}

// interner maps words to dense ids with open addressing over FNV-1a
// hashes. It replaces a map[string]int32 because lookups are the bulk of
// tokenisation and a map hashes, compares and allocates more than needed.
type interner struct {
	table  []int32  // id+1 per slot, 0 = empty; len is a power of two
	hashes []uint32 // per id
	starts []int32  // per id: start of the word in arena
	arena  []byte   // the words, back to back
}

func (v *interner) reset() {
	clear(v.table)
	v.hashes = v.hashes[:0]
	v.starts = v.starts[:0]
	v.arena = v.arena[:0]
}

// intern returns the id of w and whether it was added.
func (v *interner) intern(w []byte) (int32, bool) {
	h := uint32(2166136261)
	for _, c := range w {
		h = (h ^ uint32(c)) * 16777619
	}
	if 2*(len(v.hashes)+1) > len(v.table) {
		v.grow()
	}
	mask := uint32(len(v.table) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := v.table[i]
		if e == 0 {
			id := int32(len(v.hashes))
			v.table[i] = id + 1
			v.hashes = append(v.hashes, h)
			v.starts = append(v.starts, int32(len(v.arena)))
			v.arena = append(v.arena, w...)
			return id, true
		}
		id := e - 1
		if v.hashes[id] == h && string(v.word(id)) == string(w) {
			return id, false
		}
	}
}

// word returns the bytes of term id.
func (v *interner) word(id int32) []byte {
	end := int32(len(v.arena))
	if int(id)+1 < len(v.starts) {
		end = v.starts[id+1]
	}
	return v.arena[v.starts[id]:end]
}

// grow doubles the table and reinserts every id.
func (v *interner) grow() {
	size := max(2*len(v.table), 1024)
	v.table = make([]int32, size)
	mask := uint32(size - 1)
	for id, h := range v.hashes {
		i := h & mask
		for v.table[i] != 0 {
			i = (i + 1) & mask
		}
		v.table[i] = int32(id) + 1
	}
}
