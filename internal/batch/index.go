package batch

// index.go writes the index files of OUTDIR: index.md, the page to read
// first, and index.json, from the manifests of the runs into it.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/outfile"
)

// Index is what WriteIndex found in the manifests.
type Index struct {
	Missing []string // "I/N" of the shards of the newest sharding that left no manifest
}

// WriteIndex merges the manifests that batch runs left in dir and writes
// dir/index.md and dir/index.json. The index is nil when nothing could be
// written; with an index, err names manifests that could not be read.
func WriteIndex(dir, generator string) (*Index, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, outfile.UnwrapPathError(err)
	}
	defer root.Close()
	idx, err := writeIndex(root, generator)
	if idx == nil {
		return nil, err
	}
	return &Index{Missing: idx.Missing}, err
}

var errNoManifest = errors.New("no manifest of brief batch here (run brief batch -o DIR first)")

// writeIndex merges the manifests in root and writes index.md and
// index.json. The index is nil when nothing could be written; with an
// index, err names manifests that could not be read.
func writeIndex(root *os.Root, generator string) (*mergedIndex, error) {
	ms, loadErr := loadManifests(root)
	if len(ms) == 0 {
		if loadErr == nil {
			loadErr = errNoManifest
		}
		return nil, loadErr
	}
	idx := mergeManifests(ms)
	if err := outfile.WriteInRoot(root, indexMarkdown, 0, false, func(w io.Writer) error {
		_, err := w.Write(idx.markdown())
		return err
	}); err != nil {
		return nil, err
	}
	if err := outfile.WriteInRoot(root, indexJSON, 0, false, func(w io.Writer) error {
		return idx.writeJSON(w, generator)
	}); err != nil {
		return nil, err
	}
	return idx, loadErr
}

// markdown is index.md: one table row per note, by date, then the
// failures and what was skipped.
func (idx *mergedIndex) markdown() []byte {
	var b bytes.Buffer
	b.WriteString("# Briefing index\n\n")
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
func cell(s string) string { return briefing.EscapeMarkdown(s) }

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
		Documents: idx.Documents, Failures: []indexFailure{}, Unsupported: idx.Unsupported,
		MissingShards: idx.Missing,
	}
	if f.Documents == nil {
		f.Documents = []Entry{}
	}
	if f.Unsupported == nil {
		f.Unsupported = []string{}
	}
	for _, e := range idx.Failures {
		f.Failures = append(f.Failures, indexFailure{e.Source, e.Error})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(f)
}
