package briefing

import (
	"fmt"
	"math"
	"sort"
	"unicode"
	"unicode/utf8"
)

// The rank stage orders the sentences the outcome model lists in one
// document, so that when more are listed than a brief shows (maxOutcomes)
// the key outcomes come first. The sentence model's probability alone
// ranks each sentence against every sentence of every document; a long
// communiqué lists twenty firm commitments, and which five are its key
// outcomes is a question about the sentence against the document's
// other candidates: how sure the model is of it compared with the rest,
// where it stands, whether it repeats the title and the gist the other
// candidates share, how concrete it is. A RankModel weighs such features
// (rankFeatureNames, or any sentence feature by its name), fitted by the
// trainer on pairs of one document's candidates, a key outcome against
// one that is not.

// rankOwnFeatureNames are the rank stage's document-relative features of
// a listed sentence:
//   - rank_log_odds: the sentence model's log-odds;
//   - rank_order: its place among the listed by probability, 0 first, as
//     a share of the listed;
//   - rank_place: its place among the listed in the document's order, as
//     a share of the listed;
//   - rank_title: the share of the title's content words it repeats (the
//     first sentence's when there is no title);
//   - rank_gist: its mean word overlap with the other listed sentences
//     (what a document says several times is its gist);
//   - rank_echo: its largest word overlap with a listed sentence the
//     model is surer of (an elaboration of a pick adds little);
//   - rank_numbers: the share of its words that hold a digit (amounts,
//     dates, levels: concrete acts);
//   - rank_names: the share of its words after the first that open with a
//     capital (named bodies, places, instruments).
//
// (Only differences within a document count, so a feature that is the
// same for every sentence of a document, such as its best log-odds, adds
// nothing.)
var rankOwnFeatureNames = []string{"rank_log_odds", "rank_order", "rank_place", "rank_title", "rank_gist", "rank_echo", "rank_numbers", "rank_names"}

// RankFeatureNames returns the names a RankModel may weigh: the rank
// stage's own document-relative features, then every sentence feature
// (OutcomeFeatureNames), in the order of OutcomeCandidates.RankFeatures.
func RankFeatureNames() []string {
	return append(append([]string(nil), rankOwnFeatureNames...), outcomeFeatureNames...)
}

// rankFeatureIndex is the position of each of RankFeatureNames.
var rankFeatureIndex = func() map[string]int {
	idx := map[string]int{}
	for i, n := range RankFeatureNames() {
		idx[n] = i
	}
	return idx
}()

// RankModel orders one document's listed outcome sentences: the higher
// its Score, the earlier a sentence is picked. Its features are any of
// RankFeatureNames, each standardised by Mean and Scale as a
// LogisticModel's are; the weights are those of a logistic regression of
// which of two candidates of one document is the key outcome on the
// differences of their features, so only differences within a document
// count.
type RankModel struct {
	Description string           `json:"description"`
	Fit         string           `json:"fit"`
	Features    []OutcomeFeature `json:"features"`
}

// check reports a feature the code does not compute, a repeated one, or
// one that cannot be standardised.
func (r *RankModel) check() error {
	if r == nil {
		return nil
	}
	seen := map[string]bool{}
	for _, f := range r.Features {
		if _, ok := rankFeatureIndex[f.Name]; !ok {
			return fmt.Errorf("outcome rank model: no feature %q", f.Name)
		}
		if seen[f.Name] {
			return fmt.Errorf("outcome rank model: feature %q twice", f.Name)
		}
		seen[f.Name] = true
		if f.Scale == 0 {
			return fmt.Errorf("outcome rank model: feature %q has scale 0", f.Name)
		}
	}
	return nil
}

// score is the model's score of a candidate with all rank features x
// (RankFeatureNames).
func (r *RankModel) score(x []float64) float64 {
	z := 0.0
	for _, f := range r.Features {
		z += f.Weight * (x[rankFeatureIndex[f.Name]] - f.Mean) / f.Scale
	}
	return z
}

// rankFeatures returns the rank features (RankFeatureNames) of each of
// cands, one document's listed sentences with the sentence model m's
// probabilities.
func (a *analysis) rankFeatures(m *OutcomeModel, cands []scoredExample) [][]float64 {
	n := len(cands)
	if n == 0 {
		return nil
	}
	odds := make([]float64, n)
	for i, c := range cands {
		odds[i] = logit(c.p)
	}
	// Places by probability and in document order; ties keep the order
	// the candidates came in.
	byP := make([]int, n)
	byIndex := make([]int, n)
	for i := range n {
		byP[i], byIndex[i] = i, i
	}
	sort.SliceStable(byP, func(x, y int) bool { return cands[byP[x]].p > cands[byP[y]].p })
	sort.SliceStable(byIndex, func(x, y int) bool { return cands[byIndex[x]].ex.Index < cands[byIndex[y]].ex.Index })
	order := make([]int, n)
	place := make([]int, n)
	for k := range n {
		order[byP[k]] = k
		place[byIndex[k]] = k
	}
	sets := make([][]string, n)
	for i, c := range cands {
		sets[i] = a.contentWords(c.ex.Text, c.ex.Index)
	}
	title, at := a.d.Title, -1
	if title == "" && len(a.d.Sentences) > 0 {
		title, at = a.d.Sentences[0].Text, 0
	}
	titleSet := a.contentWords(title, at)
	out := make([][]float64, n)
	for i, c := range cands {
		x := make([]float64, 0, len(rankOwnFeatureNames)+len(c.ex.Features))
		gist, echo := 0.0, 0.0
		for j := range n {
			if j == i {
				continue
			}
			s := overlap(sets[i], sets[j])
			gist += s / float64(n-1)
			if order[j] < order[i] {
				echo = max(echo, s)
			}
		}
		numbers, names := a.concreteness(c.ex.Index)
		x = append(x, odds[i], float64(order[i])/float64(n), float64(place[i])/float64(n),
			covered(titleSet, sets[i]), gist, echo, numbers, names)
		out[i] = append(x, c.ex.Features...)
	}
	return out
}

// logit is the log-odds of probability p, bounded for p of 0 or 1.
func logit(p float64) float64 {
	p = min(max(p, 1e-9), 1-1e-9)
	return math.Log(p / (1 - p))
}

// contentWords is the set of s's folded words that are not stopwords,
// sorted and each once (wordSet's form, which overlap and covered read).
func (a *analysis) contentWords(s string, i int) []string {
	stop := englishStopwords()
	var set []string
	for _, w := range a.wordSet(s, i) {
		if !stop[w] {
			set = append(set, w)
		}
	}
	return set
}

// overlap is the Jaccard overlap of two word sets given as sorted lists
// of distinct words.
func overlap(x, y []string) float64 {
	inter := common(x, y)
	union := len(x) + len(y) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// common counts the words two sorted lists of distinct words share, in
// one merge.
func common(x, y []string) int {
	n := 0
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// covered is the share of the words of t that s holds (0 when t has
// none); both are sorted lists of distinct words.
func covered(t, s []string) float64 {
	if len(t) == 0 {
		return 0
	}
	return float64(common(t, s)) / float64(len(t))
}

// concreteness returns, of sentence i's words, the share that hold a digit
// and the share after the first that open with a capital.
func (a *analysis) concreteness(i int) (numbers, names float64) {
	if i < 0 || i >= len(a.sents) {
		return 0, 0
	}
	var n, digits, caps int
	for _, t := range a.sents[i].toks {
		if !t.word {
			continue
		}
		for _, r := range t.text {
			if r >= '0' && r <= '9' {
				digits++
				break
			}
		}
		if n > 0 {
			if r, _ := utf8.DecodeRuneInString(t.text); unicode.IsUpper(r) {
				caps++
			}
		}
		n++
	}
	if n == 0 {
		return 0, 0
	}
	return float64(digits) / float64(n), float64(caps) / float64(max(n-1, 1))
}

// rankCandidates orders cands, one document's listed sentences, for
// picking: by the rank model r's score when there is one and more are
// listed than are picked, else (and on equal scores) by the sentence
// model's probability.
func (a *analysis) rankCandidates(m *OutcomeModel, cands []scoredExample) {
	sort.SliceStable(cands, func(x, y int) bool { return cands[x].p > cands[y].p })
	if m.Rank == nil || len(cands) <= maxOutcomes {
		return
	}
	xs := a.rankFeatures(m, cands)
	score := make(map[int]float64, len(cands))
	for i, c := range cands {
		score[c.ex.Index] = m.Rank.score(xs[i])
	}
	sort.SliceStable(cands, func(x, y int) bool { return score[cands[x].ex.Index] > score[cands[y].ex.Index] })
}

// RankFeatures returns the candidates model m (its gate and rank stage
// unused) lists in the document, as indices into Examples, and the rank
// features of each (RankFeatureNames): a rank stage's training data.
func (c *OutcomeCandidates) RankFeatures(m *OutcomeModel) ([]int, [][]float64) {
	if c.a == nil || c.condolence {
		return nil, nil
	}
	var idx []int
	var cands []scoredExample
	for i, ex := range c.exs {
		if p := m.SentenceProbability(ex); p >= m.Threshold {
			idx = append(idx, i)
			cands = append(cands, scoredExample{ex, p})
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return idx, c.a.rankFeatures(m, cands)
}
