package briefing

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/brief-dev/brief/summarize"
)

// goldenInputs are the input documents of the golden cases in testdata.
func goldenInputs(tb testing.TB) [][]byte {
	var docs [][]byte
	files, _ := filepath.Glob("testdata/*.txtar")
	for _, file := range files {
		if ar, err := txtar.ParseFile(file); err == nil && len(ar.Files) > 0 {
			docs = append(docs, ar.Files[0].Data)
		}
	}
	if len(docs) == 0 {
		tb.Fatal("no golden cases in testdata")
	}
	return docs
}

// FuzzNew feeds random text through Parse and New: New must not panic,
// every provenance index must be valid, and every outcome must be the text
// of its sentence, modulo a trimmed list number or discourse marker.
func FuzzNew(f *testing.F) {
	for _, doc := range goldenInputs(f) {
		f.Add(doc)
	}
	f.Add([]byte("Mr. A, B, Minister of X, and Dr. (C) met in Paris. They agreed."))
	f.Add([]byte("President Xi met Secretary Blinken. ( ) , , Ministry of of the the (ABC)"))
	f.Add([]byte("Sens. Ann King (R-W.Va.), B (D- and Reps. (NJ-11)\n\nContact: ; / Jo Roe, 202\n\nNomination of Jo Roe, of , to be\n\nJo Q. Roe, manager at ,"))
	// the session's new name rules: legal forms, hyphenated pairs, missions
	f.Add([]byte("Joint Blue Water, Verdane and Acme Partners L.P. agreed. The UK-New Zealand Trade Dialogue and the U.S. Mission to the U.N. met.\n\nVienna, Austria, 1 May 2021--Cepton, Inc. signed."))
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := summarize.Parse(raw, summarize.ReadOptions{})
		if err != nil {
			return
		}
		b := briefOf(t, d, Options{})
		n := len(d.Sentences)
		valid := func(what string, i int) {
			if i < 0 || i >= n {
				t.Fatalf("%s index %d outside [0, %d)", what, i, n)
			}
		}
		for _, o := range b.Outcomes {
			valid("outcome", o.Index)
			if !traceable(o.Text, d.Sentences[o.Index].Text) {
				t.Fatalf("outcome %q is not in sentence %q", o.Text, d.Sentences[o.Index].Text)
			}
		}
		if b.BLUF != nil {
			valid("bluf", b.BLUF.Index)
			if !traceable(b.BLUF.Text, d.Sentences[b.BLUF.Index].Text) {
				t.Fatalf("bluf %q is not in sentence %q", b.BLUF.Text, d.Sentences[b.BLUF.Index].Text)
			}
		}
		for _, s := range b.Summary {
			valid("summary", s.Index)
		}
		for _, lists := range [][]Item{b.Background, b.NextSteps} {
			for _, it := range lists {
				valid("item", it.Index)
				if !traceable(it.Text, d.Sentences[it.Index].Text) {
					t.Fatalf("item %q is not in sentence %q", it.Text, d.Sentences[it.Index].Text)
				}
			}
		}
		for _, p := range b.Parties.Persons {
			for _, i := range p.Indices {
				valid("person", i)
			}
		}
		for _, o := range b.Parties.Organisations {
			for _, i := range o.Indices {
				valid("organisation", i)
			}
		}
		for _, c := range b.Parties.Countries {
			for _, i := range c.Indices {
				valid("country", i)
			}
		}
	})
}

// traceable reports that item is sentence with at most a leading list
// number, discourse marker or bullet removed (and its first letter then
// capitalised).
func traceable(item, sentence string) bool {
	if item == "" {
		return false
	}
	if strings.HasSuffix(sentence, item) {
		return true
	}
	lower := func(s string) string {
		if s == "" {
			return s
		}
		return strings.ToLower(s[:1]) + s[1:]
	}
	return strings.HasSuffix(sentence, lower(item))
}

// TestFuzzCorpus replays a few awkward inputs without the fuzzing engine.
func TestFuzzCorpus(t *testing.T) {
	if _, err := os.Stat("testdata"); err != nil {
		t.Skip("no testdata")
	}
	for _, s := range []string{"", "A.", "(", "Mr.", "The IMF (IMF) (IMF).", "1. 2. 3.", "Ministry of", "H.E.Mr. X Y, Z, and",
		"India-", "-India", "Lisa O. Monaco.", "Dr. Dr. Dr.", "President President President Biden.", "a, , , (X) of the"} {
		d, err := summarize.Parse([]byte(s), summarize.ReadOptions{})
		if err != nil {
			continue
		}
		briefOf(t, d, Options{})
	}
}
