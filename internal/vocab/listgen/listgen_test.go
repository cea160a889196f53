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
