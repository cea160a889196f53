package summarize

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rogpeppe/go-internal/diff"
	"golang.org/x/text/encoding/charmap"

	"github.com/brief-dev/brief/internal/codepage"
	"github.com/brief-dev/brief/internal/golden"
	"github.com/rogpeppe/go-internal/txtar"
)

var update = flag.Bool("update", false, "rewrite golden files")

// dump renders what Parse recovered, one fact per line, for golden files.
func dump(d *Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\n", d.Title)
	if d.TitleInferred {
		fmt.Fprintf(&b, "title inferred from the first sentence\n")
	}
	fmt.Fprintf(&b, "date: %s\n", d.Date)
	if d.Place != "" {
		fmt.Fprintf(&b, "place: %s\n", d.Place)
	}
	for _, bl := range d.Blocks {
		switch bl.Kind {
		case Paragraph, Bullet:
			continue
		}
		fmt.Fprintf(&b, "%s: %s\n", bl.Kind, bl.Text)
	}
	for _, s := range d.Sentences {
		mark := "p"
		if s.Bullet {
			mark = "b"
		}
		fmt.Fprintf(&b, "%s%d [%s] %s\n", mark, s.Paragraph, s.Section, s.Text)
	}
	return b.String()
}

// TestStructure runs the golden cases in testdata/structure: each txtar has
// an "input" file and the expected "document" dump.
func TestStructure(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "structure", "*.txtar"))
	if len(files) == 0 {
		t.Fatal("no golden cases")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar := golden.Read(t, file)
			var input []byte
			wantIdx := -1
			for i, f := range ar.Files {
				switch f.Name {
				case "input":
					input = f.Data
				case "document":
					wantIdx = i
				}
			}
			if input == nil {
				t.Fatal("no input section")
			}
			// txtar always ends a file with a newline; cases about
			// missing final newlines say so in their comment.
			if bytes.Contains(ar.Comment, []byte("no final newline")) {
				input = bytes.TrimSuffix(input, []byte("\n"))
			}
			d, err := Parse(input, ReadOptions{})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkOffsets(t, input, d)
			got := dump(d)
			if *update {
				if wantIdx < 0 {
					ar.Files = append(ar.Files, txtar.File{Name: "document"})
					wantIdx = len(ar.Files) - 1
				}
				ar.Files[wantIdx].Data = []byte(got)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if wantIdx < 0 {
				t.Fatal("no document section (run with -update)")
			}
			if want := string(ar.Files[wantIdx].Data); got != want {
				t.Errorf("document differs:\n%s", diff.Diff("want", []byte(want), "got", []byte(got)))
			}
		})
	}
}

// checkOffsets asserts that every sentence's and block's offsets point at
// its exact source text, that sentences are in order and do not overlap,
// and that no sentence spans a heading.
func checkOffsets(t *testing.T, raw []byte, d *Document) {
	t.Helper()
	prevEnd := 0
	for _, s := range d.Sentences {
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(raw) {
			t.Fatalf("sentence %d has offsets [%d,%d) after %d in %d bytes", s.Index, s.Start, s.End, prevEnd, len(raw))
		}
		prevEnd = s.End
		if got := sourceText(raw, s.Start, s.End); got != s.Text {
			t.Errorf("sentence %d: source at [%d,%d) is %q, text is %q", s.Index, s.Start, s.End, got, s.Text)
		}
		for _, b := range d.Blocks {
			if (b.Kind == Heading || b.Kind == Title) && b.Start < s.End && s.Start < b.End {
				t.Errorf("sentence %d %q spans heading %q", s.Index, s.Text, b.Text)
			}
		}
	}
}

// sourceText decodes raw[start:end] the way Parse reads text and collapses
// its white space. The encoding is the whole document's: a slice of a
// Windows-1252 document can be valid UTF-8 on its own ("\xc2\xa0" is "Â "
// there, not a no-break space).
func sourceText(raw []byte, start, end int) string {
	slice := raw[start:end]
	var text string
	var err error
	switch {
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		text, _, err = decode(append(raw[:2:2], slice...)) // UTF-16 needs its byte-order mark
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		var m offsetMap
		text, _, err = normalise(slice, 0, false, &m)
	default:
		var m offsetMap
		var cm *charmap.Charmap
		if !utf8.Valid(raw) {
			cm, _ = codepage.Guess(raw)
		}
		text, _, err = normaliseFrom(slice, 0, cm, &m)
	}
	if err != nil {
		return "<" + err.Error() + ">"
	}
	return collapseSpace(text)
}
