package main

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/brief-dev/brief/internal/golden"
	"github.com/brief-dev/brief/internal/vocab/listgen"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGenerate: the list written from a small index in the format of
// EveryPolitician's countries.json is the one in the archive: shared
// names of two words are one line, shared one-word names and names
// without a capital are left out.
func TestGenerate(t *testing.T) {
	path := filepath.Join("testdata", "genlegislatures.txtar")
	ar := golden.Read(t, path)
	src := golden.File(ar, "src/"+sourceFile)
	countries, err := parseCountries(src)
	if err != nil {
		t.Fatal(err)
	}
	if len(countries) != 5 {
		t.Errorf("read %d countries, want 5", len(countries))
	}
	names, n := selectNames(countries)
	if n != 8 {
		t.Errorf("read %d legislatures, want 8", n)
	}
	golden.Check(t, path, ar, "want", render(names, len(countries), n, listgen.SHA256(src)), *update)
}

// TestBadSource: a source that is not the index is an error, not an
// empty list.
func TestBadSource(t *testing.T) {
	for _, src := range []string{"", "[]", "{\"name\": \"Ruritania\"}", "[{\"name\": "} {
		if _, err := parseCountries([]byte(src)); err == nil {
			t.Errorf("%q read without error", src)
		}
	}
}
