package batch

// manifest.go keeps the state of a batch in OUTDIR/.brief: one manifest per
// run (per shard of a sharded run) saying, for every input, the hash of its
// content and options and its line in the index. Re-runs read them to skip
// what is up to date; "brief index" merges them.

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/outfile"
	"github.com/brief-dev/brief/internal/vocab"
)

// manifestSchema is the version of the manifest format.
const manifestSchema = 1

// Entry is one input of a batch as the manifest and index.json record
// it. Texts copied from the document (title, bottom line, parties) are
// capped at maxCopied characters: the index is a table of contents, not a
// second copy of the inputs.
type Entry struct {
	Source   string   `json:"source"`                 // the input, as named on stderr
	Note     string   `json:"note,omitempty"`         // its note, relative to OUTDIR (slash-separated)
	Format   string   `json:"input_format,omitempty"` // text, markdown, html, docx or pdf
	Title    string   `json:"title,omitempty"`        // the document's title, or the input's file name
	Date     string   `json:"date,omitempty"`         // ISO 8601, or "" when unknown
	BLUF     string   `json:"bluf,omitempty"`         // the bottom line
	Outcomes int      `json:"outcomes"`               // number of outcomes in the note
	Parties  []string `json:"parties,omitempty"`      // the most mentioned persons, organisations and countries
	Warnings []string `json:"warnings,omitempty"`     // what reading or fitting lost
	Error    string   `json:"error,omitempty"`        // why there is no note
	SHA256   string   `json:"sha256,omitempty"`       // of the input's bytes (manifest only)
	Options  string   `json:"options,omitempty"`      // Config.OptionsKey of the run that wrote the note (manifest only)
}

// manifest is the state one run (or one shard) leaves in OUTDIR.
type manifest struct {
	Schema      int       `json:"schema"`
	Generator   string    `json:"generator"`   // brief and its version
	Shard       int       `json:"shard"`       // this run's shard, 0 ≤ Shard < Shards
	Shards      int       `json:"shards"`      // 1 for a run that is not sharded
	Written     time.Time `json:"written"`     // when; the newest manifests make the index
	Format      string    `json:"format"`      // of the notes: md, pdf or json
	Unsupported []string  `json:"unsupported"` // files skipped for their extension (all shards)
	Entries     []Entry   `json:"entries"`     // this shard's inputs, by name

	name string // where it lies in OUTDIR (manifestName), as fs.Glob lists it
}

// manifestName is where shard i of n keeps its manifest in OUTDIR.
func manifestName(shard, shards int) string {
	if shards <= 1 {
		return path.Join(stateDir, "manifest.json")
	}
	return path.Join(stateDir, fmt.Sprintf("manifest-%d-of-%d.json", shard, shards))
}

// saveManifest writes m atomically into root.
func saveManifest(root *os.Root, m *manifest, generator string) error {
	m.Schema = manifestSchema
	m.Generator = generator
	if m.Unsupported == nil {
		m.Unsupported = []string{}
	}
	if m.Entries == nil {
		m.Entries = []Entry{}
	}
	head := *m
	head.Entries = []Entry{}
	m.name = manifestName(m.Shard, m.Shards)
	return outfile.WriteInRoot(root, m.name, 0, false, func(w io.Writer) error {
		return writeIndentedWithList(w, &head, "entries", m.Entries)
	})
}

// loadManifests reads every manifest in root, newest first. A manifest
// that cannot be read is named in the error and left out.
func loadManifests(root *os.Root) ([]*manifest, error) {
	names, err := fs.Glob(root.FS(), stateDir+"/manifest*.json")
	if err != nil {
		return nil, err
	}
	var ms []*manifest
	var errs []error
	for _, name := range names {
		data, err := root.ReadFile(name)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, outfile.UnwrapPathError(err)))
			continue
		}
		var m manifest
		if err := json.Unmarshal(data, &m); err != nil || m.Schema != manifestSchema {
			errs = append(errs, fmt.Errorf("%s: not a brief manifest", name))
			continue
		}
		if m.Shards < 1 {
			m.Shards = 1
		}
		m.name = name
		ms = append(ms, &m)
	}
	newestFirst(ms)
	return ms, errors.Join(errs...)
}

// newestFirst orders manifests listed by name (as fs.Glob lists them) as
// loadManifests returns them: newest first, by name on ties.
func newestFirst(ms []*manifest) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Written.After(ms[j].Written) })
}

// manifestsAfterSave is what loadManifests would return after saved was
// written over the manifests ms that loadManifests returned before, when
// nothing else changed them meanwhile (the caller holds OUTDIR's lock
// alone) and none was unreadable: ms less the one saved replaced, and
// saved, in the same order. Nil when that cannot be told without reading
// them again: a string that is not valid UTF-8 comes back from the file
// changed (encoding/json writes U+FFFD for each bad byte), so saved as
// the file holds it would differ from saved in memory. Every other field
// of a manifest reads back as it was written: strings of valid UTF-8
// whatever their escapes, whole numbers, and the time in RFC 3339 with
// nanoseconds, in UTC (time.Now().UTC() carries no monotonic reading).
// A batch's end indexes from this rather than parsing the manifest it
// has just written (half a megabyte for a thousand inputs), while no
// other core has work.
func manifestsAfterSave(ms []*manifest, saved *manifest) []*manifest {
	if !validManifest(saved) {
		return nil
	}
	out := make([]*manifest, 0, len(ms)+1)
	for _, m := range ms {
		if m.name != saved.name {
			out = append(out, m)
		}
	}
	out = append(out, saved)
	sort.SliceStable(out, func(i, j int) bool { return out[i].name < out[j].name })
	newestFirst(out)
	return out
}

// validManifest reports whether every string of m is valid UTF-8.
func validManifest(m *manifest) bool {
	valid := func(ss ...string) bool {
		for _, s := range ss {
			if !utf8.ValidString(s) {
				return false
			}
		}
		return true
	}
	if !valid(m.Generator, m.Format) || !valid(m.Unsupported...) {
		return false
	}
	for i := range m.Entries {
		e := &m.Entries[i]
		if !valid(e.Source, e.Note, e.Format, e.Title, e.Date, e.BLUF, e.Error, e.SHA256, e.Options) ||
			!valid(e.Parties...) || !valid(e.Warnings...) {
			return false
		}
	}
	return true
}

// noteCache is what earlier runs wrote, by input name, newest first: the
// notes a re-run may keep.
func noteCache(ms []*manifest) map[string]Entry {
	cache := map[string]Entry{}
	for _, m := range ms {
		for _, e := range m.Entries {
			if _, ok := cache[e.Source]; !ok && e.Error == "" {
				cache[e.Source] = e
			}
		}
	}
	return cache
}

// lastNotes is the note of every input that has one, by input name,
// from the newest manifest that records one (the note of an input that
// failed since is still on disk, and still brief's).
func lastNotes(ms []*manifest) map[string]string {
	notes := map[string]string{}
	for _, m := range ms {
		for _, e := range m.Entries {
			if _, ok := notes[e.Source]; !ok && e.Note != "" {
				notes[e.Source] = e.Note
			}
		}
	}
	return notes
}

// ownedNotes is the set of note paths that manifests record: the files in
// OUTDIR that brief wrote and may replace.
func ownedNotes(notes map[string]string) map[string]bool {
	owned := make(map[string]bool, len(notes))
	for _, n := range notes {
		owned[n] = true
	}
	return owned
}

// foreignEntries are the newest entries of the manifests ms for inputs
// that are not among this run's inputs: those of runs over other folders,
// and those under this run's arguments that it did not walk (without -r)
// but that still exist. Kept in the new manifest, they stay in the index
// and their notes stay brief's; the entries of deleted inputs go.
func foreignEntries(ms []*manifest, args []string, inputs []*input) []Entry {
	current := make(map[string]bool, len(inputs))
	for _, in := range inputs {
		current[in.name] = true
	}
	seen := map[string]bool{}
	var out []Entry
	for _, m := range ms {
		for _, e := range m.Entries {
			if current[e.Source] || seen[e.Source] {
				continue
			}
			seen[e.Source] = true
			if underAny(e.Source, args) {
				if _, err := os.Lstat(filepath.FromSlash(e.Source)); err != nil {
					continue
				}
			}
			out = append(out, e)
		}
	}
	return out
}

// sortEntries sorts entries by input name, as the manifest lists them.
func sortEntries(entries []Entry) {
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].Source < entries[j].Source })
}

// mergedIndex is the index of a batch: every input once, from the newest
// set of manifests (the newest manifest's sharding; for every shard, its
// newest manifest).
type mergedIndex struct {
	Documents   []Entry // sorted by date (undated last), then note
	Failures    []Entry // sorted by source
	Unsupported []string
	Missing     []string // shards of the newest sharding that left no manifest
}

// mergeManifests builds the index from the manifests ms (newest first).
func mergeManifests(ms []*manifest) *mergedIndex {
	idx := &mergedIndex{}
	if len(ms) == 0 {
		return idx
	}
	shards := ms[0].Shards
	idx.Unsupported = ms[0].Unsupported
	seenShard := map[int]bool{}
	seenSource := map[string]bool{}
	for _, m := range ms {
		if m.Shards != shards || seenShard[m.Shard] {
			continue
		}
		seenShard[m.Shard] = true
		for _, e := range m.Entries {
			if seenSource[e.Source] {
				continue
			}
			seenSource[e.Source] = true
			e.SHA256, e.Options = "", ""
			if e.Error != "" {
				idx.Failures = append(idx.Failures, e)
			} else {
				idx.Documents = append(idx.Documents, e)
			}
		}
	}
	for i := range shards {
		if !seenShard[i] {
			idx.Missing = append(idx.Missing, fmt.Sprintf("%d/%d", i, shards))
		}
	}
	sort.Slice(idx.Documents, func(i, j int) bool {
		a, b := idx.Documents[i], idx.Documents[j]
		if (a.Date == "") != (b.Date == "") {
			return a.Date != ""
		}
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return a.Note < b.Note
	})
	sort.Slice(idx.Failures, func(i, j int) bool { return idx.Failures[i].Source < idx.Failures[j].Source })
	return idx
}

// indexEntry is the index line of the note of in.
func indexEntry(r *Result, in *input) Entry {
	b := r.Brief
	e := Entry{
		Source: in.name, Format: r.Format, Title: capText(b.Title), Date: string(b.Date),
		Outcomes: len(b.Outcomes), Parties: mainParties(b.Parties, 4),
	}
	for _, w := range r.Warnings {
		e.Warnings = append(e.Warnings, capText(w))
	}
	if e.Title == "" {
		e.Title = capText(path.Base(in.name))
	}
	if b.BLUF != nil {
		e.BLUF = capText(b.BLUF.Text)
	}
	return e
}

// maxCopied is how many characters of a text from a document (a title, a
// sentence, a party's name) the manifest and the index copy: more than
// any real sentence (the longest bottom line of the bundled samples and
// the White House releases has 620), far less than a document that is
// one endless line.
const maxCopied = 1000

// capText is s cut to maxCopied characters, an ellipsis marking the cut.
func capText(s string) string { return vocab.Shorten(s, maxCopied) }

// mainParties are the n parties that the most sentences mention (persons,
// then organisations, then countries on ties; then in order of mention).
func mainParties(p briefing.Parties, n int) []string {
	type party struct {
		name     string
		mentions int
	}
	var all []party
	for _, x := range p.Persons {
		all = append(all, party{x.Name, len(x.Indices)})
	}
	for _, x := range p.Organisations {
		name := x.Name
		if len(x.Aliases) > 0 && len(x.Aliases[0]) < len(name) && strings.ToUpper(x.Aliases[0]) == x.Aliases[0] {
			name = x.Aliases[0] // "NATO" rather than the full name
		}
		all = append(all, party{name, len(x.Indices)})
	}
	for _, x := range p.Countries {
		all = append(all, party{x.Name, len(x.Indices)})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].mentions > all[j].mentions })
	var names []string
	seen := map[string]bool{}
	for _, x := range all {
		if len(names) == n || x.mentions == 0 {
			break
		}
		if !seen[x.name] {
			seen[x.name] = true
			names = append(names, capText(x.name))
		}
	}
	return names
}
