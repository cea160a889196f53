package outfile

import (
	"os"
	"strconv"
	"unicode/utf8"

	"golang.org/x/term"
)

// IsTerminal reports whether f is a terminal (not merely a character
// device: /dev/null is one too).
func IsTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// Printable is a file name as it can be shown on a terminal: a name with
// control characters (an escape sequence could rewrite the screen) or
// invalid UTF-8 is quoted Go-style, others are shown as they are.
func Printable(name string) string {
	if !utf8.ValidString(name) {
		return strconv.Quote(name)
	}
	for _, r := range name {
		if r < 0x20 || (r >= 0x7f && r < 0xa0) {
			return strconv.Quote(name)
		}
	}
	return name
}
