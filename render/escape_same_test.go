package render

import (
	"strings"
	"testing"
)

// escapeEveryByte is EscapeMarkdown as it was before it returned text that
// needs no backslash as it is: every byte copied into a new string.
func escapeEveryByte(s string) string {
	if !singleSpaced(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if escapedAt(s, i) {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

var escapeCases = []string{"", "plain words.", "2024. The year", "2024", "-x", "a-b", "x!", "!x", "#", "a_b", "1)", "12)x",
	"(1)", "  spaced\tout ", "ünï “q”", "*", "ends with #", "3.5 per cent", "no escape at all"}

func TestEscapeMarkdownCopiesOnlyWhenEscaping(t *testing.T) {
	for _, s := range escapeCases {
		if got, want := EscapeMarkdown(s), escapeEveryByte(s); got != want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzEscapeMarkdownSame(f *testing.F) {
	for _, s := range escapeCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := EscapeMarkdown(s), escapeEveryByte(s); got != want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", s, got, want)
		}
	})
}
