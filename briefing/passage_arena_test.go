package briefing

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestPassageArena: a passage made in an arena is the one newPassage
// makes, its slices capped at their length, so that an append to one
// passage's cannot write over the next passage's, and a passage longer
// than a block gets a block of its own.
func TestPassageArena(t *testing.T) {
	ar := passageArenas.Get().(*passageArena)
	texts := []string{"The Prime Minister of India met President Putin in Moscow.", "They signed an agreement."}
	var made []*passage
	for _, text := range texts {
		s := ar.passage(text, 0)
		if want := newPassage(text, 0); !reflect.DeepEqual(s, want) {
			t.Errorf("%q: the arena's passage differs from newPassage's", text)
		}
		if cap(s.toks) != len(s.toks) || cap(s.flags) != len(s.flags) || cap(s.owner) != len(s.owner) || cap(s.roleOf) != len(s.roleOf) {
			t.Errorf("%q: a slice of the passage is not capped at its length", text)
		}
		made = append(made, s)
	}
	first := made[1].toks[0]
	_ = append(made[0].toks, token{text: "x"})
	if made[1].toks[0] != first {
		t.Fatalf("an append to the first passage's tokens wrote over the second's: %q", made[1].toks[0].text)
	}
	long := make([]byte, 0, 3*maxKept)
	for range maxKept + 10 {
		long = append(long, "a "...)
	}
	if s := ar.passage(string(long), 0); len(s.toks) != maxKept+10 {
		t.Errorf("a passage of %d words has %d tokens", maxKept+10, len(s.toks))
	}
	ar.release()
}

// TestPassageArenaReuse: a brief is the same whether its document's
// passages lie in a fresh arena or in one another document's filled
// before.
func TestPassageArenaReuse(t *testing.T) {
	files, _ := filepath.Glob("../samples/*.txt")
	if len(files) < 2 {
		t.Skip("fewer than two samples")
	}
	note := func(file string) string {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		j, err := json.Marshal(briefOf(t, parse(t, raw), Options{}))
		if err != nil {
			t.Fatal(err)
		}
		return string(j)
	}
	first := note(files[0])
	for _, f := range files[1:] {
		note(f)
	}
	if again := note(files[0]); again != first {
		t.Errorf("%s: the brief changed once the arenas were reused", files[0])
	}
}
