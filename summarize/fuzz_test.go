package summarize

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// FuzzParse: no input panics Parse, and every document it returns has valid,
// ordered, non-overlapping offsets that point at the source text, with no
// sentence spanning a heading.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "structure", "*.txtar"))
	for _, file := range files {
		if ar, err := txtar.ParseFile(file); err == nil {
			for _, af := range ar.Files {
				if af.Name == "input" {
					f.Add(af.Data, false)
				}
			}
		}
	}
	if b, err := os.ReadFile(filepath.Join("..", "samples", "india-russia-irigc.txt")); err == nil {
		f.Add(b, true)
	}
	f.Add([]byte("\xff\xfeH\x00i\x00.\x00"), false)
	f.Add([]byte("a.B\n\n- \n#\n1. \n(a)"), false)
	f.Fuzz(func(t *testing.T, raw []byte, onePerLine bool) {
		d, err := Parse(raw, ReadOptions{OnePerLine: onePerLine})
		if err != nil {
			return
		}
		if len(d.Sentences) == 0 {
			t.Fatal("Parse returned a document with no sentences and no error")
		}
		checkOffsets(t, raw, d)
		for i, s := range d.Sentences {
			if s.Index != i || s.Text == "" {
				t.Fatalf("sentence %d: index %d, text %q", i, s.Index, s.Text)
			}
		}
	})
}
