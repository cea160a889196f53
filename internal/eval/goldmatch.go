package eval

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The matching rules of gold_score.py, function by function. Each keeps
// the Python original's name in its comment, so the two can be read side
// by side; a change here must be made there too, or the port's test
// against the Python scorer fails.

// honorifics are dropped from predicted person names before matching
// (HONORIFICS). "h.e" can never be a token; it is kept as the original has
// it.
var honorifics = setOf(`mr mrs ms miss dr prof shri smt sri hon honourable honorable
h.e he excellency his her sir dame lord lady mx rt
lt gen general lieutenant col colonel maj major capt captain adm admiral
vice rear cdr commander brig brigadier air marshal chief sgt
president prime minister secretary ambassador senator`)

// countryAliases are the other names of a country (COUNTRY_ALIASES), in
// the original's order: cforms applies them in turn to a growing set.
var countryAliases = []struct {
	name    string
	aliases []string
}{
	{"united states", []string{"us", "u s", "usa", "u s a", "america", "united states of america"}},
	{"united kingdom", []string{"uk", "u k", "britain", "great britain"}},
	{"south korea", []string{"republic of korea", "rok", "korea"}},
	{"north korea", []string{"dprk", "democratic people s republic of korea"}},
	{"russia", []string{"russian federation"}},
	{"china", []string{"prc", "people s republic of china"}},
	{"türkiye", []string{"turkiye", "turkey"}},
	{"vietnam", []string{"viet nam", "socialist republic of vietnam"}},
	{"sri lanka", []string{"democratic socialist republic of sri lanka"}},
	{"india", []string{"republic of india", "bharat"}},
}

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// toks is the original's toks(fold(s)): compatibility decomposition,
// combining marks dropped, lower case, then the runs of ASCII letters and
// digits. Every other character separates tokens, so the lower-casing only
// matters for ASCII letters (NFKD has already turned letters such as the
// Kelvin sign into theirs).
func toks(s string) []string {
	var out []string
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	d := norm.NFKD.String(s)
	for i := 0; i < len(d); {
		r, n := utf8.DecodeRuneInString(d[i:])
		if r >= utf8.RuneSelf && norm.NFKD.PropertiesString(d[i:]).CCC() != 0 {
			i += n // unicodedata.combining(c): a combining mark, dropped
			continue
		}
		i += n
		switch {
		case r >= 'A' && r <= 'Z':
			cur = append(cur, byte(r-'A'+'a'))
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			cur = append(cur, byte(r))
		default:
			flush()
		}
	}
	flush()
	return out
}

// normalize is norm: the tokens joined by single spaces.
func normalize(s string) string { return strings.Join(toks(s), " ") }

// personMatch is person_match: the prediction's tokens, honorifics
// dropped, are a non-empty subset of the gold name's and mentions' tokens
// and include the gold surname or the last token of a mention.
func personMatch(pred string, g *GoldPerson) bool {
	var pt []string
	for _, t := range toks(pred) {
		if !honorifics[t] {
			pt = append(pt, t)
		}
	}
	if len(pt) == 0 {
		return false
	}
	allowed := map[string]bool{}
	nameToks := toks(g.Name)
	for _, t := range nameToks {
		allowed[t] = true
	}
	for _, m := range g.Mentions {
		for _, t := range toks(m) {
			allowed[t] = true
		}
	}
	for _, t := range pt {
		if !allowed[t] {
			return false
		}
	}
	anchors := map[string]bool{}
	if len(nameToks) > 0 {
		anchors[nameToks[len(nameToks)-1]] = true
	}
	for _, m := range g.Mentions {
		var mt []string
		for _, t := range toks(m) {
			if !honorifics[t] {
				mt = append(mt, t)
			}
		}
		if len(mt) > 0 {
			anchors[mt[len(mt)-1]] = true
		}
	}
	for _, t := range pt {
		if anchors[t] {
			return true
		}
	}
	return false
}

// tokF1 is tok_f1: the F1 of the two token multisets.
func tokF1(a, b string) float64 {
	at, bt := toks(a), toks(b)
	if len(at) == 0 || len(bt) == 0 {
		return 0
	}
	left := map[string]int{}
	for _, t := range bt {
		left[t]++
	}
	common := 0
	for _, t := range at {
		if left[t] > 0 {
			left[t]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(len(at)), float64(common)/float64(len(bt))
	return 2 * p * r / (p + r)
}

// SameOutcome reports whether a predicted outcome sentence p matches a gold
// one g, by the scorer's rule (sentMatch): what a trainer labels its
// examples with.
func SameOutcome(p, g string) bool { return sentMatch(p, g) }

// sentMatch is sent_match: token-set Jaccard ≥ 0.5, or one normalised
// string inside the other and at least half its length.
func sentMatch(p, g string) bool {
	pn, gn := normalize(p), normalize(g)
	if pn == "" || gn == "" {
		return false
	}
	ps, gs := map[string]bool{}, map[string]bool{}
	for _, t := range strings.Split(pn, " ") {
		ps[t] = true
	}
	for _, t := range strings.Split(gn, " ") {
		gs[t] = true
	}
	inter := 0
	for t := range ps {
		if gs[t] {
			inter++
		}
	}
	union := len(ps) + len(gs) - inter
	if float64(inter)/float64(union) >= 0.5 {
		return true
	}
	short, long := pn, gn
	if len(gn) < len(pn) { // sorted by length, stable: ties keep pn first
		short, long = gn, pn
	}
	return strings.Contains(long, short) && float64(len(short)) >= 0.5*float64(len(long))
}

// prf is prf: precision, recall and F1, 0 where undefined.
func prf(tp, npred, ngold int) (p, r, f float64) {
	if npred > 0 {
		p = float64(tp) / float64(npred)
	}
	if ngold > 0 {
		r = float64(tp) / float64(ngold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// greedy is greedy: each prediction in turn takes the first unused gold
// item it matches. It returns the number of matches and, for each
// prediction, the index of its gold item or -1.
func greedy(npred, ngold int, match func(i, j int) bool) (tp int, pairs []int) {
	used := make([]bool, ngold)
	pairs = make([]int, npred)
	for i := range npred {
		pairs[i] = -1
		for j := range ngold {
			if !used[j] && match(i, j) {
				used[j] = true
				tp++
				pairs[i] = j
				break
			}
		}
	}
	return tp, pairs
}
