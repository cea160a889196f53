package listgen

import (
	"os"
	"path/filepath"
	"testing"
)

// TestKept: the committed list stays only when go generate gave no
// source, an -out file that exists, and no arguments.
func TestKept(t *testing.T) {
	out := filepath.Join(t.TempDir(), "list.txt")
	if Kept("gen", "ENV", "", out, 0) {
		t.Error("kept a list that does not exist")
	}
	if err := Write(out, []byte("a\n")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(out); string(got) != "a\n" {
		t.Errorf("Write wrote %q", got)
	}
	for _, c := range []struct {
		src, out string
		args     int
		want     bool
	}{
		{"", out, 0, true},
		{"dir", out, 0, false},
		{"", out, 1, false},
		{"", "", 0, false},
	} {
		if got := Kept("gen", "ENV", c.src, c.out, c.args); got != c.want {
			t.Errorf("Kept(src %q, out %q, args %d) = %v, want %v", c.src, c.out, c.args, got, c.want)
		}
	}
}

// TestReadSourceAndSHA256: a source is read from its slash-separated path
// under the folder, and its checksum is the hexadecimal SHA-256 the
// lists' headers state.
func TestReadSourceAndSHA256(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "sub", "a.txt"), []byte("abc"), 0o644); err != nil {
		t.Fatal(err)
	}
	data, err := ReadSource(dir, "sub/a.txt")
	if err != nil || string(data) != "abc" {
		t.Fatalf("ReadSource = %q, %v", data, err)
	}
	if got, want := SHA256(data), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"; got != want {
		t.Errorf("SHA256(abc) = %s, want %s", got, want)
	}
	if _, err := ReadSource(dir, "missing.txt"); err == nil {
		t.Error("ReadSource of a missing file: no error")
	}
}
