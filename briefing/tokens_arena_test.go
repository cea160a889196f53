package briefing

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestTokenArenaTake: the tokens an arena hands out are capped at their
// length, so that an append to a passage's tokens cannot write over the
// next passage's, and a passage longer than a block gets a block of its
// own.
func TestTokenArenaTake(t *testing.T) {
	ar := new(tokenArena)
	a, _ := ar.tokenize("The Prime Minister met the President.")
	b, _ := ar.tokenize("They signed an agreement.")
	first := b[0]
	_ = append(a, token{text: "x"})
	if b[0] != first {
		t.Fatalf("an append to the first passage's tokens wrote over the second's: %q", b[0].text)
	}
	if len(a) != 7 || cap(a) != len(a) {
		t.Errorf("tokens: length %d, capacity %d; want 7 and 7", len(a), cap(a))
	}
	long := make([]byte, 0, 3*tokenBlock)
	for range tokenBlock + 10 {
		long = append(long, "a "...)
	}
	if toks, _ := ar.tokenize(string(long)); len(toks) != tokenBlock+10 {
		t.Errorf("a passage of %d words has %d tokens", tokenBlock+10, len(toks))
	}
	ar.release()
}

// TestTokenArenaReuse: a brief is the same whether its document's tokens
// lie in a fresh arena or in one another document's tokens filled before.
func TestTokenArenaReuse(t *testing.T) {
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
