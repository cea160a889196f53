package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSamples regenerates the note of every bundled sample and compares it
// with the committed .md and .pdf beside it (-update rewrites them), so the
// samples never go stale. PDFs are dated by SOURCE_DATE_EPOCH.
func TestSamples(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "946684800")
	inputs, _ := filepath.Glob(filepath.Join("samples", "*.txt"))
	if len(inputs) < 4 {
		t.Fatalf("want at least 4 samples, have %d", len(inputs))
	}
	// one document of each kind, with its PDF note (its Markdown note is
	// render's golden test of the kind, render/testdata/kinds)
	kinds, _ := filepath.Glob(filepath.Join("samples", "kinds", "*.*"))
	for _, in := range kinds {
		if ext := filepath.Ext(in); (ext == ".txt" || ext == ".md") && !strings.HasSuffix(in, ".note.md") && filepath.Base(in) != "README.md" {
			inputs = append(inputs, in)
		}
	}
	for _, in := range inputs {
		exts := []string{".md", ".pdf"}
		base := strings.TrimSuffix(in, ".txt")
		if filepath.Dir(in) != "samples" {
			exts = []string{".note.pdf"}
			base = strings.TrimSuffix(base, ".md")
		}
		for _, ext := range exts {
			golden := base + ext
			out := filepath.Join(t.TempDir(), "note"+filepath.Ext(ext))
			var stderr bytes.Buffer
			if code := run(context.Background(), []string{"brief", "note", "-o", out, in}, nil, &bytes.Buffer{}, &stderr); code != 0 {
				t.Fatalf("brief note %s: exit %d: %s", in, code, stderr.String())
			}
			got, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestSamples -update .)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s is stale: regenerate with go test -run TestSamples -update .", golden)
			}
		}
	}
}
