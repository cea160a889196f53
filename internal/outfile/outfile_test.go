package outfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteInRoot: a note is whole or absent, and always inside OUTDIR.
func TestWriteInRoot(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	os.Mkdir(out, 0o755)
	os.Mkdir(filepath.Join(dir, "elsewhere"), 0o755)
	os.Symlink("../elsewhere", filepath.Join(out, "link"))
	root, err := os.OpenRoot(out)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	half := func(w io.Writer) error {
		w.Write([]byte("half a note"))
		return errors.New("render failed")
	}
	whole := func(w io.Writer) error {
		_, err := w.Write([]byte("a note\n"))
		return err
	}
	if err := WriteInRoot(root, "sub/a.md", 0, false, half); err == nil || err.Error() != "render failed" {
		t.Errorf("failed write: err = %v", err)
	}
	for _, name := range []string{"../b.md", "/tmp/c.md", "link/d.md"} {
		if err := WriteInRoot(root, name, 0, false, whole); err == nil {
			t.Errorf("WriteInRoot(%q) wrote outside OUTDIR", name)
		}
	}
	if err := WriteInRoot(root, "sub/e.md", 0, false, whole); err != nil {
		t.Fatal(err)
	}
	var files []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Type()&fs.ModeSymlink == 0 {
			files = append(files, filepath.ToSlash(strings.TrimPrefix(p, dir)))
		}
		return nil
	})
	if fmt.Sprint(files) != "[/out/sub/e.md]" {
		t.Errorf("files written: %v, want only /out/sub/e.md", files)
	}
}
