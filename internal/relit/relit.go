// Package relit finds the literal strings that every match of a regular
// expression must contain one of, so that a text holding none of them can
// be turned away without running the expression: finding a few literals is
// far cheaper than Go's matchers on long alternations and bounded
// repetitions. briefing pre-tests its outcome and organisation expressions
// so, and summarize its distributor lines.
package relit

import (
	"regexp/syntax"
	"slices"
	"strings"
)

// Needed returns strings one of which every match of expr contains, and
// whether they are lower case for a lower-cased text (the expression has
// case-insensitive parts); nil when expr does not parse or no string of at
// least two bytes is needed (too weak a filter to pay for itself).
//
// With fold, a text may match without containing a string when it holds
// U+017F (long s, which a case-insensitive "s" matches and
// strings.ToLower keeps): test such a text with the expression itself.
func Needed(expr string) ([]string, bool) {
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
