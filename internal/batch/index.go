package batch

// index.go writes the index files of OUTDIR: index.md, the page to read
// first, and index.json, from the manifests of the runs into it.

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"strings"
	"sync"

	"github.com/brief-dev/brief/internal/outfile"
	"github.com/brief-dev/brief/render"
)

// Index is what WriteIndex did.
type Index struct {
	Missing []string // "I/N" of the shards of the newest sharding that left no manifest
	// NotReplaced are the index files (index.md, index.json) left alone
	// because they exist and brief did not write them.
	NotReplaced []string
	// Unreadable names the manifests that could not be read; the others
	// are indexed.
	Unreadable error
}

// IndexOptions are the options of WriteIndex.
type IndexOptions struct {
	Generator string // the program and its version, recorded in index.json
	// Overwrite replaces index files that brief did not write.
	Overwrite bool
}

// WriteIndex merges the manifests that batch runs left in dir and writes
// dir/index.md and dir/index.json, holding dir's lock so that no run
// changes the manifests meanwhile. The error says why nothing could be
// written; what went wrong short of that is in the Index.
func WriteIndex(ctx context.Context, dir string, opt IndexOptions) (*Index, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, outfile.UnwrapPathError(err)
	}
	defer root.Close()
	if unlock, err := lockDir(ctx, root, true, func() {}); err == nil {
		defer unlock()
	} else if ctx.Err() != nil {
		return nil, ErrInterrupted
	}
	return writeIndex(root, nil, opt.Generator, opt.Overwrite)
}

// notOwned is the message for a file that brief will not replace.
const notOwned = "exists and brief did not write it: not replaced"

var errNoManifest = errors.New("no manifest of brief batch here (run brief batch -o DIR first)")

// writeIndex merges the manifests in root and writes index.md and
// index.json, but those that brief did not write (unless overwrite).
// known, unless nil, are the manifests in root as loadManifests would
// return them, all readable (manifestsAfterSave); nil reads them.
func writeIndex(root *os.Root, known []*manifest, generator string, overwrite bool) (*Index, error) {
	ms, loadErr := known, error(nil)
	if ms == nil {
		ms, loadErr = loadManifests(root)
	}
	if len(ms) == 0 {
		if loadErr == nil {
			loadErr = errNoManifest
		}
		return nil, loadErr
	}
	idx := mergeManifests(ms)
	res := &Index{Missing: idx.Missing, Unreadable: loadErr}
	files := []struct {
		name  string
		write func(io.Writer) error
	}{
		{indexMarkdown, func(w io.Writer) error {
			_, err := w.Write(idx.markdown())
			return err
		}},
		{indexJSON, func(w io.Writer) error { return idx.writeJSON(w, generator) }},
	}
	// The two files are written at once, on two cores: a batch ends with
	// them, and nothing else runs then.
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		if !overwrite && !isOurIndex(root, f.name) {
			res.NotReplaced = append(res.NotReplaced, f.name)
			continue
		}
		wg.Go(func() { errs[i] = outfile.WriteInRoot(root, f.name, 0, false, f.write) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return res, nil
}

// isOurIndex reports whether the index file name in root may be written:
// it does not exist, or it is an index that brief wrote, as its first
// line tells (index.md's heading, index.json's schema and generator).
// A manifest cannot tell: "brief index" writes the index and no manifest.
func isOurIndex(root *os.Root, name string) bool {
	f, err := root.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return true
	}
	if err != nil {
		return false
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		return false
	}
	first := make([]byte, 64)
	n, _ := io.ReadFull(bufio.NewReader(f), first)
	first = first[:n]
	if name == indexMarkdown {
		return bytes.HasPrefix(first, []byte(indexHeading))
	}
	return bytes.HasPrefix(first, []byte(fmt.Sprintf("{\n  \"schema\": %d,\n  \"generator\": \"", manifestSchema)))
}

// indexHeading starts index.md.
const indexHeading = "# Briefing index\n"

// markdown is index.md: one table row per note, by date, then the
// failures and what was skipped.
func (idx *mergedIndex) markdown() []byte {
	var b bytes.Buffer
	b.WriteString(indexHeading + "\n")
	fmt.Fprintf(&b, "%s, by date.", plural(len(idx.Documents), "note", "notes"))
	if n := len(idx.Failures); n > 0 {
		fmt.Fprintf(&b, " %s failed.", plural(n, "input", "inputs"))
	}
	if n := len(idx.Unsupported); n > 0 {
		fmt.Fprintf(&b, " %s skipped (not a document type brief reads).", plural(n, "file", "files"))
	}
	b.WriteString("\n")
	if len(idx.Missing) > 0 {
		fmt.Fprintf(&b, "\n**Incomplete:** shard %s left no manifest.\n", strings.Join(idx.Missing, ", "))
	}
	if len(idx.Documents) > 0 {
		b.WriteString("\n| Date | Title | Bottom line | Outcomes | Main parties |\n|---|---|---|---:|---|\n")
		for _, e := range idx.Documents {
			date := e.Date
			if date == "" {
				date = "–"
			}
			fmt.Fprintf(&b, "| %s | [%s](%s) | %s | %d | %s |\n", date, cell(e.Title), noteLink(e.Note),
				cell(e.BLUF), e.Outcomes, cell(strings.Join(e.Parties, ", ")))
		}
	}
	if len(idx.Failures) > 0 {
		b.WriteString("\n## Failures\n\n")
		for _, e := range idx.Failures {
			fmt.Fprintf(&b, "- %s: %s\n", cell(e.Source), cell(e.Error))
		}
	}
	if len(idx.Unsupported) > 0 {
		const show = 50
		b.WriteString("\n## Skipped\n\n")
		for _, name := range idx.Unsupported[:min(show, len(idx.Unsupported))] {
			fmt.Fprintf(&b, "- %s\n", cell(name))
		}
		if n := len(idx.Unsupported) - show; n > 0 {
			fmt.Fprintf(&b, "- and %d more (index.json lists them all)\n", n)
		}
	}
	return b.Bytes()
}

// cell is text made safe for one cell of a Markdown table.
func cell(s string) string { return render.EscapeMarkdown(s) }

// noteLink is the link to a note from index.md, beside it.
func noteLink(note string) string {
	parts := strings.Split(note, "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// indexFile is index.json.
type indexFile struct {
	Schema        int            `json:"schema"`                   // manifestSchema
	Generator     string         `json:"generator"`                // brief and its version
	Documents     []Entry        `json:"documents"`                // one per note, by date (undated last) then note
	Failures      []indexFailure `json:"failures"`                 // inputs without a note, by name
	Unsupported   []string       `json:"unsupported"`              // files skipped for their type
	MissingShards []string       `json:"missing_shards,omitempty"` // "I/N" of shards that left no manifest
}

// indexFailure is an input that has no note.
type indexFailure struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

func (idx *mergedIndex) writeJSON(w io.Writer, generator string) error {
	f := indexFile{
		Schema: manifestSchema, Generator: generator,
		Documents: []Entry{}, Failures: []indexFailure{}, Unsupported: idx.Unsupported,
		MissingShards: idx.Missing,
	}
	if f.Unsupported == nil {
		f.Unsupported = []string{}
	}
	for _, e := range idx.Failures {
		f.Failures = append(f.Failures, indexFailure{e.Source, e.Error})
	}
	return writeIndentedWithList(w, &f, "documents", idx.Documents)
}
