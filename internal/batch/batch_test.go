package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/outfile"
)

func TestNameNotes(t *testing.T) {
	rels := []string{"A.txt", "a.md", "a.txt", "b.txt", "index.txt", "sub/c.html", "sub.md", "x.md", "x.md/y.txt", "a.txt.md"}
	var inputs []*input
	for _, r := range rels {
		inputs = append(inputs, &input{name: "in/" + r, rel: r})
	}
	nameNotes(inputs, ".md")
	got := map[string]string{}
	for _, in := range inputs {
		got[in.rel] = in.note
	}
	want := map[string]string{
		"A.txt":      "A.txt~2.md", // a.txt.md, the note of a.txt.md, is A.txt.md on a case-insensitive disk
		"a.md":       "a.md.md",
		"a.txt":      "a.txt~3.md",
		"a.txt.md":   "a.txt.md",
		"b.txt":      "b.md",
		"index.txt":  "index.txt.md", // index.md is the index
		"sub/c.html": "sub/c.md",
		"sub.md":     "sub.md", // a file beside the directory sub: no clash
		"x.md":       "x.md.md",
		"x.md/y.txt": "x.md/y.md", // x.md is a directory of notes
	}
	for rel, w := range want {
		if got[rel] != w {
			t.Errorf("note of %s = %q, want %q", rel, got[rel], w)
		}
	}
	seen := map[string]string{}
	for _, in := range inputs {
		k := strings.ToLower(in.note)
		if other, ok := seen[k]; ok {
			t.Errorf("%s and %s share the note %s", other, in.rel, in.note)
		}
		seen[k] = in.rel
	}
}

func TestShardsPartition(t *testing.T) {
	var names []string
	for i := range 1000 {
		names = append(names, fmt.Sprintf("in/dir%d/doc-%04d.txt", i%7, i))
	}
	for shards := 1; shards <= 5; shards++ {
		count := make([]int, shards)
		for _, n := range names {
			s := shardOf(n, shards)
			if s < 0 || s >= shards {
				t.Fatalf("shardOf(%q, %d) = %d", n, shards, s)
			}
			if shardOf(n, shards) != s {
				t.Fatalf("shardOf(%q, %d) is not stable", n, shards)
			}
			count[s]++
		}
		for s, c := range count {
			if share := float64(c) * float64(shards) / 1000; share < 0.75 || share > 1.25 {
				t.Errorf("%d shards: shard %d has %d of 1000 inputs", shards, s, c)
			}
		}
	}
}

func TestParseShard(t *testing.T) {
	for _, tt := range []struct {
		in            string
		shard, shards int
		ok            bool
	}{
		{"", 0, 1, true}, {"0/1", 0, 1, true}, {"3/4", 3, 4, true},
		{"4/4", 0, 0, false}, {"-1/4", 0, 0, false}, {"1/0", 0, 0, false}, {"1", 0, 0, false}, {"a/b", 0, 0, false},
	} {
		shard, shards, err := ParseShard(tt.in)
		if (err == nil) != tt.ok || (tt.ok && (shard != tt.shard || shards != tt.shards)) {
			t.Errorf("ParseShard(%q) = %d, %d, %v", tt.in, shard, shards, err)
		}
	}
}

func TestProgressLine(t *testing.T) {
	var buf bytes.Buffer
	now := time.Unix(1000, 0)
	p := newProgress(&buf, 10, true)
	p.now = func() time.Time { return now }
	p.start = now
	now = now.Add(2 * time.Second)
	for i := range 4 {
		p.step(i == 1)
	}
	if got, want := p.line(), " 4/10 [=========>              ]  40%  2 docs/s  ETA 3s  1 failed"; got != want {
		t.Errorf("line = %q, want %q", got, want)
	}
	p.println("brief: x: bad")
	p.finish()
	if !strings.Contains(buf.String(), "\r\x1b[Kbrief: x: bad\n") || !strings.HasSuffix(buf.String(), "\r\x1b[K") {
		t.Errorf("output %q: want the message on a cleared line and the bar removed at the end", buf.String())
	}
	var off bytes.Buffer
	q := newProgress(&off, 10, false)
	q.step(false)
	q.println("brief: y: bad")
	q.finish()
	if off.String() != "brief: y: bad\n" {
		t.Errorf("off: output %q, want only the message", off.String())
	}
}

// testJob briefs an input as its first line (the title) and renders the
// note as "note of NAME\n" followed by the input. Inputs whose base name
// starts with "panic" panic, "fail" fail, and "warn" warn when rendered.
func testJob(_ context.Context, name string, data []byte) (*Result, error) {
	base := path.Base(name)
	switch {
	case strings.HasPrefix(base, "panic"):
		panic("test panic")
	case strings.HasPrefix(base, "fail"):
		return nil, errors.New("test failure")
	}
	title, _, _ := strings.Cut(string(data), "\n")
	b := &briefing.Brief{Schema: 1, Source: name, Title: title, BLUF: &briefing.Item{Text: string(data)}}
	return &Result{Brief: b, Format: "text", Render: func(w io.Writer) ([]string, error) {
		if strings.HasPrefix(base, "warn") {
			if _, err := io.WriteString(w, "half a note"); err != nil {
				return nil, err
			}
			return []string{"1 item left out"}, nil
		}
		_, err := fmt.Fprintf(w, "note of %s\n%s", name, data)
		return nil, err
	}}, nil
}

// writeFiles writes name → content files under dir.
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// runIn runs a batch with testJob in dir (so that input names are
// relative) and returns its stats, stderr and error.
func runIn(t testing.TB, dir string, cfg Config, job Job) (*Stats, string, error) {
	t.Helper()
	t.Chdir(dir)
	var stderr bytes.Buffer
	cfg.Stderr, cfg.Prefix = &stderr, "brief: "
	if cfg.NoteExt == "" {
		cfg.NoteExt = ".md"
	}
	if cfg.Generator == "" {
		cfg.Generator = "brief test"
	}
	if job == nil {
		job = testJob
	}
	stats, err := Run(context.Background(), cfg, job)
	return stats, stderr.String(), err
}

// readIndex reads OUTDIR/index.json.
func readIndex(t testing.TB, out string) indexFile {
	t.Helper()
	var idx indexFile
	data, err := os.ReadFile(filepath.Join(out, indexJSON))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &idx); err != nil {
		t.Fatal(err)
	}
	return idx
}

// TestRunJobFailures: one bad input never stops the others. Each failure
// (of the walk, of reading, of the job, a panic in the job or in its
// renderer) is named once, in input order of no importance, every good
// input has its whole note, and no temporary or partial file is left.
func TestRunJobFailures(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"in/huge.txt": strings.Repeat("word ", 100)}
	bad := map[string]string{
		"in/panic-1.txt": "internal error: test panic",
		"in/fail-1.txt":  "test failure",
		"in/dir.txt":     "is a directory",
		"in/loop.txt":    "too many levels of symbolic links",
		"in/huge.txt":    "input larger than 200 bytes",
		"in/out.txt":     "is a link to outside its directory: not followed",
	}
	var good []string
	for i := range 40 {
		name := fmt.Sprintf("in/doc-%02d.txt", i)
		files[name] = fmt.Sprintf("Title %d\nBody %d.\n", i, i)
		good = append(good, name)
	}
	files["in/panic-1.txt"], files["in/fail-1.txt"], files["secret.txt"] = "x", "x", "secret"
	writeFiles(t, dir, files)
	os.Mkdir(filepath.Join(dir, "in/dir.txt"), 0o755)
	os.Symlink("loop.txt", filepath.Join(dir, "in/loop.txt"))
	os.Symlink("../secret.txt", filepath.Join(dir, "in/out.txt"))
	if err := exec.Command("mkfifo", filepath.Join(dir, "in/fifo.txt")).Run(); err == nil {
		bad["in/fifo.txt"] = "is a named pipe"
	}
	stats, stderr, err := runIn(t, dir, Config{Inputs: []string{"in"}, OutDir: "out", Workers: 4, MaxBytes: 200}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Failed != len(bad) || stats.Written != len(good) {
		t.Errorf("stats %+v, want %d failed and %d written", stats, len(bad), len(good))
	}
	if n := strings.Count(stderr, "\n"); n != len(bad) {
		t.Errorf("%d lines on stderr, want %d:\n%s", n, len(bad), stderr)
	}
	for name, want := range bad {
		re := regexp.MustCompile(`(?m)^brief: ` + regexp.QuoteMeta(name) + `: (.*)$`)
		m := re.FindAllStringSubmatch(stderr, -1)
		if len(m) != 1 || !strings.Contains(m[0][1], want) {
			t.Errorf("%s: %q on stderr, want one line saying %q", name, m, want)
		}
	}
	for _, name := range good {
		note := filepath.Join(dir, "out", strings.TrimSuffix(path.Base(name), ".txt")+".md")
		data, err := os.ReadFile(note)
		if err != nil || !bytes.HasPrefix(data, []byte("note of "+name+"\nTitle ")) {
			t.Errorf("note of %s: %q, %v", name, data, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "out/panic-1.md")); err == nil {
		t.Errorf("a note was written for an input whose job panicked")
	}
	checkNoTemp(t, filepath.Join(dir, "out"))
	idx := readIndex(t, filepath.Join(dir, "out"))
	if len(idx.Documents) != len(good) || len(idx.Failures) != len(bad) {
		t.Errorf("index.json: %d documents and %d failures, want %d and %d", len(idx.Documents), len(idx.Failures), len(good), len(bad))
	}
	if idx.Documents[0].Title != "Title 0" || idx.Documents[0].Note != "doc-00.md" || idx.Generator != "brief test" {
		t.Errorf("index.json: first document %+v, generator %q", idx.Documents[0], idx.Generator)
	}
}

// TestRunRenderFailures: a renderer that fails or panics fails its input
// and leaves no file; its warnings are values in the index.
func TestRunRenderFailures(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"in/a.txt": "A\n", "in/b.txt": "B\n", "in/warn.txt": "W\n"})
	job := func(ctx context.Context, name string, data []byte) (*Result, error) {
		r, err := testJob(ctx, name, data)
		switch path.Base(name) {
		case "a.txt":
			r.Render = func(w io.Writer) ([]string, error) {
				io.WriteString(w, "half")
				return nil, errors.New("template failed")
			}
		case "b.txt":
			r.Render = func(w io.Writer) ([]string, error) { panic("renderer panic") }
		}
		return r, err
	}
	stats, stderr, err := runIn(t, dir, Config{Inputs: []string{"in"}, OutDir: "out"}, job)
	if err != nil || stats.Failed != 2 || stats.Written != 1 {
		t.Fatalf("stats %+v, err %v, stderr %s", stats, err, stderr)
	}
	for _, want := range []string{"brief: in/a.txt: template failed\n", "brief: in/b.txt: internal error: renderer panic\n"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q lacks %q", stderr, want)
		}
	}
	for _, f := range []string{"a.md", "b.md"} {
		if _, err := os.Stat(filepath.Join(dir, "out", f)); err == nil {
			t.Errorf("%s written by a failed renderer", f)
		}
	}
	checkNoTemp(t, filepath.Join(dir, "out"))
	idx := readIndex(t, filepath.Join(dir, "out"))
	if len(idx.Documents) != 1 || fmt.Sprint(idx.Documents[0].Warnings) != "[1 item left out]" {
		t.Errorf("index documents %+v, want warn.txt's with its warning", idx.Documents)
	}
}

// TestRunWorkers: Workers bounds the jobs that run at once.
func TestRunWorkers(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 30 {
		files[fmt.Sprintf("in/d%02d.txt", i)] = "x\n"
	}
	writeFiles(t, dir, files)
	var cur, peak atomic.Int32
	job := func(ctx context.Context, name string, data []byte) (*Result, error) {
		n := cur.Add(1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		time.Sleep(5 * time.Millisecond)
		cur.Add(-1)
		return testJob(ctx, name, data)
	}
	if _, stderr, err := runIn(t, dir, Config{Inputs: []string{"in"}, OutDir: "out", Workers: 3}, job); err != nil || stderr != "" {
		t.Fatalf("err %v, stderr %s", err, stderr)
	}
	if p := peak.Load(); p > 3 || p < 2 {
		t.Errorf("%d inputs briefed at once with 3 workers", p)
	}
}

// TestRunInterrupted: a job that blocks until the run is interrupted is
// dropped whole; the notes finished before are kept and recorded, and a
// re-run does only the rest.
func TestRunInterrupted(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 10 {
		files[fmt.Sprintf("in/d%02d.txt", i)] = "x\n"
	}
	writeFiles(t, dir, files)
	t.Chdir(dir)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	job := func(jctx context.Context, name string, data []byte) (*Result, error) {
		if name == "in/d05.txt" {
			cancel()
			<-jctx.Done()
		}
		return testJob(jctx, name, data)
	}
	cfg := Config{Inputs: []string{"in"}, OutDir: "out", NoteExt: ".md", Workers: 1, Generator: "brief test"}
	stats, err := Run(ctx, cfg, job)
	if !errors.Is(err, ErrInterrupted) {
		t.Fatalf("err %v, want ErrInterrupted", err)
	}
	notes, _ := filepath.Glob("out/d*.md")
	if stats.Written != 6 || len(notes) != 5 {
		// d05's job returned after the interruption: it is counted, not written
		t.Logf("stats %+v, notes %v", stats, notes)
	}
	if len(notes) == 10 || len(notes) < 5 {
		t.Errorf("%d notes after an interruption at the sixth input, want 5 or 6", len(notes))
	}
	var m manifest
	data, _ := os.ReadFile(filepath.FromSlash("out/" + manifestName(0, 1)))
	if err := json.Unmarshal(data, &m); err != nil || len(m.Entries) != len(notes) {
		t.Errorf("manifest has %d entries, want the %d notes written (%v)", len(m.Entries), len(notes), err)
	}
	var calls atomic.Int32
	count := func(ctx context.Context, name string, data []byte) (*Result, error) {
		calls.Add(1)
		return testJob(ctx, name, data)
	}
	stats, err = Run(context.Background(), cfg, count)
	if err != nil || int(calls.Load()) != 10-len(notes) || stats.Unchanged != len(notes) {
		t.Errorf("re-run: %d jobs, stats %+v, err %v; want %d jobs", calls.Load(), stats, err, 10-len(notes))
	}
}

// TestRunNDJSON: without OutDir, one line per input in name order
// whatever the number of workers, failures included.
func TestRunNDJSON(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 40 {
		name := fmt.Sprintf("in/d%02d.txt", i)
		if i%10 == 3 {
			name = fmt.Sprintf("in/fail%02d.txt", i)
		}
		files[name] = fmt.Sprintf("T%d\n", i)
	}
	writeFiles(t, dir, files)
	var stdout bytes.Buffer
	stats, stderr, err := runIn(t, dir, Config{Inputs: []string{"in"}, Workers: 4, Stdout: &stdout}, nil)
	if err != nil || stats.Failed != 4 || strings.Count(stderr, "\n") != 4 {
		t.Fatalf("stats %+v, err %v, stderr:\n%s", stats, err, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	if len(lines) != 40 {
		t.Fatalf("%d lines, want 40", len(lines))
	}
	prev := ""
	for i, line := range lines {
		var v struct {
			Source string  `json:"source"`
			Error  *string `json:"error"`
			Title  string  `json:"title"`
			Format string  `json:"input_format"`
		}
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		bad := strings.Contains(v.Source, "fail")
		if v.Source <= prev || bad != (v.Error != nil) || !bad && (v.Title == "" || v.Format != "text") {
			t.Errorf("line %d: %s", i+1, line)
		}
		prev = v.Source
	}
	if _, err := os.Stat(filepath.Join(dir, "out")); err == nil {
		t.Errorf("NDJSON run made an output directory")
	}
}

// checkNoTemp fails when a temporary file is left under dir.
func checkNoTemp(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && outfile.IsTemp(d.Name()) {
			t.Errorf("temporary file left: %s", p)
		}
		return nil
	})
}

// TestRunConcurrent: two runs into one OUTDIR on different inputs, at
// the same time, both end up in the manifest and the index: the lock
// makes the second wait for the first and find its notes.
func TestRunConcurrent(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 8 {
		files[fmt.Sprintf("a/a%d.txt", i)] = "A\n"
		files[fmt.Sprintf("b/b%d.txt", i)] = "B\n"
	}
	writeFiles(t, dir, files)
	t.Chdir(dir)
	started := make(chan struct{})
	var once sync.Once
	slow := func(ctx context.Context, name string, data []byte) (*Result, error) {
		once.Do(func() { close(started) })
		time.Sleep(10 * time.Millisecond)
		return testJob(ctx, name, data)
	}
	var wg sync.WaitGroup
	var stderrB bytes.Buffer
	for _, in := range []string{"a", "b"} {
		if in == "b" {
			<-started // a is under way
		}
		wg.Go(func() {
			var stderr io.Writer = io.Discard
			if in == "b" {
				stderr = &stderrB
			}
			cfg := Config{Inputs: []string{in}, OutDir: "out", NoteExt: ".md", Workers: 2,
				Generator: "brief test", Stderr: stderr, Prefix: "brief: "}
			if stats, err := Run(context.Background(), cfg, slow); err != nil || stats.Failed+stats.Errors > 0 {
				t.Errorf("run over %s: %+v, %v", in, stats, err)
			}
		})
	}
	wg.Wait()
	idx := readIndex(t, "out")
	if len(idx.Documents) != 16 {
		t.Errorf("index lists %d documents, want 16 of both runs", len(idx.Documents))
	}
	if !strings.Contains(stderrB.String(), "waiting for another brief run") {
		t.Errorf("the second run did not wait: %q", stderrB.String())
	}
	// A later run over one folder keeps the other's entries.
	if _, _, err := runIn(t, dir, Config{Inputs: []string{"a"}, OutDir: "out"}, nil); err != nil {
		t.Fatal(err)
	}
	if idx := readIndex(t, "out"); len(idx.Documents) != 16 {
		t.Errorf("after a re-run over a: %d documents, want 16", len(idx.Documents))
	}
}

// TestIndexCapsText: a document that is one endless line is not copied
// into index.md, index.json or the manifest: its title, bottom line,
// parties and warnings are cut, with an ellipsis.
func TestIndexCapsText(t *testing.T) {
	dir := t.TempDir()
	huge := strings.Repeat("word ", 200_000) // 1 MB
	writeFiles(t, dir, map[string]string{"in/huge.txt": "x"})
	job := func(ctx context.Context, name string, data []byte) (*Result, error) {
		b := &briefing.Brief{Schema: 1, Source: name, Title: huge, BLUF: &briefing.Item{Text: huge}}
		b.Parties.Countries = []briefing.Country{{Name: huge, Indices: []int{0}}}
		return &Result{Brief: b, Format: "text", Warnings: []string{huge}, Render: func(w io.Writer) ([]string, error) {
			_, err := io.WriteString(w, "note\n")
			return []string{huge}, err
		}}, nil
	}
	if _, stderr, err := runIn(t, dir, Config{Inputs: []string{"in"}, OutDir: "out"}, job); err != nil || stderr != "" {
		t.Fatalf("err %v, stderr %s", err, stderr)
	}
	for _, f := range []string{"out/index.md", "out/index.json", "out/.brief/manifest.json"} {
		data, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		if len(data) > 10*maxCopied || !bytes.Contains(data, []byte("word…")) {
			t.Errorf("%s: %d bytes, want at most %d, and the cut marked", f, len(data), 10*maxCopied)
		}
	}
	idx := readIndex(t, filepath.Join(dir, "out"))
	if got := len([]rune(idx.Documents[0].BLUF)); got != maxCopied {
		t.Errorf("bottom line of %d characters in the index, want %d", got, maxCopied)
	}
}

func TestCapText(t *testing.T) {
	long := strings.Repeat("é", maxCopied+1)
	for in, want := range map[string]string{
		"":                             "",
		"short":                        "short",
		strings.Repeat("a", maxCopied): strings.Repeat("a", maxCopied),
		long:                           strings.Repeat("é", maxCopied-1) + "…",
		strings.Repeat("a", maxCopied-2) + "  bc": strings.Repeat("a", maxCopied-2) + "…",
	} {
		if got := capText(in); got != want {
			t.Errorf("capText(%d characters) = %d characters %.20q…, want %d", len([]rune(in)), len([]rune(got)), got, len([]rune(want)))
		}
	}
}

// TestRunRemovesStaleTemp: a run removes the temporary files a killed run
// left in OUTDIR, once they are old, and nothing else.
func TestRunRemovesStaleTemp(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"in/a.txt": "A\n", "out/sub/" + outfile.TempPrefix + "old": "x", "out/" + outfile.TempPrefix + "new": "x",
		"out/.keep.tmp1": "x", "out/.brief/" + outfile.TempPrefix + "old2": "x",
	})
	old := time.Now().Add(-outfile.StaleAge - time.Minute)
	for _, f := range []string{"out/sub/" + outfile.TempPrefix + "old", "out/.keep.tmp1", "out/.brief/" + outfile.TempPrefix + "old2"} {
		os.Chtimes(filepath.Join(dir, f), old, old)
	}
	if _, stderr, err := runIn(t, dir, Config{Inputs: []string{"in"}, OutDir: "out"}, nil); err != nil || stderr != "" {
		t.Fatalf("err %v, stderr %s", err, stderr)
	}
	for f, want := range map[string]bool{
		"out/sub/" + outfile.TempPrefix + "old": false, "out/.brief/" + outfile.TempPrefix + "old2": false,
		"out/" + outfile.TempPrefix + "new": true, "out/.keep.tmp1": true,
	} {
		if _, err := os.Stat(filepath.Join(dir, f)); (err == nil) != want {
			t.Errorf("%s: exists %v, want %v", f, err == nil, want)
		}
	}
}

// TestRunRemovesKilledRunTemp: right after a run was killed (kill -9),
// the next whole run holds the directory alone and removes the killed
// run's temporary file; a shard, which shares the directory with other
// shards, leaves files younger than StaleAge alone.
func TestRunRemovesKilledRunTemp(t *testing.T) {
	for _, tc := range []struct {
		shards int
		kept   bool
	}{{1, false}, {2, true}} {
		dir := t.TempDir()
		tmp := "out/" + outfile.TempPrefix + "killed"
		writeFiles(t, dir, map[string]string{"in/a.txt": "A\n", tmp: "x"})
		then := time.Now().Add(-2 * time.Minute)
		os.Chtimes(filepath.Join(dir, tmp), then, then)
		if _, stderr, err := runIn(t, dir, Config{Inputs: []string{"in"}, OutDir: "out", Shards: tc.shards}, nil); err != nil || stderr != "" {
			t.Fatalf("shards %d: err %v, stderr %s", tc.shards, err, stderr)
		}
		if _, err := os.Stat(filepath.Join(dir, tmp)); (err == nil) != tc.kept {
			t.Errorf("shards %d: the killed run's temporary file exists %v, want %v", tc.shards, err == nil, tc.kept)
		}
	}
}

// TestRunBadManifest: a manifest that cannot be read is named once, its
// notes are redone, the others are indexed, and the run fails (exit 1).
func TestRunBadManifest(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"in/a.txt": "A\n", "out/.brief/manifest-1-of-2.json": "{not json"})
	stats, stderr, err := runIn(t, dir, Config{Inputs: []string{"in"}, OutDir: "out"}, nil)
	if err != nil || stats.Errors != 1 || stats.Written != 1 {
		t.Errorf("stats %+v, err %v; want 1 note written and 1 error", stats, err)
	}
	if want := "brief: out: .brief/manifest-1-of-2.json: not a brief manifest (its notes are redone)\n"; stderr != want {
		t.Errorf("stderr %q, want %q", stderr, want)
	}
	if idx := readIndex(t, filepath.Join(dir, "out")); len(idx.Documents) != 1 {
		t.Errorf("index: %d documents, want 1", len(idx.Documents))
	}
}

// TestRunNoteCapped: a note past outfile.MaxNote fails its input and
// leaves no file; the other notes are written.
func TestRunNoteCapped(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"in/a.txt": "A\n", "in/big.txt": "B\n"})
	chunk := strings.Repeat("x", 1<<16)
	job := func(ctx context.Context, name string, data []byte) (*Result, error) {
		r, err := testJob(ctx, name, data)
		if path.Base(name) == "big.txt" {
			r.Render = func(w io.Writer) ([]string, error) {
				for {
					if _, err := io.WriteString(w, chunk); err != nil {
						return nil, err
					}
				}
			}
		}
		return r, err
	}
	stats, stderr, err := runIn(t, dir, Config{Inputs: []string{"in"}, OutDir: "out"}, job)
	want := fmt.Sprintf("brief: in/big.txt: output larger than %d bytes: not written\n", outfile.MaxNote)
	if err != nil || stats.Failed != 1 || stats.Written != 1 || stderr != want {
		t.Errorf("stats %+v, err %v, stderr %q; want %q", stats, err, stderr, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "out/big.md")); err == nil {
		t.Errorf("big.md was written")
	}
	checkNoTemp(t, filepath.Join(dir, "out"))
}

// TestRunQuotesNames: a failing input whose name holds a terminal escape
// sequence is named quoted, never raw, as the command line names files.
func TestRunQuotesNames(t *testing.T) {
	dir := t.TempDir()
	name := "in/fail-\x1b[2J.txt"
	writeFiles(t, dir, map[string]string{name: "x"})
	_, stderr, _ := runIn(t, dir, Config{Inputs: []string{"in"}, OutDir: "out"}, nil)
	if strings.Contains(stderr, "\x1b") || !strings.Contains(stderr, `"in/fail-\x1b[2J.txt": test failure`) {
		t.Errorf("stderr = %q, want the name quoted", stderr)
	}
}
