package briefing

import (
	"strings"
	"testing"
	"unicode"
)

// checkTokens fails when a token of text is not the text at its offsets
// or its folded form is not fold of its text: tokenize makes the folded
// forms of an ASCII text from one lower-cased copy.
func checkTokens(t *testing.T, text string) {
	t.Helper()
	for _, tok := range tokenize(text) {
		if tok.start < 0 || tok.end > len(text) || text[tok.start:tok.end] != tok.text {
			t.Fatalf("tokenize(%q): token %q at [%d:%d]", text, tok.text, tok.start, tok.end)
		}
		if tok.folded != fold(tok.text) {
			t.Errorf("tokenize(%q): token %q folded %q, fold gives %q", text, tok.text, tok.folded, fold(tok.text))
		}
	}
}

func TestTokenFolded(t *testing.T) {
	for _, text := range []string{
		"", "The U.S. and the EU's leaders' meeting.", "Dr. J. Smith's 'quote'. 3.5 per cent.",
		"Leaders’ Roundtable of Côte d’Ivoire – ÉTATS-UNIS", "x.' ab'. . ' 's ’s", "ALL CAPS. Mixed CaSe.",
		"M&MTC, IRIGC-M&MTC; H.E.Mr Jaishankar", "\xff\xfe Bad UTF-8.",
	} {
		checkTokens(t, text)
	}
}

// FuzzTokenize: every token is the text at its offsets, with its fold.
func FuzzTokenize(f *testing.F) {
	f.Add("The U.S. and the EU's leaders' meeting.")
	f.Add("Leaders’ Roundtable of Côte d’Ivoire")
	f.Fuzz(checkTokens)
}

// TestIsWordRune: the ASCII table agrees with the Unicode classes.
func TestIsWordRune(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r); got != want {
			t.Errorf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}

// TestLowerText: a passage's text lower-cased, whether tokenize made the
// copy (ASCII) or not.
func TestLowerText(t *testing.T) {
	for _, text := range []string{"", "The U.S. and the EU Agreed.", "already lower", "Café Élysée talks", "K\u212A"} {
		if got, want := newPassage(text, 0).lowerText(), strings.ToLower(text); got != want {
			t.Errorf("lowerText(%q) = %q, want %q", text, got, want)
		}
	}
}
