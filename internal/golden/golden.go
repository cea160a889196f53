// Package golden holds the golden-file check the packages' tests share:
// expected output kept as a file of a txtar archive under testdata, rewritten
// when the tests run with -update.
package golden

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/diff"
	"github.com/rogpeppe/go-internal/txtar"
)

// Read parses the archive at path, ending the test if it cannot.
func Read(t testing.TB, path string) *txtar.Archive {
	t.Helper()
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return ar
}

// File returns the data of the file called name in ar, or nil.
func File(ar *txtar.Archive, name string) []byte {
	for _, f := range ar.Files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

// WriteDir writes the files of ar whose names do not start with skip
// under dir, each at the slash-separated path its name gives: the input of
// code that reads its sources from disk.
func WriteDir(t testing.TB, ar *txtar.Archive, dir, skip string) {
	t.Helper()
	for _, f := range ar.Files {
		if strings.HasPrefix(f.Name, skip) {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// Check compares got with the file name of the archive ar, read from
// path. With update it writes got there instead (adding the file when the
// archive has none), so that the diff of the archive shows what changed.
func Check(t testing.TB, path string, ar *txtar.Archive, name string, got []byte, update bool) {
	t.Helper()
	at := -1
	for i, f := range ar.Files {
		if f.Name == name {
			at = i
		}
	}
	if update {
		if at < 0 {
			ar.Files = append(ar.Files, txtar.File{Name: name})
			at = len(ar.Files) - 1
		}
		ar.Files[at].Data = got
		if err := os.WriteFile(path, txtar.Format(ar), 0o666); err != nil {
			t.Fatal(err)
		}
		return
	}
	if at < 0 {
		t.Fatalf("%s has no %s (run with -update)", path, name)
	}
	if want := ar.Files[at].Data; !bytes.Equal(got, want) {
		t.Errorf("%s differs; diff (-want +got):\n%s", name, diff.Diff("want", want, "got", got))
	}
}
