package lazyre

import (
	"regexp/syntax"
	"unicode"
)

// firstBytes returns the bytes a match of expr may start with, as a bit
// set, when expr is anchored at the start of the text (it begins with ^
// outside multi-line mode) and cannot match the empty string; nil
// otherwise, or when it holds what firstBytes does not follow. The set is
// never short of a byte a match starts with: every byte that starts a
// non-ASCII character is in it whenever a non-ASCII character may come
// first, and a case-insensitive letter brings every case of it.
func firstBytes(expr string) *ByteSet {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	if !anchored(re) {
		return nil
	}
	var set [4]uint64
	nullable, ok := first(re, &set)
	if !ok || nullable {
		return nil
	}
	return (*ByteSet)(&set)
}

// A ByteSet is a set of bytes: byte c is in it when bit c&63 of word c>>6
// is set.
type ByteSet [4]uint64

// allBytes is the set of every byte.
var allBytes = ByteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}

// Has reports whether c is in the set.
func (s *ByteSet) Has(c byte) bool { return s[c>>6]&(1<<(c&63)) != 0 }

// HoldsAny reports whether one of text's bytes is in the set.
func (s *ByteSet) HoldsAny(text string) bool {
	for i := 0; i < len(text); i++ {
		if s.Has(text[i]) {
			return true
		}
	}
	return false
}

// StartBytes returns the bytes a match of expr may start with, when expr
// cannot match the empty string; nil when it can, when it does not parse,
// when it holds what the analysis does not follow, or when every byte is
// in it. The set is never short of a byte a match starts with (see
// firstBytes), so a text that holds none of them has no match, wherever a
// match would start: the pre-test of expressions without a literal to
// look for.
func StartBytes(expr string) *ByteSet {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	var set [4]uint64
	nullable, ok := first(re, &set)
	if !ok || nullable || ByteSet(set) == allBytes {
		return nil
	}
	return (*ByteSet)(&set)
}

// anchored reports whether every match of re starts at the start of the
// text.
func anchored(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpCapture:
		return anchored(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && anchored(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !anchored(sub) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}

// first adds to set the bytes a match of re may start with and reports
// whether re matches the empty string; ok is false for what it does not
// follow. Assertions (^, $, \b) count as empty: the set may be larger
// than it need be, never smaller.
func first(re *syntax.Regexp, set *[4]uint64) (nullable, ok bool) {
	add := func(b int) { set[b>>6] |= 1 << (b & 63) }
	addRune := func(r rune) {
		if r < 0x80 {
			add(int(r))
			return
		}
		// every byte from 0x80 on, two whole words: the bytes one at a
		// time were most of the work of a case-folded expression's
		// analysis ("k" folds to the Kelvin sign, "s" to the long s), and
		// the cues compile while a batch runs
		set[2], set[3] = ^uint64(0), ^uint64(0)
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		r := re.Rune[0]
		addRune(r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				addRune(f)
			}
		}
		return false, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			for r := lo; r <= hi && r < 0x80; r++ {
				add(int(r))
			}
			if hi >= 0x80 {
				addRune(0x80)
			}
		}
		return false, true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		*set = allBytes
		return false, true
	case syntax.OpCapture, syntax.OpPlus:
		return first(re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		_, ok := first(re.Sub[0], set)
		return true, ok
	case syntax.OpRepeat:
		n, ok := first(re.Sub[0], set)
		return n || re.Min == 0, ok
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			n, ok := first(sub, set)
			if !ok {
				return false, false
			}
			if !n {
				return false, true
			}
		}
		return true, true
	case syntax.OpAlternate:
		any := false
		for _, sub := range re.Sub {
			n, ok := first(sub, set)
			if !ok {
				return false, false
			}
			any = any || n
		}
		return any, true
	}
	return false, false
}
