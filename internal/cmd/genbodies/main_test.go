package main

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/brief-dev/brief/internal/golden"
	"github.com/brief-dev/brief/internal/vocab/listgen"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGenerate: the list written from a small source in the format of
// SupraVerden's general_list.yaml is the one in the archive.
func TestGenerate(t *testing.T) {
	path := filepath.Join("testdata", "genbodies.txtar")
	ar := golden.Read(t, path)
	src := golden.File(ar, "src/"+sourceFile)
	recs, err := parseRecords(src)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 8 {
		t.Errorf("read %d records, want 8", len(recs))
	}
	golden.Check(t, path, ar, "want", render(selectBodies(recs), len(recs), listgen.SHA256(src)), *update)
}

// TestBadSource: lines the reader cannot place are errors, not bodies
// silently lost, and an empty source is no list.
func TestBadSource(t *testing.T) {
	for _, src := range []string{
		"",
		"  Name_en: a field before any record\n",
		"Alpha:\n  Name_en Alpha Trade Association\n",
		"not a key\n",
	} {
		if _, err := parseRecords([]byte(src)); err == nil {
			t.Errorf("%q read without error", src)
		}
	}
}
