package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite golden files and scripts")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"brief": func() { os.Exit(runProcess(os.Args, os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScript runs the end-to-end scripts in testdata/script: the real
// binary on files and standard input.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("testdata", "script"),
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			// a file name with an escape sequence, which scripts cannot write
			env.Setenv("ESCNAME", "evil\x1b[2J.txt")
			// the founding sample, so scripts can use it without a copy
			sample, err := os.ReadFile(filepath.Join("samples", "india-russia-irigc.txt"))
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(env.WorkDir, "sample.txt"), sample, 0o644)
		},
	})
}

// TestRunExitCodes checks the exit code and the one-line error contract in
// process.
func TestRunExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("The committee met on Monday. It agreed to meet again in May. Members signed the accord."), 0o644)
	bin := filepath.Join(dir, "bin.txt")
	os.WriteFile(bin, []byte("PK\x03\x04\x00\x00binary"), 0o644)
	badTmpl := filepath.Join(dir, "bad.tmpl")
	os.WriteFile(badTmpl, []byte("{{.Title"), 0o644)
	tests := []struct {
		args     []string
		stdin    string
		code     int
		stderrRE string
	}{
		{[]string{"brief", "summarize", good}, "", 0, ""},
		{[]string{"brief", "summarize", good, "-n", "1"}, "", 0, ""},
		{[]string{"brief", "summarize"}, "One sentence here. Another one there.", 0, ""},
		{[]string{"brief", "summarize", "-n", "x", good}, "", 2, "invalid value"},
		{[]string{"brief", "summarize", "--bogus", good}, "", 2, "flag provided but not defined"},
		{[]string{"brief", "summarize", "--ratio", "2", good}, "", 2, "--ratio"},
		{[]string{"brief", "summarize", "-a", "nope", good}, "", 2, "unknown algorithm"},
		{[]string{"brief", "summarize", filepath.Join(dir, "missing.txt")}, "", 1, "missing.txt: no such file"},
		{[]string{"brief", "summarize", bin}, "", 1, "bin.txt: unsupported format"},
		{[]string{"brief", "summarize", bin, good}, "", 1, "bin.txt: unsupported format"},
		{[]string{"brief", "summarize"}, "   \n\t ", 1, "<stdin>: no text"},
		{[]string{"brief", "nosuch"}, "", 2, ""},
		{[]string{"brief", "nosuch.txt"}, "", 1, "nosuch.txt: no such file"},
		{[]string{"brief", "summarize", "--ratio", "NaN", good}, "", 2, "--ratio"},
		{[]string{"brief", "note", "--ratio", "NaN", good}, "", 2, "--ratio"},
		{[]string{"brief", "note", "--template", badTmpl, good}, "", 2, "bad.tmpl: template"},
		{[]string{"brief", "completion", "tcsh"}, "", 2, "no completion"},
		{[]string{"brief", "note", "--max-bytes", "-5", good}, "", 2, "--max-bytes must be a positive"},
		{[]string{"brief", "summarize", "--max-bytes", "0", good}, "", 2, "--max-bytes must be a positive"},
		{[]string{"brief", "--version"}, "", 0, ""},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
		if code != tt.code {
			t.Errorf("run(%q) = %d, want %d; stderr:\n%s", tt.args, code, tt.code, stderr.String())
		}
		if tt.stderrRE != "" && !strings.Contains(stderr.String(), tt.stderrRE) {
			t.Errorf("run(%q) stderr = %q, want it to contain %q", tt.args, stderr.String(), tt.stderrRE)
		}
		if tt.code == 1 && strings.Count(stderr.String(), "brief: ") != strings.Count(stderr.String(), "\n") {
			t.Errorf("run(%q) stderr has lines that are not 'brief: ...' errors:\n%s", tt.args, stderr.String())
		}
	}
}

// TestReorderArgs: flags after file arguments must still count.
func TestReorderArgs(t *testing.T) {
	app := newApp(nil, nil, nil)
	tests := []struct{ in, want string }{
		{"brief summarize a.txt -n 3", "brief summarize -n 3 -- a.txt"},
		{"brief summarize -n 3 a.txt", "brief summarize -n 3 -- a.txt"},
		{"brief summarize a.txt --one-per-line b.txt", "brief summarize --one-per-line -- a.txt b.txt"},
		{"brief summarize a.txt --format=json", "brief summarize --format=json -- a.txt"},
		{"brief summarize - -n 2", "brief summarize -n 2 -- -"},
		{"brief summarize -- -n", "brief summarize -- -n"},
		{"brief --version", "brief --version"},
		{"brief note a.txt --generate-bash-completion", "brief note -- a.txt --generate-bash-completion"},
		{"brief note --o --generate-bash-completion", "brief note --o --generate-bash-completion"},
	}
	for _, tt := range tests {
		got := strings.Join(reorderArgs(app, strings.Fields(tt.in)), " ")
		if got != tt.want {
			t.Errorf("reorderArgs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestGuarded: a panic in the packages becomes an error of the input, so
// that note and summarize report it once and go on, as batch does; an
// error passes through unchanged.
func TestGuarded(t *testing.T) {
	err := guarded(func() error {
		tokens, st, end := []int{1, 2}, 2, 1
		_ = tokens[st:end] // what a slicing bug in a package does
		return nil
	})
	if err == nil || !strings.HasPrefix(err.Error(), "internal error: ") {
		t.Errorf("guarded(panicking func) = %v, want an internal error", err)
	}
	fe := &fileError{"doc.txt", err}
	if got := fe.Error(); !strings.HasPrefix(got, "doc.txt: internal error: runtime error: slice bounds out of range") {
		t.Errorf("reported as %q", got)
	}
	want := errors.New("no text in input")
	if err := guarded(func() error { return want }); err != want {
		t.Errorf("guarded(func returning %v) = %v", want, err)
	}
	if err := guarded(func() error { return nil }); err != nil {
		t.Errorf("guarded(func returning nil) = %v", err)
	}
}

// TestPDFToDevNull: /dev/null is a character device, not a terminal, so a
// PDF may be written there (the terminal check once refused it).
func TestPDFToDevNull(t *testing.T) {
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Skip(err)
	}
	defer devnull.Close()
	var stderr bytes.Buffer
	if code := run(context.Background(), []string{"brief", "note", "-f", "pdf", filepath.Join("samples", "india-russia-irigc.txt")}, nil, devnull, &stderr); code != 0 {
		t.Errorf("note -f pdf > /dev/null: exit %d: %s", code, stderr.String())
	}
}
