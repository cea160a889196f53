package briefing

import (
	"slices"
	"strings"
	"testing"

	"github.com/brief-dev/brief/internal/vocab"
)

var testLiterals = []string{"signed", "sign", "agreed", "agreement", "mou", "mous", "ab", "ba", "aa", "é€", "\xff\xfe", "memorand", "memorandum of understanding"}

func checkLiterals(t *testing.T, text string) {
	t.Helper()
	set := newLiteralSet(testLiterals)
	found := make([]bool, len(testLiterals))
	set.find(text, found)
	if got, want := set.containsAny(text), slices.Contains(found, true); got != want {
		t.Errorf("containsAny(%q) = %v, find found %v", text, got, found)
	}
	if vocab.IsASCII(text) {
		if got, want := set.containsAnyLower(text), set.containsAny(strings.ToLower(text)); got != want {
			t.Errorf("containsAnyLower(%q) = %v, containsAny of its lower case %v", text, got, want)
		}
	}
	for i, l := range testLiterals {
		if want := strings.Contains(text, l); found[i] != want {
			t.Errorf("find(%q): %q found = %v, strings.Contains says %v", text, l, found[i], want)
		}
	}
}

func TestLiteralSet(t *testing.T) {
	for _, text := range []string{
		"", "a", "aa", "aaa", "ab", "bab", "they signed an agreement",
		"mous", "the mou was signed", "They SIGNED an Agreement", "MoU", "AB", "bA", "Sig", "the sig", "café€", "\xff\xfe\xff", "signe",
		"the memorandum of understanding was signed by both; the MEMORANDUM OF UNDERSTANDING, ab",
		"a memorandum was agreed", "xx memorand", "memorandum of understandin",
	} {
		checkLiterals(t, text)
	}
	for _, bad := range [][]string{{"a"}, {""}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("newLiteralSet(%q) accepted a literal shorter than two bytes", bad)
				}
			}()
			newLiteralSet(bad)
		}()
	}
}

// FuzzLiteralSet: find agrees with strings.Contains on any text.
func FuzzLiteralSet(f *testing.F) {
	f.Add("the two sides signed an agreement and agreed")
	f.Add("aab\xff\xfe")
	f.Fuzz(checkLiterals)
}

// TestWordShapes: the shape pre-test passes every word of its set (the
// connectors and particles it stands before) and turns words away.
func TestWordShapes(t *testing.T) {
	l := getLex()
	for _, c := range []struct {
		set    map[string]bool
		shapes *wordShapes
	}{{l.connectors, &l.connectorShapes}, {l.particles, &l.particleShapes}} {
		if len(c.set) == 0 {
			t.Fatal("empty list")
		}
		for w := range c.set {
			if !c.shapes.may(w) {
				t.Errorf("%q: turned away by its own set's shapes", w)
			}
		}
	}
	s := shapesOf(map[string]bool{"of": true, "the": true})
	for w, want := range map[string]bool{"of": true, "on": true, "the": true, "tax": true, "said": false, "o": false, "": true, "x": false} {
		if got := s.may(w); got != want {
			t.Errorf("may(%q) = %v, want %v", w, got, want)
		}
	}
}
