package listgen

import (
	"bytes"
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

// TestEntries: names that fold alike are one entry, spelt as first added;
// an alias that folds like its name or repeats is none, and one that two
// entries have, as alias or name, is left out of both; the list is
// written sorted by name, one entry a line.
func TestEntries(t *testing.T) {
	var es Entries
	es.Add("Beta Agency", "BA", "Beta agency", "BA")
	es.Add("Alpha Office", "AO", "Shared")
	es.Add("alpha office", "Alphapol")
	es.Add("Gamma Fund", "Shared", "AO Fund")
	es.Add("AO Fund")
	var b bytes.Buffer
	WriteEntries(&b, es.List())
	want := "AO Fund\nAlpha Office | AO; Alphapol\nBeta Agency | BA\nGamma Fund\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

// TestWords: a word list's entries, as written.
func TestWords(t *testing.T) {
	w := Words([]byte("today\nTass\n\n  star \n"))
	if len(w) != 3 || !w["today"] || !w["Tass"] || !w["star"] || w["tass"] {
		t.Errorf("got %v", w)
	}
}

func TestJSONArray(t *testing.T) {
	type row struct {
		Name string `json:"name"`
	}
	got, err := JSONArray[row]([]byte(`[{"name": "Agency of Tests"}, {"name": "Board"}]`), "rows")
	if err != nil || len(got) != 2 || got[0].Name != "Agency of Tests" || got[1].Name != "Board" {
		t.Errorf("JSONArray = %v, %v; want the two rows", got, err)
	}
	for _, src := range []string{`[]`, `null`, `{"name": "x"}`, `[{"name": `} {
		if _, err := JSONArray[row]([]byte(src), "rows"); err == nil {
			t.Errorf("JSONArray(%s): no error", src)
		}
	}
	if _, err := JSONArray[row]([]byte(`[]`), "rows"); err == nil || err.Error() != "no rows" {
		t.Errorf("JSONArray([]) error = %v, want \"no rows\"", err)
	}
}
