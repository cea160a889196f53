package briefing

import (
	"os"
	"testing"

	"github.com/brief-dev/brief/internal/vocab"
)

// TestRORIndex: the embedded table of the registered organisations is the
// one the list makes now; -update rewrites it (go generate), as a change
// to known-ror.txt or to the tokenizer needs.
func TestRORIndex(t *testing.T) {
	want := encodeRORIndex(vocab.Sections("known-ror.txt")[""])
	if *update {
		if err := os.WriteFile("orgs_ror.idx", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if rorIndexData != want {
		t.Fatal("orgs_ror.idx is stale: run go generate ./briefing (go test -run ^TestRORIndex$ -update)")
	}
}

// TestRORName: the look-up finds a form of an invented list by its name or
// an alias, whatever its case and spacing for two words or more, a
// one-word form only as written, and no acronym or run of its words.
func TestRORName(t *testing.T) {
	idx := encodeRORIndex([]string{"Ministry of Lunar Affairs | Lunar Ministry; MOLA; Lunaria", "Orbital Trust"})
	has := func(f string) bool { return rorHasForm(idx, rorKey(f, words(f))) }
	for f, want := range map[string]bool{
		"Ministry of Lunar Affairs":  true,
		"ministry of  lunar affairs": true,
		"Lunar Ministry":             true,
		"Orbital Trust":              true,
		"Lunaria":                    true,
		"LUNARIA":                    false, // one word: as written
		"MOLA":                       false, // an acronym counts for nothing
		"Ministry of Lunar":          false,
		"Orbital Trust Fund":         false,
		"":                           false,
	} {
		if got := has(f); got != want {
			t.Errorf("%q: got %v, want %v", f, got, want)
		}
	}
	if rorHas("", "orbital trust") {
		t.Error("an empty table holds a key")
	}
}

// TestRORLoad: the embedded list of registered organisations loads, holds
// a few thousand forms, and answers for names of several words folded and
// leaves out acronyms and runs of a name's words.
func TestRORLoad(t *testing.T) {
	if n := len(rorIndex()) / 8; n < 10000 {
		t.Fatalf("list too small: %d keys", n)
	}
	for _, name := range []string{"Japan International Cooperation Agency", "japan international cooperation agency"} {
		if !rorName(name, words(name), nil) {
			t.Errorf("%q: not a registered name", name)
		}
	}
	if !rorName("JICA", words("JICA"), []string{"Japan International Cooperation Agency"}) {
		t.Error("an alias that is a registered name does not count")
	}
	for _, name := range []string{"JICA", "International Cooperation Agency", "Ministry of Foreign Affairs", "Ministry"} {
		if rorName(name, words(name), nil) {
			t.Errorf("%q: a registered name", name)
		}
	}
}
