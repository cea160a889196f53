package vocab

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

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
		return ToLower(s) // no typographic apostrophe in ASCII
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

// ToLower is strings.ToLower, the same string for every input, in one
// pass: strings.ToLower scans a text once to learn whether it is ASCII
// with an upper-case letter, then again byte by byte through a Builder,
// and maps a text with one non-ASCII character rune by rune through
// strings.Map. Every sentence and every document is lower-cased (3 % of a
// batch's CPU went to strings.ToLower). ASCII bytes are mapped by a table;
// other runes as strings.Map maps them with unicode.ToLower, an invalid
// byte becoming U+FFFD. A text with nothing to change is returned as it
// is, as strings.ToLower returns it.
func ToLower(s string) string {
	i := 0 // the first byte that may change
	for i < len(s) && s[i] < utf8.RuneSelf && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	if s[i] >= utf8.RuneSelf {
		// strings.ToLower returns a text whose runes are all their own lower
		// case as it is; it rebuilds one that has an invalid byte
		j := i
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if r == utf8.RuneError && n == 1 || unicode.ToLower(r) != r {
				break
			}
			j += n
		}
		if j == len(s) {
			return s
		}
	}
	b := make([]byte, i, len(s)+utf8.UTFMax)
	copy(b, s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, lowerByte[c])
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r)) // RuneError for an invalid byte, as strings.Map
		i += n
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// lowerByte maps each ASCII byte to its lower case.
var lowerByte = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()
