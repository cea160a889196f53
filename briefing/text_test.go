package briefing

import (
	"strings"
	"testing"
	"unicode"
	"unsafe"
)

// checkTokens fails when a token of text is not the text at its offsets
// or its folded form is not fold of its text: tokenize makes the folded
// forms of an ASCII text from one lower-cased copy.
func checkTokens(t *testing.T, text string) {
	t.Helper()
	for _, tok := range tokenize(text) {
		if tok.start < 0 || int(tok.end) > len(text) || text[tok.start:tok.end] != tok.text {
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

// TestSpanJoinsFields: span returns the text of the tokens with white
// space collapsed to single spaces, whether it takes the text as it is or
// rebuilds it.
func TestSpanJoinsFields(t *testing.T) {
	for _, text := range []string{
		"Minister Jane Roe", "Jane  Roe", "Jane\tRoe", "Jane\nRoe", "Jane\u00a0Roe", "Jane\u2009Roe",
		"Jane\u0085Roe", "Côte d’Ivoire", "a", "Jane \xff Roe", "Jane\r\n Roe", "U.S. - China",
	} {
		toks := tokenize(text)
		want := strings.Join(strings.Fields(text[toks[0].start:toks[len(toks)-1].end]), " ")
		if got := span(text, toks, 0, len(toks)); got != want {
			t.Errorf("span(%q) = %q, want %q", text, got, want)
		}
	}
}

// FuzzSingleSpaced: a single-spaced text is its fields joined by spaces.
func FuzzSingleSpaced(f *testing.F) {
	f.Add("Jane Roe")
	f.Add(" Jane  Roe\u00a0")
	f.Fuzz(func(t *testing.T, s string) {
		if singleSpaced(s) && strings.Join(strings.Fields(s), " ") != s {
			t.Errorf("singleSpaced(%q), but its fields join to %q", s, strings.Join(strings.Fields(s), " "))
		}
	})
}

// TestTokenSize holds a token at 48 bytes: every sentence's tokens are
// made and walked many times, and a field that grows it costs every
// document (see token).
func TestTokenSize(t *testing.T) {
	if n := unsafe.Sizeof(token{}); n != 48 {
		t.Errorf("a token takes %d bytes, want 48", n)
	}
}
