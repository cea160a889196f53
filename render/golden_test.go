package render

import (
	"bytes"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/golden"
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
		cases[file] = golden.Read(tb, file)
	}
	if len(cases) == 0 {
		tb.Fatal("no golden cases in testdata")
	}
	return cases
}

// TestGoldenMarkdown checks the Markdown note of every golden case, byte
// for byte: front matter, template, escaping and the sections the default
// template shows.
func TestGoldenMarkdown(t *testing.T) {
	for file, ar := range goldenCases(t) {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			b, ok := briefOf(golden.File(ar, "input"))
			if !ok {
				t.Fatal("no input, or the input is no document")
			}
			b.Source = filepath.Base(file)
			var buf bytes.Buffer
			if err := Markdown(&buf, b, nil); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, file, ar, "note.md", buf.Bytes(), *update)
		})
	}
}
