package relit

import (
	"slices"
	"strings"
	"testing"

	"github.com/brief-dev/brief/internal/vocab"
)

var testLiterals = []string{"signed", "sign", "agreed", "agreement", "mou", "mous", "ab", "ba", "aa", "é€", "\xff\xfe", "memorand", "memorandum of understanding",
	// long literals sharing their first eight bytes, and a short one their start
	"will be built", "will be held", "will be", "will be b", "will sign", "will signal"}

func checkLiterals(t *testing.T, text string) {
	t.Helper()
	set := NewSet(testLiterals)
	found := make([]bool, len(testLiterals))
	set.Find(text, found)
	// AppendFound marks the same, and lists each literal it marks once
	again := make([]bool, len(testLiterals))
	ids := set.AppendFound(nil, text, again)
	if !slices.Equal(again, found) {
		t.Errorf("appendFound(%q) marked %v, find %v", text, again, found)
	}
	listed := make([]bool, len(testLiterals))
	for _, id := range ids {
		if listed[id] {
			t.Errorf("appendFound(%q) listed %q twice", text, testLiterals[id])
		}
		listed[id] = true
	}
	if !slices.Equal(listed, found) {
		t.Errorf("appendFound(%q) listed %v, marked %v", text, ids, found)
	}
	if got, want := set.ContainsAny(text), slices.Contains(found, true); got != want {
		t.Errorf("containsAny(%q) = %v, find found %v", text, got, found)
	}
	if vocab.IsASCII(text) {
		if got, want := set.ContainsAnyLower(text), set.ContainsAny(strings.ToLower(text)); got != want {
			t.Errorf("containsAnyLower(%q) = %v, containsAny of its lower case %v", text, got, want)
		}
	}
	for i, l := range testLiterals {
		if want := strings.Contains(text, l); found[i] != want {
			t.Errorf("find(%q): %q found = %v, strings.Contains says %v", text, l, found[i], want)
		}
	}
	// the literals of four bytes or more alone: a set with no tiny pairs,
	// whose positions the quads alone pre-test
	var long []string
	for _, l := range testLiterals {
		if len(l) >= 4 {
			long = append(long, l)
		}
	}
	lset, lfound := NewSet(long), make([]bool, len(long))
	lset.Find(text, lfound)
	for i, l := range long {
		if want := strings.Contains(text, l); lfound[i] != want {
			t.Errorf("find(%q) without short literals: %q found = %v, strings.Contains says %v", text, l, lfound[i], want)
		}
	}
	if got, want := lset.ContainsAny(text), slices.Contains(lfound, true); got != want {
		t.Errorf("containsAny(%q) without short literals = %v, find found %v", text, got, lfound)
	}
}

func TestSet(t *testing.T) {
	for _, text := range []string{
		"", "a", "aa", "aaa", "ab", "bab", "they signed an agreement",
		"mous", "the mou was signed", "They SIGNED an Agreement", "MoU", "AB", "bA", "Sig", "the sig", "café€", "\xff\xfe\xff", "signe",
		"the memorandum of understanding was signed by both; the MEMORANDUM OF UNDERSTANDING, ab",
		"a memorandum was agreed", "xx memorand", "memorandum of understandin",
		"it will be built", "it will be hel", "it will be held", "WILL BE BUILT", "Will Sign", "will signa", "will signal", "xwill be", "will be b",
	} {
		checkLiterals(t, text)
	}
	for _, bad := range [][]string{{"a"}, {""}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("NewSet(%q) accepted a literal shorter than two bytes", bad)
				}
			}()
			NewSet(bad)
		}()
	}
}

// FuzzSet: find agrees with strings.Contains on any text.
func FuzzSet(f *testing.F) {
	f.Add("the two sides signed an agreement and agreed")
	f.Add("aab\xff\xfe")
	f.Add("they will be held and will sign, or will be built")
	f.Fuzz(checkLiterals)
}
