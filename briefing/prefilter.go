package briefing

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"

	"github.com/brief-dev/brief/internal/vocab"
)

// A filteredRE is a regular expression with a cheap pre-test: the strings
// one of which every match contains. Most sentences contain none of them,
// and strings.Contains is far cheaper than running the expression: on a
// 10 MB document the outcome and organisation patterns were most of the
// time of briefing.New. Results are exactly those of the expression.
//
// The expression and its pre-test are built on first use, not when the
// program starts (see package lazyre).
type filteredRE struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
	need []string // nil: no pre-test
	lits *literalSet
	// fold: need is lower case and is looked for in the lower-cased text
	// (the pattern has case-insensitive parts).
	fold bool
}

func mustFiltered(expr string) *filteredRE { return &filteredRE{expr: expr} }

// get compiles the expression and its pre-test once.
func (f *filteredRE) get() *filteredRE {
	f.once.Do(func() {
		f.re = regexp.MustCompile(f.expr)
		f.need, f.fold = needOf(f.expr)
		if f.need != nil {
			f.lits = newLiteralSet(f.need)
		}
	})
	return f
}

// String returns the source text of the expression.
func (f *filteredRE) String() string { return f.expr }

// mayMatch reports whether s contains one of the needed strings.
func (f *filteredRE) mayMatch(s string) bool {
	f.get()
	if f.need == nil {
		return true
	}
	if f.fold {
		if vocab.IsASCII(s) {
			return f.lits.containsAnyLower(s)
		}
		// Case-insensitive ASCII letters also match U+212A (Kelvin sign,
		// lower-cased to k) and U+017F (long s, which ToLower keeps).
		if strings.ContainsRune(s, 'ſ') {
			return true
		}
		s = strings.ToLower(s)
	}
	return f.lits.containsAny(s)
}

// matchLower is MatchString for a text whose lower-cased form (lower) the
// caller has made once for several expressions.
func (f *filteredRE) matchLower(s, lower string) bool {
	f.get()
	if f.need != nil {
		t := s
		if f.fold {
			t = lower
		}
		if !strings.ContainsRune(s, 'ſ') && !f.lits.containsAny(t) {
			return false
		}
	}
	return f.re.MatchString(s)
}

// MatchString is regexp.MatchString, pre-tested.
func (f *filteredRE) MatchString(s string) bool {
	return f.mayMatch(s) && f.re.MatchString(s)
}

// FindAllStringSubmatchIndex is regexp.FindAllStringSubmatchIndex,
// pre-tested.
func (f *filteredRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !f.mayMatch(s) {
		return nil
	}
	return f.re.FindAllStringSubmatchIndex(s, n)
}

// FindStringSubmatch is regexp.FindStringSubmatch, pre-tested.
func (f *filteredRE) FindStringSubmatch(s string) []string {
	if !f.mayMatch(s) {
		return nil
	}
	return f.re.FindStringSubmatch(s)
}

// needOf returns strings one of which every match of expr contains, and
// whether they are lower case for a lower-cased text; nil when expr does
// not parse or no string of at least two bytes is needed (too weak a
// filter to pay for itself).
func needOf(expr string) ([]string, bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false
	}
	re = re.Simplify()
	fold := hasFold(re)
	need := required(re, fold)
	if shortest(need) < 2 {
		return nil, false
	}
	return need, fold
}

func hasFold(re *syntax.Regexp) bool {
	if re.Op == syntax.OpLiteral && re.Flags&syntax.FoldCase != 0 {
		return true
	}
	for _, sub := range re.Sub {
		if hasFold(sub) {
			return true
		}
	}
	return false
}

// required returns strings one of which every match of re contains, or
// nil when it cannot name such a set (optional parts, an empty branch,
// character classes, case folding outside ASCII). With fold the strings
// are lower-cased, for a lower-cased text: a text that contains a string
// contains it lower-cased once both are lower-cased.
func required(re *syntax.Regexp, fold bool) []string {
	switch re.Op {
	case syntax.OpLiteral:
		lit := string(re.Rune)
		if re.Flags&syntax.FoldCase != 0 {
			for _, r := range re.Rune {
				if r >= 0x80 {
					return nil
				}
			}
		}
		if fold {
			lit = strings.ToLower(lit)
		}
		return []string{lit}
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0], fold)
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0], fold)
		}
	case syntax.OpConcat:
		// Every part is in the match, and a run of parts with few exact
		// matches is in it as one of their concatenations ("was held",
		// "were held" rather than "was", "were" or "held"): take the part
		// or run whose shortest needed string is longest, the most
		// selective.
		var best []string
		consider := func(need []string) {
			if need != nil && shortest(need) > 0 && (best == nil || shortest(need) > shortest(best)) {
				best = need
			}
		}
		var run []string // concatenations of the current run, nil: none
		for _, sub := range re.Sub {
			ex := exact(sub, fold)
			if ex != nil && run != nil && len(run)*len(ex) <= maxExact {
				run = concatenations(run, ex)
				continue
			}
			consider(pruned(run))
			run = ex
			if ex == nil {
				consider(required(sub, fold))
			}
		}
		consider(pruned(run))
		return best
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			r := required(sub, fold)
			if r == nil {
				return nil
			}
			all = append(all, r...)
		}
		return all
	}
	return nil
}

func shortest(list []string) int {
	n := -1
	for _, s := range list {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

// maxExact bounds the strings exact and the concatenations of a run
// produce.
const maxExact = 16

// exact returns every string re matches, lower-cased with fold, or nil
// when they are not few or not plain ASCII. Assertions such as \b match
// the empty string: dropping them only widens the set a match must hit.
func exact(re *syntax.Regexp, fold bool) []string {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if r >= 0x80 {
				return nil
			}
		}
		lit := string(re.Rune)
		if fold {
			lit = strings.ToLower(lit)
		}
		return []string{lit}
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi >= 0x80 || int(hi-lo)+1+len(out) > 4 {
				return nil
			}
			for r := lo; r <= hi; r++ {
				c := string(r)
				if fold {
					c = strings.ToLower(c)
				}
				if !slices.Contains(out, c) {
					out = append(out, c)
				}
			}
		}
		return out
	case syntax.OpCapture:
		return exact(re.Sub[0], fold)
	case syntax.OpQuest:
		sub := exact(re.Sub[0], fold)
		if sub == nil || len(sub) >= maxExact {
			return nil
		}
		return append(sub, "")
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			ex := exact(sub, fold)
			if ex == nil || len(out)*len(ex) > maxExact {
				return nil
			}
			out = concatenations(out, ex)
		}
		return out
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			ex := exact(sub, fold)
			if ex == nil || len(out)+len(ex) > maxExact {
				return nil
			}
			out = append(out, ex...)
		}
		return out
	}
	return nil
}

// concatenations returns every a+b for a in left and b in right.
func concatenations(left, right []string) []string {
	out := make([]string, 0, len(left)*len(right))
	for _, a := range left {
		for _, b := range right {
			out = append(out, a+b)
		}
	}
	return out
}

// pruned drops duplicates and every string that contains another of the
// set: a text holding it holds the other too.
func pruned(set []string) []string {
	if set == nil {
		return nil
	}
	out := []string{}
	for i, s := range set {
		redundant := false
		for j, t := range set {
			if j != i && strings.Contains(s, t) && (len(t) < len(s) || j < i) {
				redundant = true
				break
			}
		}
		if !redundant {
			out = append(out, s)
		}
	}
	return out
}
