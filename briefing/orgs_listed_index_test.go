package briefing

import (
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/brief-dev/brief/internal/vocab"
)

// TestListedOrgsIndex: the embedded table of the organisation list is the
// one the list makes now; -update rewrites it (go generate), as a change
// to known-orgs.txt, to abbreviations.txt or to the tokenizer needs (the
// lexicons that listedOneWord asks are read on look-up, not in the
// table).
func TestListedOrgsIndex(t *testing.T) {
	want := encodeListedIndex(listedKeys(vocab.Sections("known-orgs.txt")[""]))
	if *update {
		if err := os.WriteFile("orgs_listed.idx", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if listedIndexData != string(want) {
		t.Fatal("orgs_listed.idx is stale: run go generate ./briefing (go test -run ^TestListedOrgsIndex$ -update)")
	}
	if _, err := readListedIndex(listedIndexData); err != nil {
		t.Fatal(err)
	}
}

// mapListedOrgs is the list as two maps, built as before the table, with
// the lexicons asked as each one-word name is added: what the table and
// listedOneWord must answer as.
type mapListedOrgs struct {
	multi map[string]uint8
	one   map[string]bool
}

func newMapListedOrgs(lines []string) *mapListedOrgs {
	g := &mapListedOrgs{multi: map[string]uint8{}, one: map[string]bool{}}
	opens := map[string]int{}
	for _, ln := range lines {
		name, aliases, _ := strings.Cut(ln, "|")
		forms := append([]string{strings.TrimSpace(name)}, vocab.SplitList(aliases)...)
		for _, form := range forms {
			ws := words(form)
			switch {
			case len(ws) == 0:
			case len(ws) == 1:
				if toks := tokenize(form); len(toks) == 1 && oneWordForm(toks[0]) && !isAcronym(toks[0]) {
					g.one[toks[0].text] = true
				}
			default:
				k := strings.Join(ws, " ")
				if g.multi[k]&listedName != 0 {
					continue
				}
				g.multi[k] |= listedName
				for n := 1; n < len(ws); n++ {
					opens[strings.Join(ws[:n], " ")]++
				}
			}
		}
	}
	for k, n := range opens {
		if n == 1 {
			g.multi[k] |= listedOpening
		}
	}
	return g
}

// TestListedIndexLookup: the table answers as the maps it replaced, for
// every key and for strings near keys that are none: their cases changed,
// cut short, run on, spaced, and twenty thousand random runs of the
// list's words. features and isName ask the list through multi and one
// alone.
func TestListedIndexLookup(t *testing.T) {
	lines := vocab.Sections("known-orgs.txt")[""]
	old := newMapListedOrgs(lines)
	keys := listedKeys(lines)
	for _, g := range []*listedOrgs{newListedOrgs(lines), getListedOrgs()} {
		check := func(k string) {
			t.Helper()
			if got, want := g.multi(k), old.multi[k]; got != want {
				t.Fatalf("multi(%q) = %d, want %d", k, got, want)
			}
			if got, want := g.one(k), old.one[k]; got != want {
				t.Fatalf("one(%q) = %v, want %v", k, got, want)
			}
		}
		var all []string
		for k := range keys {
			all = append(all, k)
		}
		slices.Sort(all)
		var vocabWords []string
		for _, k := range all {
			check(k)
			check(strings.ToUpper(k))
			check(strings.ToLower(k))
			check(k[:len(k)-1])
			check(k + "s")
			check(k + " ")
			check(" " + k)
			vocabWords = append(vocabWords, strings.Fields(k)...)
		}
		r := rand.New(rand.NewPCG(1, 2))
		nonKeys := 0
		for range 20000 {
			ws := make([]string, 1+r.IntN(4))
			for i := range ws {
				ws[i] = vocabWords[r.IntN(len(vocabWords))]
			}
			k := strings.Join(ws, " ")
			if _, ok := keys[k]; !ok {
				nonKeys++
			}
			check(k)
		}
		for _, k := range []string{"", " ", "\x00", strings.Repeat("a", 1000)} {
			check(k)
		}
		if nonKeys < 5000 {
			t.Errorf("only %d random strings were no keys", nonKeys)
		}
	}
}

// TestListedIndexSmall: tables of no key, one key and a few read back.
func TestListedIndexSmall(t *testing.T) {
	for _, keys := range []map[string]uint8{
		{},
		{"a": 1},
		{"alpha beta": listedName, "alpha": listedOpening, "Alpha": listedOne, "gamma": listedOne | listedOpening},
	} {
		idx, err := readListedIndex(string(encodeListedIndex(keys)))
		if err != nil {
			t.Fatal(err)
		}
		if idx.len() != len(keys) {
			t.Errorf("%v: %d keys", keys, idx.len())
		}
		for k, f := range keys {
			if got := idx.lookup(k); got != f {
				t.Errorf("%v: lookup(%q) = %d, want %d", keys, k, got, f)
			}
		}
		for _, k := range []string{"", "b", "alpha beta gamma", "ALPHA"} {
			if _, ok := keys[k]; !ok && idx.lookup(k) != 0 {
				t.Errorf("%v: lookup(%q) = %d, want 0", keys, k, idx.lookup(k))
			}
		}
	}
	for _, bad := range []string{"", "1234567", "\x03\x00\x00\x00\x01\x00\x00\x00", "\x02\x00\x00\x00\x01\x00\x00\x00"} {
		if _, err := readListedIndex(bad); err == nil {
			t.Errorf("%q: read as a table", bad)
		}
	}
	// a table with its slots and ends overwritten answers, and never panics
	good := []byte(encodeListedIndex(map[string]uint8{"alpha beta": 1, "alpha": 2, "Alpha": 4, "gamma": 6}))
	r := rand.New(rand.NewPCG(3, 4))
	answered := 0 // looked-up keys a damaged table still claims
	for range 2000 {
		bad := append([]byte(nil), good...)
		for range 1 + r.IntN(4) {
			bad[listedHeader+r.IntN(len(bad)-listedHeader)] = byte(r.IntN(256))
		}
		if idx, err := readListedIndex(string(bad)); err == nil {
			for _, k := range []string{"alpha beta", "alpha", "Alpha", "gamma", "delta"} {
				if idx.lookup(k) != 0 {
					answered++
				}
			}
		}
	}
	t.Logf("damaged tables answered %d look-ups without panicking", answered)
}
