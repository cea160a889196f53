package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/diff"
	"github.com/rogpeppe/go-internal/txtar"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/summarize"
)

var update = flag.Bool("update", false, "rewrite golden files")

// briefOf makes the brief of raw the way a note is made: Parse, Extract,
// New. ok is false when raw is no document.
func briefOf(raw []byte) (b *briefing.Brief, ok bool) {
	d, err := summarize.Parse(raw, summarize.ReadOptions{})
	if err != nil {
		return nil, false
	}
	sum, err := summarize.Extract(d, summarize.Options{})
	if err != nil {
		return nil, false
	}
	return briefing.New(d, sum, briefing.Options{Source: "fuzz.txt"}), true
}

// goldenCases are the archives of testdata: an "input" document and, once
// written with -update, its Markdown note "note.md".
func goldenCases(tb testing.TB) map[string]*txtar.Archive {
	files, _ := filepath.Glob("testdata/*.txtar")
	cases := map[string]*txtar.Archive{}
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			tb.Fatal(err)
		}
		cases[file] = ar
	}
	if len(cases) == 0 {
		tb.Fatal("no golden cases in testdata")
	}
	return cases
}

func archiveFile(ar *txtar.Archive, name string) int {
	for i, f := range ar.Files {
		if f.Name == name {
			return i
		}
	}
	return -1
}

// TestGoldenMarkdown checks the Markdown note of every golden case, byte
// for byte: front matter, template, escaping and the sections the default
// template shows.
func TestGoldenMarkdown(t *testing.T) {
	for file, ar := range goldenCases(t) {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			in := archiveFile(ar, "input")
			if in < 0 {
				t.Fatal("no input file")
			}
			b, ok := briefOf(ar.Files[in].Data)
			if !ok {
				t.Fatal("the input is no document")
			}
			b.Source = filepath.Base(file)
			var buf bytes.Buffer
			if err := Markdown(&buf, b, nil); err != nil {
				t.Fatal(err)
			}
			got := buf.Bytes()
			at := archiveFile(ar, "note.md")
			if *update {
				if at < 0 {
					ar.Files = append(ar.Files, txtar.File{Name: "note.md"})
					at = len(ar.Files) - 1
				}
				ar.Files[at].Data = got
				if err := os.WriteFile(file, txtar.Format(ar), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			if at < 0 {
				t.Fatal("no note.md (run with -update)")
			}
			if want := ar.Files[at].Data; !bytes.Equal(got, want) {
				t.Errorf("note differs; diff (-want +got):\n%s", diff.Diff("want", want, "got", got))
			}
		})
	}
}
