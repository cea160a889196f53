package outfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestTopDirSameAsWriteInRoot: TopDir.Write leaves the same files, modes
// and errors as WriteInRoot, over a new file, a replaced one, a link (the
// link is replaced, what it points to untouched), a directory in the way,
// a failed render, a capped one, and a write after output already went.
func TestTopDirSameAsWriteInRoot(t *testing.T) {
	whole := func(w io.Writer) error {
		_, err := io.WriteString(w, strings.Repeat("a note\n", 20000)) // past the buffer
		return err
	}
	half := func(w io.Writer) error {
		io.WriteString(w, "half a note")
		return errors.New("render failed")
	}
	endless := func(w io.Writer) error {
		for {
			if _, err := io.WriteString(w, "x"); err != nil {
				return err
			}
		}
	}
	capped := func(w io.Writer) error { return endless(Capped(w, 100)) }
	cases := []struct {
		name  string
		write func(io.Writer) error
	}{
		{"new.md", whole}, {"old.md", whole}, {"link.md", whole}, {"dir.md", whole},
		{"half.md", half}, {"old2.md", half}, {"capped.md", capped},
	}
	results := map[bool][]string{}
	for _, top := range []bool{false, true} {
		base := t.TempDir()
		out := filepath.Join(base, "out")
		os.Mkdir(out, 0o755)
		os.WriteFile(filepath.Join(base, "target"), []byte("elsewhere"), 0o600)
		os.WriteFile(filepath.Join(out, "old.md"), []byte("old"), 0o600)
		os.WriteFile(filepath.Join(out, "old2.md"), []byte("old"), 0o600)
		os.Symlink("../target", filepath.Join(out, "link.md"))
		os.Mkdir(filepath.Join(out, "dir.md"), 0o755)
		root, err := os.OpenRoot(out)
		if err != nil {
			t.Fatal(err)
		}
		d, err := OpenTopDir(root)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range cases {
			if top {
				err = d.Write(c.name, c.write)
			} else {
				err = WriteInRoot(root, c.name, 0, false, c.write)
			}
			// the temporary file's name is random
			got = append(got, tmpRE.ReplaceAllString(fmt.Sprintf("%s: %v", c.name, err), TempPrefix+"X"))
		}
		d.Close()
		root.Close()
		filepath.WalkDir(base, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			info, _ := os.Lstat(p)
			data, _ := os.ReadFile(p)
			if e.IsDir() || info.Mode()&fs.ModeSymlink != 0 {
				data = nil
			}
			got = append(got, fmt.Sprintf("%s %v %d %.20q", strings.TrimPrefix(p, base), info.Mode(), len(data), data))
			return nil
		})
		sort.Strings(got)
		results[top] = got
	}
	if a, b := strings.Join(results[false], "\n"), strings.Join(results[true], "\n"); a != b {
		t.Errorf("WriteInRoot:\n%s\n\nTopDir.Write:\n%s", a, b)
	}
	if !strings.Contains(strings.Join(results[true], "\n"), "/out/new.md -rw-r--r-- 140000") {
		t.Errorf("no new.md of 140,000 bytes:\n%s", strings.Join(results[true], "\n"))
	}
}

var tmpRE = regexp.MustCompile(regexp.QuoteMeta(TempPrefix) + `[0-9a-z]+`)

// TestTopDirRefusesPaths: only a name at the top is written.
func TestTopDirRefusesPaths(t *testing.T) {
	root, err := os.OpenRoot(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	d, err := OpenTopDir(root)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	for _, name := range []string{"", ".", "..", "sub/a.md", "../a.md", "/tmp/a.md"} {
		if err := d.Write(name, func(w io.Writer) error { return nil }); err == nil {
			t.Errorf("Write(%q) wrote", name)
		}
	}
}
