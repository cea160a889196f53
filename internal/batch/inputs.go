package batch

// inputs.go finds the inputs of a batch and reads them.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/brief-dev/brief/internal/formats"
	"github.com/brief-dev/brief/internal/outfile"
	"github.com/brief-dev/brief/summarize"
)

// Names at the top of OUTDIR that notes never take.
const (
	indexMarkdown = "index.md"
	indexJSON     = "index.json"
	stateDir      = ".brief" // manifests; hidden, so walks of OUTDIR ignore it
)

// input is one file of a batch.
type input struct {
	name string      // as reported: the argument joined with the path under it, slash-separated
	dir  *os.Root    // the argument directory it was found in, or nil for an argument that is a file
	path string      // to open: relative to dir, or as given
	rel  string      // where the note goes, before the extension changes: slash-separated, local
	note string      // the note's path under OUTDIR, slash-separated; set by nameNotes
	err  error       // a failure known from the walk (a directory named like a document, an unreadable directory)
	info fs.FileInfo // the file read, once readInput has read it
}

// inputSet is what findInputs found.
type inputSet struct {
	inputs      []*input   // sorted by name
	unsupported []string   // files skipped for their extension, sorted
	dirs        []*os.Root // the argument directories, open until close
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
		set.inputs = append(set.inputs, &input{name: name, dir: dir, path: p, rel: rel, err: err})
	}
	for _, arg := range args {
		root := filepath.Clean(arg)
		rootName := filepath.ToSlash(root)
		st, err := os.Stat(root)
		if err != nil {
			add(rootName, nil, root, path.Base(rootName), outfile.UnwrapPathError(err))
			continue
		}
		if skip != nil && os.SameFile(st, skip) {
			set.close()
			return nil, &OutputIsInputError{Arg: arg}
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
			add(rootName, nil, root, path.Base(rootName), outfile.UnwrapPathError(err))
			continue
		}
		set.dirs = append(set.dirs, dir)
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if p == root {
				if err != nil {
					add(rootName, nil, root, path.Base(rootName), outfile.UnwrapPathError(err))
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
				add(name, dir, local, rel, outfile.UnwrapPathError(err))
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
			add(rootName, nil, root, path.Base(rootName), outfile.UnwrapPathError(err))
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

// readInput reads one input file, name in dir (nil: name as given),
// refusing what is not a regular file before opening it (a named pipe
// would block) and what is larger than maxBytes before reading it.
func readInput(dir *os.Root, name string, maxBytes int64) ([]byte, fs.FileInfo, error) {
	limit := maxBytes
	switch {
	case limit == 0:
		limit = summarize.DefaultMaxBytes
	case limit < 0:
		limit = 1<<63 - 1
	}
	stat, open := os.Stat, os.OpenFile
	if dir != nil {
		stat, open = dir.Stat, dir.OpenFile
	}
	st, err := stat(name) // follows links: a link loop fails here
	if err != nil {
		if err = outfile.UnwrapPathError(err); err.Error() == "path escapes from parent" {
			return nil, nil, errors.New("is a link to outside its directory: not followed")
		}
		return nil, nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, nil, fmt.Errorf("is %s", describeMode(st.Mode()))
	}
	if st.Size() > limit {
		return nil, nil, &summarize.TooLargeError{Limit: limit}
	}
	// NoPoll: a regular file reads the same; one replaced by a named pipe
	// since the stat opens without waiting for a writer and is refused
	// below.
	f, err := open(name, os.O_RDONLY|outfile.NoPoll, 0)
	if err != nil {
		return nil, nil, outfile.UnwrapPathError(err)
	}
	defer f.Close()
	st, err = f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return nil, nil, errors.New("changed while being read")
	}
	data, err := summarize.ReadAllSized(f, st.Size(), limit)
	return data, st, outfile.UnwrapPathError(err)
}
