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

// sanitizer makes strings safe for gofpdf and the current face, counting
// the runes it had to replace.
type sanitizer struct {
	fc       *face
	replaced int
}

// clean returns s as a single line of text that gofpdf can draw with fc:
//   - invalid UTF-8, runes above U+FFFF (they panic gofpdf) and runes the
//     font lacks become fc.repl and are counted;
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
		case !s.fc.covers(r):
			r = s.fc.repl
			s.replaced++
		}
		if space {
			b.WriteByte(' ')
			space = false
			n++
		}
		b.WriteRune(r)
		n++
	}
	if cut {
		b.WriteString(" " + s.fc.ell)
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
