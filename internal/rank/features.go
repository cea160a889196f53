package rank

import (
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/brief-dev/brief/internal/vocab"
)

// featureNames names the columns that features computes, in order. The
// fitted model refers to features by these names, so renaming one means
// refitting (go generate ./internal/rank).
var featureNames = []string{
	"first",        // the first sentence
	"second",       // the second sentence
	"third",        // the third sentence
	"pos4to5",      // fourth or fifth sentence
	"pos6to10",     // sixth to tenth sentence
	"relpos",       // index / number of sentences
	"invpos",       // 1 / (index+1): news front-loads, with a long tail
	"loglen",       // log(1 + words)
	"short",        // fewer than 8 words: captions, bylines, fragments
	"long",         // more than 45 words: run-ons and lists
	"lenrel",       // words / words of the longest sentence
	"centroid",     // tf-idf cosine to the document centroid
	"centroidrank", // 1 - rank/n of centroid (rank-normalised, robust to scale)
	"textrank",     // TextRank score × n (mean 1)
	"textrankrank", // 1 - rank/n of textrank
	"luhn",         // Luhn cluster score / best in document
	"firstsim",     // tf-idf cosine to the first sentence (stands in for a title)
	"titlesim",     // tf-idf cosine to the title (0 without one)
	"stopfrac",     // share of stopwords
	"numfrac",      // share of words starting with a digit
	"capsrel",      // share of capitalised words minus the document mean (0 in lower-cased text)
	"parastart",    // first sentence of a paragraph (0 without paragraph information)
	"pararelpos",   // paragraph index / paragraphs (0 without paragraph information)
	"quote",        // contains quotation marks: quotes are colour, not the news
	"question",     // ends with a question mark
	"bullet",       // a list item
	"termfreq",     // mean log document frequency of its content words
	"dangling",     // starts with a pronoun or connective that needs context
	"invpos_long",  // invpos × log(n)/log(30): position matters more in long stories
}

// FeatureNames returns the names of the sentence features that the default
// model weighs, in the column order of Features.
func FeatureNames() []string { return slices.Clone(featureNames) }

// numFeatures is the row width of the feature matrix.
var numFeatures = len(featureNames)

// Features returns one row of features per sentence of d, in the order of
// FeatureNames. It is the exact code the default ranker scores with, exposed
// so that the trainer fits on what the ranker sees.
func Features(d *Doc) [][]float64 {
	a := getAnalysis(d)
	defer putAnalysis(a)
	flat := make([]float64, len(d.Sentences)*numFeatures)
	a.features(d, flat)
	rows := make([][]float64, len(d.Sentences))
	for i := range rows {
		rows[i] = flat[i*numFeatures : (i+1)*numFeatures : (i+1)*numFeatures]
	}
	return rows
}

// danglingStarts are first words that make a sentence depend on the one
// before it, which reads badly in an extract (openings.txt).
var danglingStarts = sync.OnceValue(func() map[string]bool {
	return vocab.Set(vocab.Sections("openings.txt")["dangling"])
})

// features fills out (n × numFeatures, row-major) for the analysed doc.
func (a *analysis) features(d *Doc, out []float64) {
	n := a.n()
	if n == 0 {
		return
	}
	F := numFeatures
	// Scratch: textrank, luhn, centroid, firstsim, titlesim, order.
	need := 5 * n
	buf := make([]float64, need)
	tr, lu, cen, fs, ts := buf[:n], buf[n:2*n], buf[2*n:3*n], buf[3*n:4*n], buf[4*n:5*n]

	a.textRank(tr)
	a.luhn(lu)

	// Centroid similarity: cosine of each unit vector to the sum of all.
	sum := a.denseZero()
	for s := 0; s < n; s++ {
		w := a.sentW(s)
		for k, tc := range a.sentTerms(s) {
			sum[tc.id] += w[k]
		}
	}
	// |S|² = S·S = sum_s v_s·S, so the norm comes free with the dots.
	var sumNorm float64
	for s := 0; s < n; s++ {
		dot := a.dotDense(s, sum)
		cen[s] = dot
		sumNorm += dot
	}
	if sumNorm > 0 {
		inv := 1 / math.Sqrt(sumNorm)
		for s := range cen {
			cen[s] *= inv
		}
	}

	// Similarity to the first sentence and to the title.
	vec := a.denseZero()
	w0 := a.sentW(0)
	for k, tc := range a.sentTerms(0) {
		vec[tc.id] = w0[k]
	}
	for s := 0; s < n; s++ {
		fs[s] = a.dotDense(s, vec)
	}
	for _, tc := range a.sentTerms(0) {
		vec[tc.id] = 0
	}
	if len(a.title) > 0 {
		var norm float64
		for _, tc := range a.title {
			if a.stop[tc.id] || a.df[tc.id] == 0 {
				continue
			}
			x := float64(tc.tf) * a.idf[tc.id]
			vec[tc.id] = x
			norm += x * x
		}
		if norm > 0 {
			inv := 1 / math.Sqrt(norm)
			for s := 0; s < n; s++ {
				ts[s] = a.dotDense(s, vec) * inv
			}
		}
		for _, tc := range a.title {
			vec[tc.id] = 0
		}
	}

	// Document-level normalisers.
	maxLen, capsTotal, tokTotal := 0, 0, 0
	var trSum, luMax float64
	for s := 0; s < n; s++ {
		toks := a.sentToks(s)
		maxLen = max(maxLen, len(toks))
		tokTotal += len(toks)
		for _, t := range toks {
			if t.caps {
				capsTotal++
			}
		}
		trSum += tr[s]
		luMax = math.Max(luMax, lu[s])
	}
	capsMean := 0.0
	if tokTotal > 0 {
		capsMean = float64(capsTotal) / float64(tokTotal)
	}
	paras, prev := 1, d.Sentences[0].Paragraph
	for _, st := range d.Sentences[1:] {
		if st.Paragraph != prev {
			paras++
			prev = st.Paragraph
		}
	}
	hasParas := paras > 1 && paras < n
	longFactor := math.Log(float64(n)+1) / math.Log(31)

	cenRank := a.rankOf(cen)
	trRank := a.rankOf(tr)

	para := 0
	for s := 0; s < n; s++ {
		row := out[s*F : (s+1)*F]
		clear(row)
		toks := a.sentToks(s)
		nt := len(toks)
		fn := float64(n)
		if s < 3 {
			row[s] = 1
		}
		switch {
		case s < 3:
		case s < 5:
			row[3] = 1
		case s < 10:
			row[4] = 1
		}
		row[5] = float64(s) / fn
		row[6] = 1 / float64(s+1)
		row[7] = math.Log1p(float64(nt))
		if nt < 8 {
			row[8] = 1
		}
		if nt > 45 {
			row[9] = 1
		}
		if maxLen > 0 {
			row[10] = float64(nt) / float64(maxLen)
		}
		row[11] = cen[s]
		row[12] = 1 - float64(cenRank[s])/fn
		if trSum > 0 {
			row[13] = tr[s] * fn / trSum
		}
		row[14] = 1 - float64(trRank[s])/fn
		if luMax > 0 {
			row[15] = lu[s] / luMax
		}
		row[16] = fs[s]
		row[17] = ts[s]
		stops, nums, caps := 0, 0, 0
		var tf float64
		content := 0
		for _, t := range toks {
			if a.stop[t.id] {
				stops++
			} else {
				content++
				tf += a.logCtf[t.id]
			}
			if t.num {
				nums++
			}
			if t.caps {
				caps++
			}
		}
		if nt > 0 {
			row[18] = float64(stops) / float64(nt)
			row[19] = float64(nums) / float64(nt)
			row[20] = float64(caps)/float64(nt) - capsMean
		}
		if s > 0 && d.Sentences[s].Paragraph != d.Sentences[s-1].Paragraph {
			para++
		}
		if hasParas {
			if s == 0 || d.Sentences[s].Paragraph != d.Sentences[s-1].Paragraph {
				row[21] = 1
			}
			row[22] = float64(para) / float64(paras)
		}
		text := d.Sentences[s].Text
		if hasQuote(text) {
			row[23] = 1
		}
		if t := strings.TrimRight(text, " \"'”’)"); strings.HasSuffix(t, "?") {
			row[24] = 1
		}
		if d.Sentences[s].Bullet {
			row[25] = 1
		}
		if content > 0 {
			row[26] = tf / float64(content)
		}
		if nt > 0 && isDangling(text) {
			row[27] = 1
		}
		row[28] = row[6] * longFactor
	}
}

// hasQuote reports whether text contains a quotation mark: straight or
// curly double quotes, or the PTB-style “ and ” of tokenised corpora.
// Byte searches, one a mark, because strings.ContainsAny with non-ASCII
// runes decodes every rune, and a loop over the bytes was slower still.
func hasQuote(text string) bool {
	return strings.IndexByte(text, '"') >= 0 || strings.IndexByte(text, '`') >= 0 || strings.Contains(text, "''") ||
		strings.Contains(text, "“") || strings.Contains(text, "”")
}

// isDangling reports whether text starts with one of danglingStarts. The
// word is lower-cased into a fixed buffer; the map lookup on string(b) does
// not allocate.
func isDangling(text string) bool {
	var b [12]byte
	i := 0
	for i < len(text) && !isWordByte(text[i]) {
		i++
	}
	k := 0
	for ; i < len(text) && isWordByte(text[i]); i++ {
		if k == len(b) {
			return false
		}
		c := text[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
		k++
	}
	return danglingStarts()[string(b[:k])]
}

// rankOf returns for each index its 0-based rank by descending value, ties
// broken by lower index, so rank-normalised features are deterministic.
func (a *analysis) rankOf(v []float64) []int {
	n := len(v)
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(x, y int) int {
		if v[x] != v[y] {
			if v[x] > v[y] {
				return -1
			}
			return 1
		}
		return x - y
	})
	rank := make([]int, n)
	for r, i := range idx {
		rank[i] = r
	}
	return rank
}
