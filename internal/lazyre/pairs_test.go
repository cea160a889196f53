package lazyre

import (
	"regexp"
	"testing"
)

// pairExprs add to firstExprs expressions whose first two bytes tell
// more than their first byte: words in either case, several openings,
// repetitions, optional and empty elements, classes and non-ASCII
// characters first or second.
var pairExprs = append([]string{
	`(?i)^(since|last (year|month|week)|earlier|historically|traditionally|previously|in the past|in (19|20)\d\d\b)`,
	`^(?i:(both|the two|the) (sides|leaders)|they|we|meps|plenary)\b`,
	`^a?b?c`, `^(?:ab)*c`, `^a{2,3}`, `^a{0,1}b`, `^(?:x|)yz`, `^[a-c][^a-c]`, `^é[ab]`, `^[aé]x`, `^a[éx]`,
	`^a.`, `^a(?s:.)b`, `^\bab`, `^a$`, `^(a)(b)?$`, `(?i)^sk`, `(?i)^ks`, `^a+b`, `^a*b`, `^(?:ab|cd)+e`, `^\d\d`,
	`^\x{FFFD}a`, `^a\x{FFFD}`,
}, firstExprs...)

// pairTexts open with the pairs the expressions take, nearly take, and
// the bytes that stand for other characters.
var pairTexts = []string{"", "a", "b", "c", "ab", "abc", "ac", "bc", "aab", "aaa", "aa", "aé", "ax", "a\n", "a\nb", "ad",
	"ba", "cd", "ce", "abe", "abcde", "cdab", "yz", "xyz", "xz", "éa", "éx", "éb", "\xffa", "a\xff", "\xff\xff",
	"since 2020", "Since then", "SI", "sı", "ſince", "ſi", "last week", "Last", "LA", "la", "lb", "in the past", "In 1999",
	"in 2001", "int", "im", "Historically", "hi", "Hx", "traditionally", "Tr", "previously", "pr", "earlier", "EA",
	"both sides", "Bo", "the two leaders", "they", "we", "We", "wa", "meps", "plenary", "Pl", "\u212asx", "sk", "SK",
	"s\u212a", "ks", "k", "12", "1a", "a1", "\x00a", "a\x00", "Kelvin", "\u212aelvin", "\tof x", ", of", "¹ note", "[3] x"}

// TestFirstPairs: with the pairs' pre-test, each expression answers as
// the expression on every text.
func TestFirstPairs(t *testing.T) {
	for _, expr := range pairExprs {
		r, want := New(expr), regexp.MustCompile(expr)
		for _, s := range append(pairTexts, texts2(pairTexts)...) {
			if got, w := r.MatchString(s), want.MatchString(s); got != w {
				t.Errorf("%s on %q: %v, want %v", expr, s, got, w)
			}
		}
	}
}

// texts2 is every text of two bytes made of the first bytes of texts
// and the bytes that follow them.
func texts2(texts []string) []string {
	var bytes []byte
	seen := map[byte]bool{}
	for _, s := range texts {
		for i := 0; i < len(s) && i < 2; i++ {
			if !seen[s[i]] {
				seen[s[i]] = true
				bytes = append(bytes, s[i])
			}
		}
	}
	var out []string
	for _, a := range bytes {
		for _, b := range bytes {
			out = append(out, string([]byte{a, b}))
		}
	}
	return out
}

// TestFirstPairsPast: the expression of the past openings briefing asks
// of every sentence keeps, of the texts that open on two ASCII bytes,
// only those whose first two letters, in either case, open one of its
// words: si, la, ea, hi, tr, pr, in (the pre-test briefing wrote by hand
// before lazyre derived it).
func TestFirstPairsPast(t *testing.T) {
	p := firstPairs(pairExprs[0])
	if p == nil {
		t.Fatal("no pairs")
	}
	keep := map[string]bool{"si": true, "la": true, "ea": true, "hi": true, "tr": true, "pr": true, "in": true}
	for b0 := 0; b0 < 0x80; b0++ {
		for b1 := 0; b1 < 0x80; b1++ {
			want := keep[string([]byte{byte(b0) | 0x20, byte(b1) | 0x20})]
			if got := p.has(byte(b0), byte(b1)); got != want {
				t.Errorf("pair %q: %v, want %v", []byte{byte(b0), byte(b1)}, got, want)
			}
		}
	}
	if !p.has(0xc5, 'i') { // ſ (C5 BF) folds to s
		t.Error("a pair of a fold left out")
	}
	if p := firstPairs(`(?i)^ks`); p == nil || !p.has('k', 0xc5) || !p.has(0xe2, 's') || p.has('k', 't') {
		t.Error("(?i)^ks: the folds ſ of s and K (E2 84 AA) of k left out, or kt kept")
	}
	if firstPairs(`^x*`) != nil || firstPairs(`a`) != nil || firstPairs(`(?m)^a`) != nil {
		t.Error("pairs for an expression that gets no pre-test")
	}
}

// FuzzFirstPairs: on any text, the pre-tested expressions answer as the
// expressions.
func FuzzFirstPairs(f *testing.F) {
	for _, s := range pairTexts {
		f.Add(s)
	}
	res := make([]*regexp.Regexp, len(pairExprs))
	for i, expr := range pairExprs {
		res[i] = regexp.MustCompile(expr)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i, expr := range pairExprs {
			if got, want := New(expr).MatchString(s), res[i].MatchString(s); got != want {
				t.Errorf("%s on %q: %v, want %v", expr, s, got, want)
			}
		}
	})
}
