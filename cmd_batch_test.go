package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/brief-dev/brief/internal/outfile"
)

// goodDoc is the text of the i-th good document of a generated batch.
func goodDoc(i int) string {
	return fmt.Sprintf("Council meeting %d\n\nThe city council of Lyon met on %d March 2025 to discuss the budget. "+
		"It agreed to raise spending on schools by %d percent. The mayor said the council would meet again in June.\n", i, i%28+1, i%9+1)
}

// makeDOCX is a minimal Word document with a heading and paragraphs.
func makeDOCX(t testing.TB, title string, paras ...string) []byte {
	t.Helper()
	var body strings.Builder
	body.WriteString(`<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>` + title + `</w:t></w:r></w:p>`)
	for _, p := range paras {
		body.WriteString(`<w:p><w:r><w:t xml:space="preserve">` + p + `</w:t></w:r></w:p>`)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, text := range map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `</w:body></w:document>`,
	} {
		w, _ := zw.Create(name)
		w.Write([]byte(text))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestBatchBadFiles is the acceptance run: 1,000 inputs of which 5 % are
// bad in every way we know. Every good input has its note, every bad one
// is named exactly once, no partial or empty file is left, exit code 1.
func TestBatchBadFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 1,000 files and one of 60 MB")
	}
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in"), filepath.Join(dir, "out")
	os.Mkdir(in, 0o755)
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(in, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docx := makeDOCX(t, "Council report", "The council met on Monday in Lyon.", "It agreed the budget for 2025.")
	bad := map[string]string{} // name → what stderr must say about it
	var good []string
	for i := range 1000 {
		if i%20 == 7 { // 50 bad inputs
			switch k := (i / 20) % 10; k {
			case 0:
				write(fmt.Sprintf("empty-%d.txt", i), nil)
				bad[fmt.Sprintf("empty-%d.txt", i)] = "no text in input"
			case 1:
				write(fmt.Sprintf("image-%d.txt", i), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
				bad[fmt.Sprintf("image-%d.txt", i)] = "unsupported format"
			case 2:
				write(fmt.Sprintf("nul-%d.txt", i), []byte(strings.Repeat("text\x00with NULs ", 100)))
				bad[fmt.Sprintf("nul-%d.txt", i)] = "binary data"
			case 3:
				name := fmt.Sprintf("fifo-%d.txt", i)
				if err := exec.Command("mkfifo", filepath.Join(in, name)).Run(); err != nil {
					write(name, nil) // no named pipes here: an empty file instead
					bad[name] = "no text in input"
				} else {
					bad[name] = "is a named pipe"
				}
			case 4:
				name := fmt.Sprintf("dir-%d.txt", i)
				os.Mkdir(filepath.Join(in, name), 0o755)
				bad[name] = "is a directory"
			case 5:
				name := fmt.Sprintf("loop-%d.txt", i)
				os.Symlink(name, filepath.Join(in, name))
				bad[name] = "too many levels of symbolic links"
			case 6:
				name := fmt.Sprintf("truncated-%d.docx", i)
				write(name, docx[:len(docx)/2])
				bad[name] = "docx"
			case 7:
				name := fmt.Sprintf("corrupt-%d.pdf", i)
				write(name, []byte("%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n\x00\xff garbage"))
				bad[name] = "pdf"
			case 8: // a panic in the job: internal/batch's TestRunJobFailures
				name := fmt.Sprintf("html-%d.html", i)
				write(name, []byte("<html><body><nav>Home</nav></body></html>"))
				bad[name] = "no text"
			case 9:
				name := fmt.Sprintf("headings-%d.md", i)
				write(name, []byte("# Contents\n\n## Part one\n"))
				bad[name] = "no text"
			}
			continue
		}
		var name string
		switch i % 4 {
		case 0, 1:
			name = fmt.Sprintf("doc-%04d.txt", i)
			write(name, []byte(goodDoc(i)))
		case 2:
			name = fmt.Sprintf("doc-%04d.md", i)
			write(name, []byte("# "+goodDoc(i)))
		case 3:
			name = fmt.Sprintf("doc-%04d.docx", i)
			write(name, docx)
		}
		good = append(good, name)
	}
	// One 60 MB line: refused by --max-bytes (50 MB) before it is read.
	huge := filepath.Join(in, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(bytes.Repeat([]byte("word "), 12<<20))
	f.Close()
	bad["huge.txt"] = "input larger than 52428800 bytes"
	// A named pipe that blocked the run would hang the test: fail instead.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var stdout, stderr bytes.Buffer
	code := run(ctx, []string{"brief", "batch", in, "-o", out, "-j", "4"}, nil, &stdout, &stderr)
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
	if len(lines) != len(bad) {
		t.Errorf("%d lines on stderr, want one for each of the %d bad inputs:\n%s", len(lines), len(bad), stderr.String())
	}
	for name, want := range bad {
		re := regexp.MustCompile(`(?m)^brief: ` + regexp.QuoteMeta(filepath.ToSlash(filepath.Join(in, name))) + `: (.*)$`)
		m := re.FindAllStringSubmatch(stderr.String(), -1)
		if len(m) != 1 {
			t.Errorf("%s named %d times on stderr, want once", name, len(m))
			continue
		}
		if !strings.Contains(m[0][1], want) {
			t.Errorf("%s: %q, want it to say %q", name, m[0][1], want)
		}
	}
	for _, name := range good {
		note := filepath.Join(out, strings.TrimSuffix(name, filepath.Ext(name))+".md")
		data, err := os.ReadFile(note)
		if err != nil {
			t.Errorf("good input %s: %v", name, err)
			continue
		}
		if !bytes.HasPrefix(data, []byte("---\n")) || !bytes.Contains(data, []byte("Extractive summary generated by brief")) {
			t.Errorf("%s is not a whole note:\n%s", note, data)
		}
	}
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if outfile.IsTemp(d.Name()) || strings.Contains(d.Name(), ".tmp") {
				t.Errorf("temporary file left: %s", p)
			}
			if info, err := d.Info(); err == nil && info.Size() == 0 {
				t.Errorf("empty file: %s", p)
			}
		}
		return nil
	})
	var idx struct {
		Documents []json.RawMessage `json:"documents"`
		Failures  []json.RawMessage `json:"failures"`
	}
	data, _ := os.ReadFile(filepath.Join(out, "index.json"))
	if err := json.Unmarshal(data, &idx); err != nil {
		t.Fatal(err)
	}
	if len(idx.Documents) != len(good) || len(idx.Failures) != len(bad) {
		t.Errorf("index.json: %d documents and %d failures, want %d and %d", len(idx.Documents), len(idx.Failures), len(good), len(bad))
	}

	// Run again: everything good is up to date, every bad input is tried
	// (and named) again.
	stderr.Reset()
	code = run(ctx, []string{"brief", "batch", in, "-o", out}, nil, &stdout, &stderr)
	if n := strings.Count(stderr.String(), "\n"); code != 1 || n != len(bad) {
		t.Errorf("re-run: exit code %d and %d errors, want 1 and %d", code, n, len(bad))
	}
}

// TestBatchNDJSON: without -o, -f json prints one line per input in name
// order whatever the number of workers, failures included.
func TestBatchNDJSON(t *testing.T) {
	in := t.TempDir()
	var want []string
	for i := range 40 {
		name := fmt.Sprintf("d%02d.txt", i)
		text := goodDoc(i)
		if i%10 == 3 {
			text = ""
		}
		os.WriteFile(filepath.Join(in, name), []byte(text), 0o644)
		want = append(want, filepath.ToSlash(filepath.Join(in, name)))
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"brief", "batch", "-f", "json", "-j", "4", in}, nil, &stdout, &stderr)
	if code != 1 || strings.Count(stderr.String(), "\n") != 4 {
		t.Errorf("exit code %d, stderr:\n%s\nwant 1 and 4 errors", code, stderr.String())
	}
	lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d", len(lines), len(want))
	}
	for i, line := range lines {
		var v struct {
			Source string  `json:"source"`
			Error  *string `json:"error"`
			Schema int     `json:"schema"`
		}
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if v.Source != want[i] {
			t.Errorf("line %d is %s, want %s", i+1, v.Source, want[i])
		}
		if bad := i%10 == 3; bad != (v.Error != nil) || !bad && v.Schema != 1 {
			t.Errorf("line %d: %s", i+1, line)
		}
	}
}

// TestBatchInterrupted: an interrupted run writes no partial note, keeps
// the finished ones and records them, so that the next run goes on.
func TestBatchInterrupted(t *testing.T) {
	in, out := t.TempDir(), filepath.Join(t.TempDir(), "out")
	for i := range 200 {
		os.WriteFile(filepath.Join(in, fmt.Sprintf("d%03d.txt", i)), []byte(goodDoc(i)), 0o644)
	}
	args := []string{"brief", "batch", in, "-o", out, "-j", "1"}

	// Interrupted before it starts: nothing is written.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var stderr bytes.Buffer
	if code := run(ctx, args, nil, &stderr, &stderr); code != 130 || stderr.String() != "brief: interrupted\n" {
		t.Errorf("exit code %d, stderr %q; want 130 and one line", code, stderr.String())
	}
	if notes, _ := filepath.Glob(filepath.Join(out, "d*")); len(notes) != 0 {
		t.Errorf("%d notes written by a run interrupted at the start", len(notes))
	}

	// Interrupted once the first note is there.
	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	go func() {
		for {
			if notes, _ := filepath.Glob(filepath.Join(out, "d*.md")); len(notes) > 0 {
				cancel()
				return
			}
			time.Sleep(time.Millisecond)
		}
	}()
	stderr.Reset()
	code := run(ctx, args, nil, &stderr, &stderr)
	notes, _ := filepath.Glob(filepath.Join(out, "d*.md"))
	t.Logf("interrupted after %d notes (exit code %d)", len(notes), code)
	if code == 130 && len(notes) == 200 {
		t.Errorf("interrupted, yet all notes were written")
	}
	for _, n := range notes {
		if data, _ := os.ReadFile(n); !bytes.Contains(data, []byte("Extractive summary generated by brief")) {
			t.Errorf("%s is partial", n)
		}
	}
	if tmp, _ := filepath.Glob(filepath.Join(out, outfile.TempPrefix+"*")); len(tmp) > 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
	var m struct{ Entries []json.RawMessage }
	data, _ := os.ReadFile(filepath.Join(out, ".brief", "manifest.json"))
	if err := json.Unmarshal(data, &m); err != nil || len(m.Entries) != len(notes) {
		t.Errorf("manifest has %d entries, want the %d notes written (%v)", len(m.Entries), len(notes), err)
	}

	// The next run writes the rest and keeps what is done.
	stderr.Reset()
	if code := run(context.Background(), args, nil, &stderr, &stderr); code != 0 {
		t.Fatalf("exit code %d: %s", code, stderr.String())
	}
	if notes, _ := filepath.Glob(filepath.Join(out, "d*.md")); len(notes) != 200 {
		t.Errorf("%d notes after the second run, want 200", len(notes))
	}
}
