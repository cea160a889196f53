// Package batch briefs many documents at once: it finds the inputs under
// directories, names their notes, runs an injected Job on each on a pool
// of workers, and writes the notes, the manifests and the index into an
// output directory, replacing only files it wrote itself.
package batch

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/outfile"
)

// Job briefs one input: name is the input as messages name it, data its
// bytes. It is called from several goroutines at once. An error fails
// that input only; so does a panic.
type Job func(ctx context.Context, name string, data []byte) (*Result, error)

// Result is what a Job made of one input.
type Result struct {
	Brief    *briefing.Brief // for the index entry and the NDJSON line
	Format   string          // the input's format: text, markdown, html, docx or pdf
	Warnings []string        // what reading the input lost, one sentence each
	// Render writes the note and returns what it left out (a PDF's items
	// that did not fit its page), one sentence each. Batch calls it only
	// when it writes notes into an output directory.
	Render func(w io.Writer) (warnings []string, err error)
}

// Config is what a batch run is asked to do.
type Config struct {
	Inputs    []string // directories and files
	OutDir    string   // the output directory; "" prints NDJSON lines to Stdout instead
	NoteExt   string   // the extension of the notes, with its dot: ".md"
	Workers   int      // inputs briefed at once; 0 means GOMAXPROCS
	Recursive bool     // enter subdirectories
	Force     bool     // redo notes that are up to date
	Overwrite bool     // replace files at note targets that brief did not write
	// Shard and Shards select a fixed share of the inputs (see ParseShard);
	// Shards 0 or 1 is the whole.
	Shard, Shards int
	MaxBytes      int64  // refuse larger inputs: 0 means summarize.DefaultMaxBytes, < 0 none
	OptionsKey    string // what shapes a note besides its input: a note made otherwise is redone
	Generator     string // the program and its version, recorded in manifests and the index

	Stdout io.Writer // NDJSON lines, without OutDir
	// Stderr gets one line per failure as it happens, Prefix + input +
	// ": " + what, and the progress bar when Progress is set.
	Stderr   io.Writer
	Prefix   string
	Progress bool
	// NotOwnedHint ends the message for a file brief will not replace,
	// to say how the user may have it replaced.
	NotOwnedHint string
	// Describe, when set, words an input's error for the user (the
	// command line says which flag raises a limit); nil leaves it as it is.
	Describe func(error) error
	// GCPercent is the garbage collector's target during the run
	// (debug.SetGCPercent), unless the user set GOGC or GOMEMLIMIT; 0 is
	// Go's default, 100. Notes that allocate much each (PDF) run faster
	// with a larger one; see tuneGC.
	GCPercent int
	// Warmup, when set, is run on a goroutine of its own as the run
	// starts: it loads what the job reads (lists, models) while the first
	// inputs are read. Until it returns the collector waits (unless the
	// user set GOGC or GOMEMLIMIT; the memory limit holds throughout):
	// what it allocates is mostly kept, and collecting while the heap grew
	// from nothing marked the same lists over and over. See tuneGC.
	Warmup func()
}

// Stats counts what a run did.
type Stats struct {
	Written, Unchanged, Failed int
	Unsupported                int // files skipped for their extension
	Pruned                     int // notes removed because their input was deleted
	// Errors counts the other failures reported on Stderr (a manifest
	// that could not be read, a note of a deleted input that could not be
	// removed, an index file brief will not replace).
	Errors int
}

// ErrInterrupted is returned when ctx ended before every input was done;
// what was done is recorded.
var ErrInterrupted = errors.New("interrupted")

// OutputIsInputError says that the output directory is one of the inputs.
type OutputIsInputError struct{ Arg string }

func (e *OutputIsInputError) Error() string {
	return e.Arg + " is both an input and the output directory"
}

// DirError is a failure of the output directory as a whole.
type DirError struct {
	Dir string
	Err error
}

func (e *DirError) Error() string { return e.Dir + ": " + e.Err.Error() }
func (e *DirError) Unwrap() error { return e.Err }

// env is what the workers of a run share. It is read-only while they
// run.
type env struct {
	cfg    *Config
	job    Job
	root   *os.Root          // OUTDIR; nil when NDJSON goes to standard output
	top    *outfile.TopDir   // OUTDIR for the notes at its top, where the system allows; else nil
	cache  map[string]Entry  // what earlier runs wrote, by input name: the notes a run may keep
	notes  map[string]string // the note each input had after earlier runs, by input name
	owned  map[string]bool   // the note paths manifests record: the files brief may replace
	inside bool              // OUTDIR lies inside an input directory
	big    *weighted         // bounds the bytes of input being briefed at once
}

// outcome is what became of one input.
type outcome struct {
	entry     Entry  // its line in the index; Error is set when it failed
	line      []byte // its NDJSON line, when there is no OUTDIR
	unchanged bool   // its note was up to date and was left alone
	cancelled bool   // the run was interrupted before its note was written
}

// Run briefs the inputs cfg names on cfg.Workers workers, each failure
// reported once on cfg.Stderr as it happens, and then writes the manifest
// and the index (or, without OutDir, the NDJSON lines in input order as
// they become ready). Interrupted, it stops handing out inputs, lets the
// workers finish what they hold (a note is written whole or not at all),
// records what was done, so a re-run goes on from there, and returns
// ErrInterrupted.
//
// A run into OutDir holds a lock on it (shared between the shards of a
// sharded run, exclusive otherwise), so that runs into one directory
// follow each other and each finds the others' notes in the manifest.
// The inputs that failed are counted in Stats, not returned as an error.
func Run(ctx context.Context, cfg Config, job Job) (*Stats, error) {
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.Shards < 1 {
		cfg.Shards, cfg.Shard = 1, 0
	}
	if cfg.Stderr == nil {
		cfg.Stderr = io.Discard
	}
	defer tuneGC(cfg.GCPercent, cfg.Warmup)()
	e := &env{cfg: &cfg, job: job, big: newWeighted(bigBudget)}
	stats := &Stats{}
	report := func(subject string, err error) {
		fmt.Fprintf(cfg.Stderr, "%s%s: %v\n", cfg.Prefix, outfile.Printable(subject), err)
	}
	var skip os.FileInfo
	var ms []*manifest
	var msErr error // what loading ms failed to read
	alone := false  // the run holds OUTDIR's lock, exclusively
	if cfg.OutDir != "" {
		if err := os.MkdirAll(cfg.OutDir, 0o755); err != nil {
			return nil, &DirError{cfg.OutDir, outfile.UnwrapPathError(err)}
		}
		root, err := os.OpenRoot(cfg.OutDir)
		if err != nil {
			return nil, &DirError{cfg.OutDir, outfile.UnwrapPathError(err)}
		}
		defer root.Close()
		e.root = root
		if top, err := outfile.OpenTopDir(root); err == nil {
			defer top.Close()
			e.top = top
		}
		if skip, err = root.Stat("."); err != nil {
			return nil, &DirError{cfg.OutDir, outfile.UnwrapPathError(err)}
		}
		unlock, err := lockDir(ctx, root, cfg.Shards == 1, func() {
			report(cfg.OutDir, errors.New("waiting for another brief run into it to finish"))
		})
		staleAge := outfile.StaleAge
		switch {
		case ctx.Err() != nil:
			return stats, ErrInterrupted
		case err != nil:
			report(cfg.OutDir, fmt.Errorf("cannot lock it (%w): going on without", err))
		default:
			defer unlock()
			alone = cfg.Shards == 1
			if cfg.Shards == 1 {
				// Alone in the directory: no other batch is writing, so a
				// temporary file more than a minute old (a single note takes
				// well under a second) is a killed run's.
				staleAge = time.Minute
			}
		}
		if _, err := outfile.RemoveStale(root, time.Now().Add(-staleAge)); err != nil {
			report(cfg.OutDir, fmt.Errorf("removing stale temporary files: %w", err))
		}
		ms, msErr = loadManifests(root)
		if msErr != nil {
			report(cfg.OutDir, fmt.Errorf("%w (its notes are redone)", msErr))
		}
		e.cache, e.notes = noteCache(ms), lastNotes(ms)
		e.owned = ownedNotes(e.notes)
		e.inside = insideAny(cfg.OutDir, cfg.Inputs)
	}
	set, err := findInputs(cfg.Inputs, cfg.Recursive, skip)
	if err != nil {
		return nil, err
	}
	defer set.close()
	stats.Unsupported = len(set.unsupported)
	nameNotes(set.inputs, cfg.NoteExt)
	if e.root != nil {
		if stats.Pruned, err = pruneDeleted(e.root, e.cache, cfg.Inputs, set.inputs); err != nil {
			report(cfg.OutDir, fmt.Errorf("removing the note of a deleted input: %w", outfile.UnwrapPathError(err)))
			stats.Errors++
		}
	}
	inputs := set.inputs
	if cfg.Shards > 1 {
		mine := inputs[:0:0]
		for _, in := range inputs {
			if shardOf(in.name, cfg.Shards) == cfg.Shard {
				mine = append(mine, in)
			}
		}
		inputs = mine
	}

	results, writeErr := e.runWorkers(ctx, inputs, stats)
	interrupted := ctx.Err() != nil && writeErr == nil
	if writeErr != nil {
		return stats, fmt.Errorf("writing output: %w", writeErr)
	}
	if e.root != nil {
		m := &manifest{Shard: cfg.Shard, Shards: cfg.Shards, Written: time.Now().UTC(),
			Format: formatOfExt(cfg.NoteExt), Unsupported: set.unsupported}
		for i, res := range results {
			switch {
			case res != nil && !res.cancelled:
				m.Entries = append(m.Entries, res.entry)
			case e.cache != nil:
				// Not reached: what an earlier run wrote is still there.
				if old, ok := e.cache[inputs[i].name]; ok {
					m.Entries = append(m.Entries, old)
				}
			}
		}
		m.Entries = append(m.Entries, foreignEntries(ms, cfg.Inputs, set.inputs)...)
		sortEntries(m.Entries)
		if err := saveManifest(e.root, m, cfg.Generator); err != nil {
			return stats, &DirError{cfg.OutDir, fmt.Errorf("writing the manifest: %w", err)}
		}
		if cfg.Shards == 1 {
			var known []*manifest // nil: read them again
			if alone && msErr == nil {
				known = manifestsAfterSave(ms, m)
			}
			idx, err := writeIndex(e.root, known, cfg.Generator, cfg.Overwrite && !e.inside)
			if err != nil {
				return stats, &DirError{cfg.OutDir, fmt.Errorf("writing the index: %w", err)}
			}
			if idx.Unreadable != nil {
				stats.Errors++ // reported when the run began
			}
			for _, name := range idx.NotReplaced {
				report(filepath.ToSlash(filepath.Join(cfg.OutDir, name)), fmt.Errorf("%s%s", notOwned, cfg.NotOwnedHint))
				stats.Errors++
			}
		}
	}
	if interrupted {
		return stats, ErrInterrupted
	}
	return stats, nil
}

// runWorkers briefs inputs on the workers and collects what became of
// each, in input order. Without OUTDIR it prints the NDJSON lines as they
// become ready, in input order; the error is that of writing them.
func (e *env) runWorkers(ctx context.Context, inputs []*input, stats *Stats) ([]*outcome, error) {
	cfg := e.cfg
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type finished struct {
		seq int
		res outcome
	}
	jobs := make(chan int)
	done := make(chan finished, cfg.Workers)
	go func() {
		defer close(jobs)
		for i := range inputs {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range min(cfg.Workers, max(len(inputs), 1)) {
		wg.Go(func() {
			for i := range jobs {
				done <- finished{i, e.briefOne(ctx, inputs[i])}
			}
		})
	}
	go func() {
		wg.Wait()
		close(done)
	}()

	prog := newProgress(cfg.Stderr, len(inputs), cfg.Progress)
	ticker := time.NewTicker(250 * time.Millisecond)
	defer ticker.Stop()
	results := make([]*outcome, len(inputs))
	next := 0 // the next NDJSON line to print
	var writeErr error
	for collecting := true; collecting; {
		select {
		case <-ticker.C:
			prog.tick(false)
		case f, ok := <-done:
			if !ok {
				collecting = false
				break
			}
			res := &f.res
			results[f.seq] = res
			if res.cancelled {
				continue
			}
			bad := res.entry.Error != ""
			switch {
			case bad:
				stats.Failed++
				prog.println(cfg.Prefix + outfile.Printable(inputs[f.seq].name) + ": " + res.entry.Error)
			case res.unchanged:
				stats.Unchanged++
			default:
				stats.Written++
			}
			prog.step(bad)
			for e.root == nil && next < len(results) && results[next] != nil {
				if writeErr == nil {
					writeErr = writeNDJSON(cfg.Stdout, results[next])
					if writeErr != nil {
						cancel()
					}
				}
				results[next].line = nil
				next++
			}
		}
	}
	prog.finish()
	return results, writeErr
}

// briefOne reads one input, briefs it and writes its note (or makes its
// NDJSON line). It never panics: a panic in the job or its renderer is a
// failure of this input only.
func (e *env) briefOne(ctx context.Context, in *input) (res outcome) {
	fail := func(err error) outcome {
		if e.cfg.Describe != nil {
			err = e.cfg.Describe(err)
		}
		entry := Entry{Source: in.name, Error: capText(err.Error())}
		// Its note of an earlier run is still there and still brief's.
		entry.Note = e.notes[in.name]
		return outcome{entry: entry}
	}
	defer func() {
		if r := recover(); r != nil {
			res = fail(fmt.Errorf("internal error: %v", r))
		}
	}()
	if in.err != nil {
		return fail(in.err)
	}
	if ctx.Err() != nil {
		return outcome{cancelled: true}
	}
	data, info, err := readInput(in.dir, in.path, e.cfg.MaxBytes)
	if err != nil {
		return fail(err)
	}
	in.info = info
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])
	if e.root != nil && !e.cfg.Force {
		if old, ok := e.cache[in.name]; ok && old.Error == "" && old.SHA256 == hash &&
			old.Options == e.cfg.OptionsKey && old.Note == in.note {
			if st, err := e.root.Lstat(filepath.FromSlash(in.note)); err == nil && st.Mode().IsRegular() && st.Size() > 0 {
				return outcome{entry: old, unchanged: true}
			}
		}
	}
	if e.root != nil {
		if err := e.mayWrite(in); err != nil {
			return fail(err)
		}
	}
	n, ok := e.big.acquire(ctx, int64(len(data)))
	if !ok {
		return outcome{cancelled: true}
	}
	defer e.big.release(n)
	r, err := e.job(ctx, in.name, data)
	if err != nil {
		return fail(err)
	}
	res.entry = indexEntry(r, in)
	res.entry.SHA256, res.entry.Options = hash, e.cfg.OptionsKey
	if e.root == nil {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(ndjsonLine{r.Brief, r.Format, r.Warnings}); err != nil {
			return fail(err)
		}
		res.line = buf.Bytes()
		return res
	}
	if ctx.Err() != nil {
		return outcome{cancelled: true}
	}
	if r.Render == nil {
		return fail(errors.New("internal error: no renderer"))
	}
	var warnings []string
	var renderErr error // the note failed, not the writing
	render := func(w io.Writer) (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("internal error: %v", r)
			}
			renderErr = err
		}()
		warnings, err = r.Render(outfile.Capped(w, outfile.MaxNote))
		return err
	}
	if e.top != nil && outfile.IsTop(in.note) {
		err = e.top.Write(in.note, render) // WriteInRoot's files and errors, fewer system calls
	} else {
		err = outfile.WriteInRoot(e.root, in.note, 0, false, render)
	}
	if err != nil {
		if renderErr != nil {
			return fail(renderErr)
		}
		return fail(fmt.Errorf("writing %s: %w", in.note, err))
	}
	res.entry.Note = in.note
	for _, w := range warnings {
		res.entry.Warnings = append(res.entry.Warnings, capText(w))
	}
	return res
}

// mayWrite checks that the note of in may be written: its place is free,
// or holds a note that a manifest says brief wrote, or holds another
// regular file and the user asked to overwrite (never the input itself,
// and never inside an input directory).
func (e *env) mayWrite(in *input) error {
	st, err := e.root.Lstat(filepath.FromSlash(in.note))
	if err != nil {
		return nil // free, or a failure that writing will report
	}
	shown := filepath.ToSlash(filepath.Join(e.cfg.OutDir, in.note))
	switch {
	case !st.Mode().IsRegular():
		return fmt.Errorf("not replacing %s: it is %s", shown, describeMode(st.Mode()))
	case in.info != nil && os.SameFile(st, in.info):
		return fmt.Errorf("not replacing %s: it is the input itself", shown)
	case e.owned[in.note]:
		return nil
	case e.cfg.Overwrite && !e.inside:
		return nil
	}
	return fmt.Errorf("not replacing %s: brief did not write it%s", shown, e.cfg.NotOwnedHint)
}

// ndjsonLine is one line of NDJSON output: the Brief of one input, plus
// what reading it found. A failed input is a line of its own, {"source":
// ..., "error": ...}.
type ndjsonLine struct {
	*briefing.Brief
	InputFormat string   `json:"input_format"`       // text, markdown, html, docx or pdf
	Warnings    []string `json:"warnings,omitempty"` // what reading the input lost
}

// writeNDJSON prints the line of one input: its Brief, or its error.
func writeNDJSON(w io.Writer, res *outcome) error {
	if res.cancelled {
		return nil
	}
	line := res.line
	if res.entry.Error != "" {
		b, _ := json.Marshal(struct {
			Source string `json:"source"`
			Error  string `json:"error"`
		}{res.entry.Source, res.entry.Error})
		line = append(b, '\n')
	}
	_, err := w.Write(line)
	return err
}

// formatOfExt is the format a manifest records for notes with extension
// ext: md, pdf or json.
func formatOfExt(ext string) string {
	if len(ext) > 0 && ext[0] == '.' {
		return ext[1:]
	}
	return ext
}
