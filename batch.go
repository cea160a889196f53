package main

// batch.go is what happens to the inputs of "brief batch": finding them,
// naming their notes, and briefing one of them (briefOne, which the
// workers of cmd_batch.go run).

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/formats"
	"github.com/brief-dev/brief/summarize"
)

// Names at the top of OUTDIR that notes never take.
const (
	indexMarkdown = "index.md"
	indexJSON     = "index.json"
	stateDir      = ".brief" // manifests; hidden, so walks of OUTDIR ignore it
)

// batchInput is one file of a batch.
type batchInput struct {
	name string   // as reported: the argument joined with the path under it, slash-separated
	dir  *os.Root // the argument directory it was found in, or nil for an argument that is a file
	path string   // to open: relative to dir, or as given
	rel  string   // where the note goes, before the extension changes: slash-separated, local
	note string   // the note's path under OUTDIR, slash-separated; set by nameNotes
	err  error    // a failure known from the walk (a directory named like a document, an unreadable directory)
}

// inputSet is what findInputs found.
type inputSet struct {
	inputs      []*batchInput // sorted by name
	unsupported []string      // files skipped for their extension, sorted
	dirs        []*os.Root    // the argument directories, open until close
}

// close releases the argument directories.
func (s *inputSet) close() {
	for _, d := range s.dirs {
		d.Close()
	}
}

// findInputs walks the arguments (directories or files) and returns the
// documents in them, sorted by name. A directory's subdirectories are
// entered only when recursive; without it, a subdirectory named like a
// document (x.txt) is a failure of that input, since it was surely meant
// to be one. Names starting with "." are ignored, and so is skip (OUTDIR,
// when it lies inside an input directory). Symbolic links to files are
// followed when read, but only to files inside the argument directory, so
// that a folder from elsewhere cannot make brief read (and quote) other
// files; linked directories are never entered, so a link loop cannot make
// the walk loop (a link that loops is a failure of that input when it is
// read). The caller closes the set.
//
// With several arguments, each note path starts with the base name of its
// argument, so that a/x.txt and b/x.txt stay apart.
func findInputs(args []string, recursive bool, skip os.FileInfo) (*inputSet, error) {
	set := &inputSet{}
	add := func(name string, dir *os.Root, p, rel string, err error) {
		set.inputs = append(set.inputs, &batchInput{name: name, dir: dir, path: p, rel: rel, err: err})
	}
	for _, arg := range args {
		root := filepath.Clean(arg)
		rootName := filepath.ToSlash(root)
		st, err := os.Stat(root)
		if err != nil {
			add(rootName, nil, root, path.Base(rootName), unwrapPathError(err))
			continue
		}
		if skip != nil && os.SameFile(st, skip) {
			set.close()
			return nil, usagef("%s is both an input and the output directory", arg)
		}
		prefix := ""
		if len(args) > 1 {
			abs, _ := filepath.Abs(root)
			prefix = filepath.Base(abs) + "/"
		}
		if !st.IsDir() {
			if st.Mode().IsRegular() && !formats.Known(root) {
				set.unsupported = append(set.unsupported, rootName)
				continue
			}
			add(rootName, nil, root, filepath.Base(root), nil)
			continue
		}
		dir, err := os.OpenRoot(root)
		if err != nil {
			add(rootName, nil, root, path.Base(rootName), unwrapPathError(err))
			continue
		}
		set.dirs = append(set.dirs, dir)
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if p == root {
				if err != nil {
					add(rootName, nil, root, path.Base(rootName), unwrapPathError(err))
				}
				return nil
			}
			local, relErr := filepath.Rel(root, p)
			if relErr != nil || !filepath.IsLocal(local) {
				return nil // cannot happen: WalkDir stays under root
			}
			name := filepath.ToSlash(p)
			rel := prefix + filepath.ToSlash(local)
			if strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if err != nil {
				// A directory that cannot be listed: a failure of its own.
				add(name, dir, local, rel, unwrapPathError(err))
				return nil
			}
			isDoc := formats.Known(p)
			if d.IsDir() {
				if skip != nil {
					if info, err := d.Info(); err == nil && os.SameFile(info, skip) {
						return fs.SkipDir
					}
				}
				if recursive {
					return nil
				}
				if isDoc {
					add(name, dir, local, rel, errors.New("is a directory"))
				}
				return fs.SkipDir
			}
			if !isDoc {
				set.unsupported = append(set.unsupported, name)
				return nil
			}
			add(name, dir, local, rel, nil) // regular, link or special: briefOne checks when it opens
			return nil
		})
		if err != nil {
			add(rootName, nil, root, path.Base(rootName), unwrapPathError(err))
		}
	}
	sort.Slice(set.inputs, func(i, j int) bool {
		a, b := set.inputs[i], set.inputs[j]
		if a.name != b.name {
			return a.name < b.name
		}
		return a.rel < b.rel
	})
	sort.Strings(set.unsupported)
	// The same file named twice (brief batch a a) is one input.
	out := set.inputs[:0]
	for i, in := range set.inputs {
		if i == 0 || in.name != set.inputs[i-1].name {
			out = append(out, in)
		}
	}
	set.inputs = out
	return set, nil
}

// nameNotes gives every input the path of its note under OUTDIR: its path
// with the extension of the format (sub/a.txt → sub/a.md). Inputs that
// would share a note (a.txt and a.md; A.txt and a.txt, which are one file
// on a case-insensitive disk) all keep their own extension in the name
// (a.txt.md, a.md.md), numbered if that is still not enough (a.txt~2.md).
// The index files at the top of OUTDIR are never taken. inputs must be
// sorted: then every run, and every shard of a run, names alike.
func nameNotes(inputs []*batchInput, ext string) {
	key := strings.ToLower
	proposed := make([]string, len(inputs))
	count := map[string]int{key(indexMarkdown): 1, key(indexJSON): 1}
	dirs := map[string]bool{}
	for i, in := range inputs {
		proposed[i] = strings.TrimSuffix(in.rel, path.Ext(in.rel)) + ext
		count[key(proposed[i])]++
		for d := path.Dir(proposed[i]); d != "."; d = path.Dir(d) {
			dirs[key(d)] = true
		}
	}
	taken := map[string]bool{key(indexMarkdown): true, key(indexJSON): true}
	for k := range dirs {
		taken[k] = true
	}
	var clashing []int
	for i, p := range proposed {
		if count[key(p)] == 1 && !dirs[key(p)] {
			inputs[i].note = p
			taken[key(p)] = true
		} else {
			clashing = append(clashing, i)
		}
	}
	for _, i := range clashing {
		rel := inputs[i].rel
		name := rel + ext
		for n := 2; taken[key(name)]; n++ {
			name = rel + "~" + strconv.Itoa(n) + ext
		}
		inputs[i].note = name
		taken[key(name)] = true
	}
}

// shardOf is the shard (0 ≤ shard < shards) that processes the input named
// name: the first 8 bytes of the SHA-256 of the name, big-endian, modulo
// shards. Every copy of a sharded run agrees without talking to the
// others.
func shardOf(name string, shards int) int {
	sum := sha256.Sum256([]byte(name))
	return int(binary.BigEndian.Uint64(sum[:8]) % uint64(shards))
}

// parseShard reads --shard I/N: 0 ≤ I < N, as Kubernetes numbers the pods
// of an Indexed Job ($JOB_COMPLETION_INDEX).
func parseShard(s string) (shard, shards int, err error) {
	if s == "" {
		return 0, 1, nil
	}
	i, n, ok := strings.Cut(s, "/")
	shard, err1 := strconv.Atoi(i)
	shards, err2 := strconv.Atoi(n)
	if !ok || err1 != nil || err2 != nil || shards < 1 || shard < 0 || shard >= shards {
		return 0, 0, usagef("--shard %q: want I/N with 0 <= I < N, like 0/4 … 3/4", s)
	}
	return shard, shards, nil
}

// noteExt is the extension of notes in format.
func noteExt(format string) string {
	return "." + format
}

// describeMode names a file type that is not a regular file.
func describeMode(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m.IsDir():
		return "a directory"
	}
	return fmt.Sprintf("not a regular file (%v)", m.Type())
}

// batchEnv is what the workers of a batch share. It is read-only while
// they run.
type batchEnv struct {
	opt    *noteOptions
	optKey string              // hash of everything that shapes a note (optionsKey)
	root   *os.Root            // OUTDIR; nil when NDJSON goes to standard output
	cache  map[string]docEntry // what earlier runs wrote, by input name
	force  bool                // redo notes that are up to date
	big    *weighted           // bounds the bytes of input being briefed at once
}

// bigBudget is how many bytes of input the workers brief at once, at most:
// briefing a document takes tens of times its size in memory, so a few
// large inputs run one at a time while small ones run side by side.
const bigBudget = 4 << 20

// weighted is a counting semaphore of bytes.
type weighted struct {
	mu    sync.Mutex
	cond  *sync.Cond
	size  int64 // capacity
	inUse int64
}

func newWeighted(size int64) *weighted {
	w := &weighted{size: size}
	w.cond = sync.NewCond(&w.mu)
	return w
}

// acquire takes n (at most the capacity) and returns what to give back, or
// false when ctx ended first.
func (w *weighted) acquire(ctx context.Context, n int64) (int64, bool) {
	n = min(n, w.size)
	stop := context.AfterFunc(ctx, func() {
		w.mu.Lock()
		w.cond.Broadcast()
		w.mu.Unlock()
	})
	defer stop()
	w.mu.Lock()
	defer w.mu.Unlock()
	for w.inUse+n > w.size && ctx.Err() == nil {
		w.cond.Wait()
	}
	if ctx.Err() != nil {
		return 0, false
	}
	w.inUse += n
	return n, true
}

func (w *weighted) release(n int64) {
	w.mu.Lock()
	w.inUse -= n
	w.cond.Broadcast()
	w.mu.Unlock()
}

// testHookBriefOne, when set by a test, runs first in briefOne.
var testHookBriefOne func(name string)

// batchResult is what became of one input.
type batchResult struct {
	entry     docEntry // its line in the index; Error is set when it failed
	line      []byte   // its NDJSON line, when there is no OUTDIR
	unchanged bool     // its note was up to date and was left alone
	cancelled bool     // the run was interrupted before its note was written
}

// briefOne reads one input, briefs it and writes its note (or makes its
// NDJSON line). It never panics: a panic anywhere in the readers or
// renderers is a failure of this input only.
func (env *batchEnv) briefOne(ctx context.Context, in *batchInput) (res batchResult) {
	res.entry = docEntry{Source: in.name}
	fail := func(err error) batchResult {
		return batchResult{entry: docEntry{Source: in.name, Error: err.Error()}}
	}
	defer func() {
		if r := recover(); r != nil {
			res = fail(fmt.Errorf("internal error: %v", r))
		}
	}()
	if testHookBriefOne != nil {
		testHookBriefOne(in.name)
	}
	if in.err != nil {
		return fail(in.err)
	}
	if ctx.Err() != nil {
		return batchResult{cancelled: true}
	}
	data, err := readInput(in.dir, in.path, env.opt.maxBytes)
	if err != nil {
		return fail(err)
	}
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])
	if env.root != nil && !env.force {
		if old, ok := env.cache[in.name]; ok && old.Error == "" && old.SHA256 == hash &&
			old.Options == env.optKey && old.Note == in.note {
			if st, err := env.root.Stat(filepath.FromSlash(in.note)); err == nil && st.Mode().IsRegular() && st.Size() > 0 {
				return batchResult{entry: old, unchanged: true}
			}
		}
	}
	if env.big != nil {
		n, ok := env.big.acquire(ctx, int64(len(data)))
		if !ok {
			return batchResult{cancelled: true}
		}
		defer env.big.release(n)
	}
	b, ex, err := env.brief(in.name, data)
	if err != nil {
		return fail(err)
	}
	res.entry = indexEntry(b, in, ex)
	res.entry.SHA256, res.entry.Options = hash, env.optKey
	if env.root == nil {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(ndjsonLine{b, res.entry.Format, ex.Warnings}); err != nil {
			return fail(err)
		}
		res.line = buf.Bytes()
		return res
	}
	if ctx.Err() != nil {
		return batchResult{cancelled: true}
	}
	var warn bytes.Buffer
	var renderErr error // the note failed, not the writing
	render := func(w io.Writer) (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("internal error: %v", r)
			}
			renderErr = err
		}()
		return renderNote(w, b, env.opt, &warn, in.name)
	}
	if err := writeInRoot(env.root, in.note, false, render); err != nil {
		if renderErr != nil {
			return fail(renderErr)
		}
		return fail(fmt.Errorf("writing %s: %w", in.note, err))
	}
	res.entry.Note = in.note
	for _, line := range strings.Split(strings.TrimSpace(warn.String()), "\n") {
		if line = strings.TrimPrefix(line, "brief: "+in.name+": "); line != "" {
			res.entry.Warnings = append(res.entry.Warnings, line)
		}
	}
	return res
}

// ndjsonLine is one line of "brief batch -f json" without -o: the Brief
// of one input, plus what reading it found. A failed input is a line of
// its own, {"source": ..., "error": ...}.
type ndjsonLine struct {
	*briefing.Brief
	InputFormat string   `json:"input_format"`       // text, markdown, html, docx or pdf
	Warnings    []string `json:"warnings,omitempty"` // what reading the input lost
}

// extracted is what formats found in an input, for the note and the index.
type extracted struct {
	Format   string
	Warnings []string
}

// brief turns the bytes of one input into its Brief, read as brief note
// reads a file.
func (env *batchEnv) brief(name string, data []byte) (*briefing.Brief, *extracted, error) {
	d, err := summarize.Load(name, data, summarize.ReadOptions{MaxBytes: env.opt.maxBytes})
	if err != nil {
		return nil, nil, inputError(err)
	}
	b, err := buildBrief(d, name, env.opt)
	if err != nil {
		return nil, nil, err
	}
	return b, &extracted{Format: d.Format, Warnings: d.Warnings}, nil
}

// readInput reads one input file, name in dir (nil: name as given),
// refusing what is not a regular file before opening it (a named pipe
// would block) and what is larger than maxBytes before reading it.
func readInput(dir *os.Root, name string, maxBytes int64) ([]byte, error) {
	limit := summarize.ReadOptions{MaxBytes: maxBytes}.ByteLimit()
	stat, open := os.Stat, os.Open
	if dir != nil {
		stat, open = dir.Stat, dir.Open
	}
	st, err := stat(name) // follows links: a link loop fails here
	if err != nil {
		if err = unwrapPathError(err); err.Error() == "path escapes from parent" {
			return nil, errors.New("is a link to outside its directory: not followed")
		}
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("is %s", describeMode(st.Mode()))
	}
	if st.Size() > limit {
		return nil, inputError(&summarize.TooLargeError{Limit: limit})
	}
	f, err := open(name)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		return nil, errors.New("changed while being read")
	}
	data, err := summarize.ReadAll(f, maxBytes)
	if err != nil {
		return nil, inputError(err)
	}
	return data, nil
}
