package vocab

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold is the form a word takes in the lists' look-ups: lower case,
// without accents or a final full stop or apostrophe, with typographic
// apostrophes and dashes made plain ("ZOË" → "zoe", "Gov’t." → "gov't").
// The readers of the lists and the programs that write them share it, so
// that a word is written as it is looked up.
func Fold(s string) string {
	s = strings.TrimSuffix(s, ".")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "’"), "'")
	if IsASCII(s) {
		return strings.ToLower(s) // no typographic apostrophe in ASCII
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '’' || r == '‘':
			r = '\''
		case r == '–' || r == '—':
			r = '-'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// IsASCII reports a string of ASCII bytes only, which folds by
// lower-casing alone.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
