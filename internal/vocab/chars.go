package vocab

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsDigit reports whether c is an ASCII digit.
func IsDigit(c byte) bool { return '0' <= c && c <= '9' }

// IsASCIILetter reports whether c is an ASCII letter.
func IsASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// IsDigits reports whether s is a non-empty run of ASCII digits.
func IsDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !IsDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// CountWords counts the runs of characters between ASCII white space, as
// len(strings.Fields(s)) would for ASCII spacing, without allocating.
func CountWords(s string) int {
	// Branch-free over a byte table: a word starts where a space byte is
	// followed by another byte (the text's start counts as a space).
	n, wasSpace := 0, uint8(1)
	for i := 0; i < len(s); i++ {
		space := asciiSpace[s[i]]
		n += int(wasSpace &^ space)
		wasSpace = space
	}
	return n
}

// NumFields is len(strings.Fields(s)) without making the fields: the words
// between Unicode white space. Counting a sentence's words this way is
// several times cheaper than splitting it, and the sentence features count
// the words of every sentence.
func NumFields(s string) int {
	if IsASCII(s) {
		return CountWords(s) // the same white space in ASCII, without decoding runes
	}
	n, wasSpace := 0, 1
	for i := 0; i < len(s); {
		var space int
		if c := s[i]; c < utf8.RuneSelf {
			space = int(asciiSpace[c])
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				space = 1
			}
			i += size
		}
		n += wasSpace &^ space // a word starts after a space
		wasSpace = space
	}
	return n
}

// asciiSpace marks the ASCII white space of strings.Fields: space, \t, \n,
// \v, \f and \r. It covers every byte so that CountWords indexes it
// without a bounds check; bytes of multi-byte characters (≥ 0x80) are not
// spaces.
var asciiSpace = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// Fields is strings.Fields with one allocation: strings.Fields of a text
// with any non-ASCII byte (a curly quote) goes through FieldsFunc, which
// also allocates a slice of spans as long as the list of words.
func Fields(s string) []string {
	return AppendFields(make([]string, 0, NumFields(s)), s)
}

// AppendFields appends the fields of s (as strings.Fields splits them) to
// dst in one pass over s, for a caller that reuses one slice across texts
// instead of counting the words first to size a new one.
func AppendFields(dst []string, s string) []string {
	for i := 0; i < len(s); {
		i = skipSpace(s, i, true)
		if i == len(s) {
			break
		}
		start := i
		i = skipSpace(s, i, false)
		dst = append(dst, s[start:i])
	}
	return dst
}

// skipSpace returns the end of the run of white space (or, with space
// false, of other characters) that starts at i in s.
func skipSpace(s string, i int, space bool) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if (asciiSpace[c] != 0) != space {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) != space {
			return i
		}
		i += size
	}
	return i
}

// IsBullet reports whether r is a bullet glyph: a character that starts a
// list item ("• ", "➢ "). The sentence splitter takes one for a list item
// wherever it stands after white space, the structure pass at the start
// of a line. Plain punctuation that also marks items at the start of a
// line ("-", "*", "–") is left to each: it is a bullet only there.
func IsBullet(r rune) bool {
	switch r {
	case '•', '◦', '▪', '▫', '‣', '⁃', '●', '○', '■', '□', '►', '▶', '➢', '➤', '❖', '◆', '◇', '✓', '✔', '⦿', '⁌', '⁍':
		return true
	}
	return false
}

// Shorten returns s cut to at most n characters, ending in "…" when it was
// cut, with the spaces before the cut dropped. A text within n characters
// is returned as it is.
func Shorten(s string, n int) string {
	if len(s) <= n || utf8.RuneCountInString(s) <= n { // bytes ≥ characters
		return s
	}
	chars := 0
	for i := range s {
		if chars == n-1 {
			return strings.TrimRightFunc(s[:i], unicode.IsSpace) + "…"
		}
		chars++
	}
	return s
}
