package pdfnote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxRunes bounds every string. A page holds at most some 75,000
// characters (narrow glyphs at 4 pt), so nothing beyond this could be drawn;
// cutting early keeps a pathological input from costing seconds.
const maxRunes = 100_000

// repl stands for a rune no font has, ellipsisMark for cut text; the Go
// fonts, first in every chain, have both.
const (
	repl         = '\uFFFD'
	ellipsisMark = "…"
)

// sanitizer makes strings safe for gofpdf and the font chain, counting
// the runes it had to replace and the text it cannot draw faithfully.
type sanitizer struct {
	fonts    chain
	replaced int
	// used marks the fonts of the chain that some rune is drawn in, so
	// that only those are loaded into the document.
	used []bool
	// missing counts letters, marks and digits no font has; complex
	// counts runes of scripts that need shaping. Either makes Render fail.
	missing, complex scriptTally
}

// chain is the fonts in the order they are tried for each rune: the first
// that has a rune draws it.
type chain []*Font

// pick returns the index of the first font that has r, or -1. The choice
// depends on r alone, not on its neighbours, so that a line cut out of a
// string is drawn in the fonts the string was measured in.
func (c chain) pick(r rune) int {
	for i, f := range c {
		if f.covers(r) {
			return i
		}
	}
	return -1
}

// clean returns s as a single line of text that gofpdf can draw with fc:
//   - invalid UTF-8, runes above U+FFFF (they panic gofpdf) and runes no
//     font has become U+FFFD and are counted: symbols in s.replaced,
//     letters, marks and digits in s.missing by script;
//   - runes of scripts that need shaping are counted in s.complex;
//   - text is NFC-composed first, because gofpdf cannot position combining
//     marks and the fonts have precomposed letters (e + U+0301 → é);
//   - line and paragraph breaks, tabs and Unicode spaces (NBSP included)
//     become a space, runs of spaces collapse, ends are trimmed: the layout
//     owns line breaking;
//   - other controls (C0, C1, DEL), format characters (BOM, ZWSP, ZWJ, soft
//     hyphen, bidi marks) and variation selectors are dropped: they are
//     invisible, and gofpdf would draw them as missing glyphs;
//   - text beyond maxRunes is cut, marked with an ellipsis.
func (s *sanitizer) clean(str string) string {
	cut := false
	if len(str) > 4*maxRunes {
		k := 4 * maxRunes
		for k > 0 && !utf8.RuneStart(str[k]) {
			k-- // cut between runes, not inside one
		}
		str, cut = str[:k], true
	}
	if !utf8.ValidString(str) {
		var b strings.Builder
		for len(str) > 0 {
			r, n := utf8.DecodeRuneInString(str)
			if r == utf8.RuneError && n == 1 {
				s.replaced++
			}
			b.WriteRune(r)
			str = str[n:]
		}
		str = b.String()
	}
	str = norm.NFC.String(str)
	var b strings.Builder
	b.Grow(len(str))
	space := false
	n := 0
	for i, r := range str {
		if n == maxRunes {
			cut = cut || strings.TrimSpace(str[i:]) != ""
			break
		}
		switch {
		case r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' ||
			r == 0x85 || r == 0x2028 || r == 0x2029 || unicode.Is(unicode.Zs, r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) ||
			0xFE00 <= r && r <= 0xFE0F:
			continue
		case r >= 0x0590 && unicode.Is(complexTable, r):
			s.complex.add(r)
		}
		fi := s.fonts.pick(r)
		if fi < 0 {
			// A letter is text someone must be able to read, and a font
			// would fix it; a symbol or a rune gofpdf cannot draw at all
			// (above U+FFFF) is shown as U+FFFD with a warning.
			if r < 1<<16 && unicode.In(r, unicode.L, unicode.M, unicode.N) && s.missing.script(r) != "Common" {
				s.missing.add(r)
			} else {
				s.replaced++
			}
			r, fi = repl, 0
		}
		s.used[fi] = true
		if space {
			b.WriteByte(' ')
			space = false
			n++
		}
		b.WriteRune(r)
		n++
	}
	if cut {
		b.WriteString(" " + ellipsisMark)
	}
	return b.String()
}

// cleanAll cleans each string of ss.
func (s *sanitizer) cleanAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, x := range ss {
		out[i] = s.clean(x)
	}
	return out
}
