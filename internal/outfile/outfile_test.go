package outfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
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

// TestWriteFile: the rule of -o. A regular file is replaced atomically
// and keeps its mode; a link stays a link and what it points to is
// written by the same rule; a named pipe and a device are written
// through, never replaced; a directory, a socket-like oddity and a link
// to nothing are refused; a failure writes nothing anywhere.
func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	note := func(w io.Writer) error {
		_, err := io.WriteString(w, "a note\n")
		return err
	}
	failing := func(w io.Writer) error {
		io.WriteString(w, "half")
		return errors.New("render failed")
	}
	p := func(name string) string { return filepath.Join(dir, name) }

	// a new file
	if err := WriteFile(p("new.md"), Options{}, note); err != nil {
		t.Fatal(err)
	}
	// a private file stays private
	os.WriteFile(p("private.md"), []byte("old"), 0o600)
	os.Chmod(p("private.md"), 0o600)
	if err := WriteFile(p("private.md"), Options{}, note); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(p("private.md")); st.Mode().Perm() != 0o600 {
		t.Errorf("0600 file became %v", st.Mode().Perm())
	}
	// a link to a file: the link stays, the file changes
	os.WriteFile(p("target.md"), []byte("old"), 0o640)
	os.Chmod(p("target.md"), 0o640)
	os.Symlink("target.md", p("link.md"))
	if err := WriteFile(p("link.md"), Options{}, note); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Lstat(p("link.md")); st.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a %v", st.Mode())
	}
	if b, _ := os.ReadFile(p("target.md")); string(b) != "a note\n" {
		t.Errorf("link target holds %q", b)
	}
	if st, _ := os.Stat(p("target.md")); st.Mode().Perm() != 0o640 {
		t.Errorf("0640 link target became %v", st.Mode().Perm())
	}
	// refused
	os.Mkdir(p("dir.md"), 0o755)
	os.Symlink("nowhere.md", p("dangling.md"))
	for name, want := range map[string]string{"dir.md": "is a directory", "dangling.md": "symbolic link to nothing"} {
		if err := WriteFile(p(name), Options{}, note); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("WriteFile(%s) = %v, want %q", name, err, want)
		}
	}
	if _, err := os.Lstat(p("nowhere.md")); err == nil {
		t.Errorf("a link to nothing made its target")
	}
	// a failure changes nothing
	if err := WriteFile(p("private.md"), Options{}, failing); err == nil {
		t.Errorf("failing render: no error")
	}
	if b, _ := os.ReadFile(p("private.md")); string(b) != "a note\n" {
		t.Errorf("a failed write changed the file to %q", b)
	}
	// a device is written through and stays a device
	if err := WriteFile(os.DevNull, Options{NoTerminal: true}, note); err != nil {
		t.Errorf("WriteFile(%s) = %v", os.DevNull, err)
	}
	if st, err := os.Stat(os.DevNull); err != nil || st.Mode()&fs.ModeCharDevice == 0 {
		t.Fatalf("%s is no longer a device: %v %v", os.DevNull, st.Mode(), err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if IsTemp(e.Name()) {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

// TestWriteFileFIFO: a named pipe is written through to its reader.
func TestWriteFileFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.md")
	if err := exec.Command("mkfifo", fifo).Run(); err != nil {
		t.Skip("no mkfifo:", err)
	}
	got := make(chan string, 1)
	go func() {
		b, _ := os.ReadFile(fifo)
		got <- string(b)
	}()
	if err := WriteFile(fifo, Options{}, func(w io.Writer) error {
		_, err := io.WriteString(w, "a note\n")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	select {
	case s := <-got:
		if s != "a note\n" {
			t.Errorf("reader got %q", s)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the reader got nothing")
	}
	if st, _ := os.Lstat(fifo); st.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("the pipe became a %v", st.Mode())
	}
}

// TestRemoveStale: only brief's temporary files, and only old ones.
func TestRemoveStale(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	files := map[string]bool{ // name → removed
		TempPrefix + "a": true, "sub/" + TempPrefix + "b": true, TempPrefix + "fresh": false,
		".x.tmp123": false, "brief-tmp-a": false, "note.md": false,
	}
	for name := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
		if name != TempPrefix+"fresh" {
			os.Chtimes(p, old, old)
		}
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	n, err := RemoveStale(root, time.Now().Add(-StaleAge))
	if err != nil || n != 2 {
		t.Errorf("RemoveStale = %d, %v; want 2", n, err)
	}
	for name, removed := range files {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name))); (err != nil) != removed {
			t.Errorf("%s: removed %v, want %v", name, err != nil, removed)
		}
	}
}

// TestWriteFileCapped: output past MaxNote stops the writer at the first
// write too many and leaves nothing, whether replacing a file, making
// one, or writing through a device.
func TestWriteFileCapped(t *testing.T) {
	dir := t.TempDir()
	chunk := strings.Repeat("x", 1<<16)
	written := 0
	endless := func(w io.Writer) error {
		for written = 0; ; written += len(chunk) {
			if _, err := io.WriteString(w, chunk); err != nil {
				return err
			}
		}
	}
	old := filepath.Join(dir, "old.md")
	os.WriteFile(old, []byte("old\n"), 0o644)
	for _, p := range []string{filepath.Join(dir, "new.md"), old, os.DevNull} {
		err := WriteFile(p, Options{}, endless)
		var tl *TooLargeError
		if !errors.As(err, &tl) || tl.Limit != MaxNote {
			t.Errorf("WriteFile(%s, endless) = %v, want a TooLargeError", p, err)
		}
		if written > MaxNote {
			t.Errorf("WriteFile(%s, endless) took %d bytes, more than %d", p, written, MaxNote)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "new.md")); err == nil {
		t.Errorf("new.md was written")
	}
	if b, _ := os.ReadFile(old); string(b) != "old\n" {
		t.Errorf("old.md changed to %d bytes", len(b))
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if IsTemp(e.Name()) {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

// TestRemoveStaleSameAsWalkDir: RemoveStale removes what a walk of
// root.FS() by fs.WalkDir removed, over temporary files old and fresh at
// the top and in subdirectories, a directory and a link named like
// temporary files, and other files.
func TestRemoveStaleSameAsWalkDir(t *testing.T) {
	old := time.Now().Add(-time.Hour)
	build := func(dir string) {
		for _, name := range []string{TempPrefix + "a", TempPrefix + "fresh", "note.md", "sub/" + TempPrefix + "b",
			"sub/deeper/" + TempPrefix + "c", "sub/deeper/x.md", TempPrefix + "dir/" + TempPrefix + "d", ".brief/" + TempPrefix + "e"} {
			p := filepath.Join(dir, filepath.FromSlash(name))
			os.MkdirAll(filepath.Dir(p), 0o755)
			os.WriteFile(p, []byte("x"), 0o644)
			if !strings.HasSuffix(name, "fresh") {
				os.Chtimes(p, old, old)
			}
		}
		os.Symlink("note.md", filepath.Join(dir, TempPrefix+"link"))
		os.Chtimes(filepath.Join(dir, TempPrefix+"dir"), old, old)
	}
	walkDirWay := func(root *os.Root, cutoff time.Time) (int, error) {
		removed := 0
		var errs []error
		err := fs.WalkDir(root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, UnwrapPathError(err))
				return nil
			}
			if d.IsDir() || !IsTemp(d.Name()) || !d.Type().IsRegular() {
				return nil
			}
			info, err := d.Info()
			if err != nil || !info.ModTime().Before(cutoff) {
				return nil
			}
			if err := root.Remove(filepath.FromSlash(p)); err != nil && !errors.Is(err, fs.ErrNotExist) {
				errs = append(errs, UnwrapPathError(err))
				return nil
			}
			removed++
			return nil
		})
		if err != nil {
			errs = append(errs, err)
		}
		return removed, errors.Join(errs...)
	}
	var results [2]string
	for i, remove := range []func(*os.Root, time.Time) (int, error){walkDirWay, RemoveStale} {
		dir := t.TempDir()
		build(dir)
		root, err := os.OpenRoot(dir)
		if err != nil {
			t.Fatal(err)
		}
		n, err := remove(root, time.Now().Add(-StaleAge))
		root.Close()
		var left []string
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			left = append(left, strings.TrimPrefix(p, dir))
			return nil
		})
		results[i] = fmt.Sprintf("removed %d, err %v, left %q", n, err, left)
	}
	if results[0] != results[1] {
		t.Errorf("fs.WalkDir: %s\nRemoveStale: %s", results[0], results[1])
	}
	if !strings.HasPrefix(results[1], "removed 5,") {
		t.Errorf("RemoveStale: %s; want 5 removed", results[1])
	}
}
