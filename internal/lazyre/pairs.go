package lazyre

import (
	"regexp/syntax"
	"unicode"
)

// pairSet holds pairs of bytes: row b0 holds b1 for the pair b0 b1.
type pairSet [256]ByteSet

func (p *pairSet) has(b0, b1 byte) bool { return p[b0].Has(b1) }

// firstPairs returns the pairs of bytes a match of expr may start with
// (when the match is one byte long, that byte and any byte after it), for
// an expression firstBytes takes (anchored at the start of the text, never
// empty); nil otherwise. Like firstBytes' set, it is never short: a text
// of two bytes or more whose first two are not a pair of it cannot match.
// A non-ASCII character that may come first brings every pair that starts
// with a byte 0x80 or above (the expression's judgment then), and one
// that may come second every pair that ends with one; an assertion
// counts as empty.
func firstPairs(expr string) *pairSet {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil || !anchored(re) {
		return nil
	}
	var probe [4]uint64
	if nullable, ok := first(re, &probe); !ok || nullable {
		return nil
	}
	all := [4]uint64(allBytes)
	p := new(pairSet)
	if !pairs(re, &all, p) {
		return nil
	}
	return p
}

// pairs adds to p the first two bytes of every text that is a match of re
// of one byte or more followed by any text that starts with a byte of
// follow (the bytes that may come after re's match: what follows re in
// the expression, every byte where the match may end). A match of re that
// is empty adds nothing: the caller adds what follows it. It reports
// false for what first does not follow.
func pairs(re *syntax.Regexp, follow *[4]uint64, p *pairSet) bool {
	// one adds the pairs of a match whose first character is r and whose
	// second byte is one of next.
	one := func(r rune, next *[4]uint64) {
		if r >= 0x80 {
			// Its bytes, or a byte the matcher reads as U+FFFD, then
			// anything: left to the expression.
			for b := 0x80; b < 0x100; b++ {
				p[b] = allBytes
			}
			return
		}
		for i := range next {
			p[r][i] |= next[i]
		}
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpNoMatch:
		return true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		next := follow
		if len(re.Rune) > 1 {
			// the second character's first bytes, in every case
			var set [4]uint64
			first(&syntax.Regexp{Op: syntax.OpLiteral, Rune: re.Rune[1:2], Flags: re.Flags}, &set)
			next = &set
		}
		r := re.Rune[0]
		one(r, next)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				one(f, next)
			}
		}
		return true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			for r := lo; r <= hi && r < 0x80; r++ {
				one(r, follow)
			}
			if hi >= 0x80 {
				one(0x80, follow)
			}
		}
		return true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		for r := rune(0); r <= 0x80; r++ {
			if r != '\n' || re.Op == syntax.OpAnyChar {
				one(r, follow)
			}
		}
		return true
	case syntax.OpCapture, syntax.OpQuest:
		return pairs(re.Sub[0], follow, p)
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		// A repetition's match is matches of its expression one after
		// the other: after one comes another, or what follows.
		if re.Op == syntax.OpRepeat && re.Max == 0 {
			return true
		}
		next := *follow
		if re.Op != syntax.OpRepeat || re.Max != 1 {
			if _, ok := first(re.Sub[0], &next); !ok {
				return false
			}
		}
		return pairs(re.Sub[0], &next, p)
	case syntax.OpConcat:
		// A match starts in the first element, or in a later one when
		// those before it matched empty.
		for i, sub := range re.Sub {
			var next [4]uint64
			rest := true // the elements after sub may all match empty
			for _, after := range re.Sub[i+1:] {
				n, ok := first(after, &next)
				if !ok {
					return false
				}
				if !n {
					rest = false
					break
				}
			}
			if rest {
				for k := range next {
					next[k] |= follow[k]
				}
			}
			if !pairs(sub, &next, p) {
				return false
			}
			var scratch [4]uint64
			n, ok := first(sub, &scratch)
			if !ok {
				return false
			}
			if !n {
				break
			}
		}
		return true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !pairs(sub, follow, p) {
				return false
			}
		}
		return true
	}
	return false
}
