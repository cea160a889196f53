package vocab

import (
	"encoding/binary"
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
	i := 0
	for ; i+8 <= len(s); i += 8 { // eight bytes at a time: every sentence is asked
		if load64(s[i:])&highBits != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Eight bytes at a time: ToLower and IsASCII read a text as 64-bit words,
// each byte a lane (a text is mostly ASCII, and a byte at a time was
// about 2.5 % of a batch's instructions).
const (
	lowBits  = 0x0101010101010101 // 1 in each byte
	highBits = 0x80 * lowBits     // the top bit of each byte: set in none of an ASCII word
)

// load64 reads the first eight bytes of s, which has at least eight, as
// one little-endian word.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// upperBits has the top bit set in each byte of w, an ASCII word, that is
// an upper-case letter: a byte from 'A' gets its top bit by adding
// 0x80-'A', one past 'Z' by adding 0x7f-'Z' (no byte under 0x80 carries
// into the next).
func upperBits(w uint64) uint64 {
	return (w + (0x80-'A')*lowBits) &^ (w + (0x7f-'Z')*lowBits) & highBits
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
	for i+8 <= len(s) {
		if w := load64(s[i:]); w&highBits != 0 || upperBits(w) != 0 {
			break
		}
		i += 8
	}
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
		if i+8 <= len(s) {
			if w := load64(s[i:]); w&highBits == 0 {
				// the upper-case letters get their 0x20 bit: the top bit
				// of upperBits, moved two places
				b = binary.LittleEndian.AppendUint64(b, w|upperBits(w)>>2)
				i += 8
				continue
			}
		}
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
