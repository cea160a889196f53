package briefing

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// A filteredRE is a regular expression with a cheap pre-test: the strings
// one of which every match contains. Most sentences contain none of them,
// and strings.Contains is far cheaper than running the expression: on a
// 10 MB document the outcome and organisation patterns were most of the
// time of briefing.New. Results are exactly those of the expression.
type filteredRE struct {
	*regexp.Regexp
	need []string // nil: no pre-test
	// fold: need is lower case and is looked for in the lower-cased text
	// (the pattern has case-insensitive parts).
	fold bool
}

func mustFiltered(expr string) *filteredRE {
	f := &filteredRE{Regexp: regexp.MustCompile(expr)}
	f.need, f.fold = needOf(expr)
	return f
}

// mayMatch reports whether s contains one of the needed strings.
func (f *filteredRE) mayMatch(s string) bool {
	if f.need == nil {
		return true
	}
	if f.fold {
		// Case-insensitive ASCII letters also match U+212A (Kelvin sign,
		// lower-cased to k) and U+017F (long s, which ToLower keeps).
		if strings.ContainsRune(s, 'ſ') {
			return true
		}
		s = strings.ToLower(s)
	}
	for _, n := range f.need {
		if strings.Contains(s, n) {
			return true
		}
	}
	return false
}

// MatchString is regexp.MatchString, pre-tested.
func (f *filteredRE) MatchString(s string) bool {
	return f.mayMatch(s) && f.Regexp.MatchString(s)
}

// FindAllStringSubmatchIndex is regexp.FindAllStringSubmatchIndex,
// pre-tested.
func (f *filteredRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !f.mayMatch(s) {
		return nil
	}
	return f.Regexp.FindAllStringSubmatchIndex(s, n)
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
		// every part is in the match: take the part whose shortest
		// needed string is longest, the most selective.
		var best []string
		for _, sub := range re.Sub {
			if r := required(sub, fold); r != nil && (best == nil || shortest(r) > shortest(best)) {
				best = r
			}
		}
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
