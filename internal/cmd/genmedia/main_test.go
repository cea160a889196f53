package main

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/brief-dev/brief/internal/golden"
	"github.com/brief-dev/brief/internal/vocab/listgen"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGenerate: the list written from a small table in the format of the
// State Media Matrix and a small word list is the one in the archive: a
// company and each asset not named as it are entries, a short form in
// brackets is an alias and other bracketed remarks, kind labels, a
// leading "The", footnote marks and alternatives are dropped; web
// addresses, names in another script, unpaired brackets and one-word
// common words are left out, and an acronym two entries share is left out
// of both.
func TestGenerate(t *testing.T) {
	path := filepath.Join("testdata", "genmedia.txtar")
	ar := golden.Read(t, path)
	src := golden.File(ar, "src/"+sourceFile)
	words := golden.File(ar, "src/"+wordsFile)
	rows, err := parseRows(src)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 16 {
		t.Errorf("read %d rows, want 16", len(rows))
	}
	golden.Check(t, path, ar, "want", render(selectMedia(rows, listgen.Words(words)), len(rows), listgen.SHA256(src), listgen.SHA256(words)), *update)
}

// TestBadSource: a table without its columns or rows is an error, not an
// empty list.
func TestBadSource(t *testing.T) {
	for _, src := range []string{
		"",
		"Region,Country,Company,Assets\nEurope,Ruritania,Ruritanian News Agency (RNA),RNA\n",
		"Region,Country,Media company,Main assets\n",
		"Media company,Main assets\n\"Ruritanian News Agency,RNA\n",
	} {
		if _, err := parseRows([]byte(src)); err == nil {
			t.Errorf("%q read without error", src)
		}
	}
}
