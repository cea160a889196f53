package outfile

import (
	"os"

	"golang.org/x/term"
)

// IsTerminal reports whether f is a terminal (not merely a character
// device: /dev/null is one too).
func IsTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }
