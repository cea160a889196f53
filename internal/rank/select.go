package rank

import (
	"math"
	"slices"
)

// Budget bounds a summary: at most Sentences sentences (0 = no limit;
// negative values count as 0) and, when Words > 0, whole sentences whose
// total word count (CountWords) stays within Words. A
// non-empty document never yields an empty summary: if the best sentence
// alone exceeds Words, it is taken anyway.
type Budget struct{ Sentences, Words int }

// Pick is a selected sentence.
type Pick struct {
	Index int     // position of the sentence in Doc.Sentences
	Score float64 // the ranker's score
	Rank  int     // 1 = the highest-scored sentence of the document
}

// Redundancy control. Small summaries (news highlights, k = 3) suffer from
// two sentences that say the same thing, so a candidate sharing any word
// trigram with what is already chosen is skipped (trigram blocking, as in
// Paulus et al. 2018 and BertSumExt). Large summaries (40 % of an article)
// necessarily repeat vocabulary, and blocking there throws away good
// sentences, so above the small-budget bound only near-duplicates are
// skipped. Skipped sentences still fill the budget if nothing else is left.
const (
	// blockMaxK is the largest effective sentence budget that gets full
	// trigram blocking.
	blockMaxK = 5
	// blockMaxRatio is the largest budget/sentences ratio that gets full
	// trigram blocking: picking most of a short document is not the place
	// to be choosy.
	blockMaxRatio = 0.34
	// nearDupShare is the share of a candidate's trigrams already chosen
	// above which it counts as a near-duplicate at any budget.
	nearDupShare = 0.6
)

// Choose scores d with r and selects within b: the one call to make a
// summary with a ranker. It returns the picks and the score of every
// sentence. It is Select over r's scores, except for the "lead" ranker,
// which is the LEAD-k baseline and by definition takes the leading
// sentences verbatim, with no redundancy control (so its figures match the
// published LEAD-3).
func Choose(d *Doc, r Ranker, b Budget) ([]Pick, []float64) {
	scores := r.Score(d)
	if _, ok := r.(leadRanker); ok {
		return selectOrder(d, scores, b, false), scores
	}
	return Select(d, scores, b), scores
}

// Select chooses sentences within the budget, most important first, with
// budget-aware redundancy control, and returns them in document order.
// Equal scores prefer the earlier sentence; NaN scores rank last. scores
// must have one entry per sentence of d (Select panics otherwise, as that
// is a programming error).
func Select(d *Doc, scores []float64, b Budget) []Pick {
	return selectOrder(d, scores, b, true)
}

// selectOrder is Select with redundancy control optional.
func selectOrder(d *Doc, scores []float64, b Budget, redundancyControl bool) []Pick {
	n := len(d.Sentences)
	if len(scores) != n {
		panic("rank.Select: len(scores) != len(d.Sentences)")
	}
	if n == 0 {
		return nil
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	key := func(i int) float64 {
		if math.IsNaN(scores[i]) {
			return math.Inf(-1)
		}
		return scores[i]
	}
	slices.SortStableFunc(order, func(x, y int) int {
		kx, ky := key(x), key(y)
		switch {
		case kx > ky:
			return -1
		case kx < ky:
			return 1
		}
		return x - y
	})

	limit := b.Sentences
	if limit <= 0 || limit > n {
		limit = n
	}
	var words []int
	k := limit
	if b.Words > 0 {
		words = make([]int, n)
		total := 0
		for i, s := range d.Sentences {
			words[i] = countWords(s.Text)
			total += words[i]
		}
		// The word budget in sentences of average length, for choosing the
		// strength of redundancy control.
		if total > 0 {
			kw := int(math.Ceil(float64(b.Words) * float64(n) / float64(total)))
			k = min(k, max(kw, 1))
		}
	}
	strict := k <= blockMaxK && float64(k) <= blockMaxRatio*float64(n)
	// Choosing everything needs no control.
	control := redundancyControl && (limit < n || b.Words > 0)

	var (
		chosen  []int
		skipped []int
		grams   []uint64 // trigrams of the chosen sentences
		cand    []uint64
		used    int
	)
	fits := func(i int) bool {
		return words == nil || used+words[i] <= b.Words
	}
	for _, i := range order {
		if len(chosen) == limit {
			break
		}
		if !fits(i) {
			continue
		}
		if control {
			cand = trigrams(d.Sentences[i].Text, cand[:0])
			if redundant(cand, grams, strict) {
				skipped = append(skipped, i)
				continue
			}
			grams = append(grams, cand...)
		}
		chosen = append(chosen, i)
		if words != nil {
			used += words[i]
		}
	}
	// Fill with skipped sentences, best first, when nothing else fits.
	for _, i := range skipped {
		if len(chosen) == limit {
			break
		}
		if fits(i) {
			chosen = append(chosen, i)
			if words != nil {
				used += words[i]
			}
		}
	}
	if len(chosen) == 0 {
		chosen = append(chosen, order[0])
	}

	rank := make([]int, n)
	for r, i := range order {
		rank[i] = r + 1
	}
	slices.Sort(chosen)
	picks := make([]Pick, len(chosen))
	for j, i := range chosen {
		picks[j] = Pick{Index: i, Score: scores[i], Rank: rank[i]}
	}
	return picks
}

// redundant reports whether a candidate with trigrams cand repeats the
// chosen trigrams: any shared trigram when strict, else a share of at
// least nearDupShare.
func redundant(cand, chosen []uint64, strict bool) bool {
	if len(cand) == 0 || len(chosen) == 0 {
		return false
	}
	shared := 0
	for _, g := range cand {
		if slices.Contains(chosen, g) {
			if strict {
				return true
			}
			shared++
		}
	}
	return float64(shared) >= nearDupShare*float64(len(cand))
}

// trigrams appends hashes of the lower-cased word trigrams of text to dst.
// Words are runs of word bytes, as for ranking.
func trigrams(text string, dst []uint64) []uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	var w1, w2 uint64
	seen := 0
	for i := 0; ; {
		start, end := nextWord(text, i)
		if start == end {
			break
		}
		i = end
		h := uint64(offset)
		for j := start; j < end; j++ {
			c := text[j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * prime
		}
		seen++
		if seen >= 3 {
			dst = append(dst, (w1*prime^w2)*prime^h)
		}
		w1, w2 = w2, h
	}
	return dst
}

// CountWords counts the words of s as Budget counts them: whitespace
// separated tokens holding at least one letter or digit (any non-ASCII
// byte counts as a letter, except the punctuation block E2 80 xx of
// dashes and curly quotes), so that a lone "," or "—" does not use up a
// word budget. Transcripts that keep punctuation as tokens ("Yeah , sure
// .") would otherwise get a tenth fewer words than they are allowed.
func CountWords(s string) int { return countWords(s) }

func countWords(s string) int {
	c, in, word := 0, false, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f'
		if sp {
			in = false
			continue
		}
		if !in {
			in, word = true, false
		}
		if s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 {
			i += 2 // a dash or quotation mark
			continue
		}
		if !word && isWordByte(s[i]) {
			word = true
			c++
		}
	}
	return c
}
