// Package outfile writes the files brief produces: whole or not at all,
// through temporary files a later run recognises, and never by replacing
// something that is not a regular file.
package outfile

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// TempPrefix starts the name of every temporary file brief writes, so that
// RemoveStale can tell them from the user's files.
const TempPrefix = ".brief-tmp-"

// IsTemp reports whether a file name is one of brief's temporary files.
func IsTemp(name string) bool { return strings.HasPrefix(name, TempPrefix) }

// WriteInRoot writes the file name inside root through write: the data
// goes to a temporary file beside its place and is renamed there only
// when it is complete, so an interrupted or failed run never leaves a
// partial file. Going through root, no name and no symbolic link planted
// in the directory can make it write outside. perm, unless 0, is the mode
// the file gets whatever the umask, so that a file replaced keeps its
// mode; 0 gives a new file 0644 less the umask.
//
// With durable the data is synced to disk before the rename, so that even
// a power cut leaves the old file or the new one. Batch runs skip that:
// fsync per note costs them a third of their time, and a rerun redoes what
// a crash lost.
func WriteInRoot(root *os.Root, name string, perm fs.FileMode, durable bool, write func(io.Writer) error) (err error) {
	name = filepath.FromSlash(name)
	if !filepath.IsLocal(name) {
		return fmt.Errorf("%q is not a path inside the output directory", name)
	}
	dir, _ := filepath.Split(name)
	if dir != "" {
		if err := root.MkdirAll(dir, 0o755); err != nil {
			return UnwrapPathError(err)
		}
	}
	var tmp *os.File
	var tmpName string
	for range 10 {
		tmpName = filepath.Join(dir, TempPrefix+strconv.FormatUint(rand.Uint64(), 36))
		tmp, err = root.OpenFile(tmpName, os.O_WRONLY|os.O_CREATE|os.O_EXCL|NoPoll, 0o644)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	if err != nil {
		return UnwrapPathError(err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			root.Remove(tmpName)
		}
	}()
	if perm != 0 {
		if err := tmp.Chmod(perm); err != nil {
			return UnwrapPathError(err)
		}
	}
	if err := writeBuffered(tmp, write); err != nil {
		return err
	}
	if durable {
		if err := tmp.Sync(); err != nil {
			return err
		}
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := root.Rename(tmpName, name); err != nil {
		return fmt.Errorf("rename into place: %w", UnwrapPathError(err))
	}
	return nil
}

// IsTop reports whether the slash-separated local path name is a file at
// the top of its directory, which TopDir.Write takes.
func IsTop(name string) bool {
	return name != "" && name != "." && name != ".." && !strings.ContainsRune(name, '/')
}

// writers are the buffers of WriteInRoot, reused: a batch run writes
// thousands of notes, and a fresh 64 KiB buffer for each was nearly a tenth of
// the time of writing one.
var writers = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 64<<10) }}

// ErrTerminal is returned by WriteFile for a terminal when the caller
// refuses to write to one (binary output).
var ErrTerminal = errors.New("is a terminal")

// Options says how WriteFile may write.
type Options struct {
	// NoTerminal refuses a path that is a terminal (ErrTerminal), as a PDF
	// on a terminal would be noise.
	NoTerminal bool
}

// WriteFile writes the file at path through write, by this rule: a
// regular file (or a path that does not exist) is replaced atomically
// and durably, keeping the mode of the file it replaces; a symbolic link
// is followed and the rule applied to what it points to, so the link
// stays a link; anything else that can be opened for writing (a device
// such as /dev/null, a named pipe, a terminal) is written through, never
// replaced, and only once the output is complete in memory, so that a
// failure writes nothing to it. /dev/stdout and /dev/stderr are written
// through the process's own descriptors. A directory, a socket and a
// link that leads nowhere are refused, and so is output larger than
// MaxNote (a *TooLargeError), which leaves nothing behind.
func WriteFile(path string, opt Options, write func(io.Writer) error) error {
	if f := ownFile(path); f != nil {
		return writeThrough(f, nil, opt, write)
	}
	lst, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return writeAtomic(path, 0, capWrite(write))
	case err != nil:
		return UnwrapPathError(err)
	}
	link := lst.Mode()&fs.ModeSymlink != 0
	st, err := os.Stat(path) // the kernel follows /dev/stdout's links, which name no file
	switch {
	case link && errors.Is(err, fs.ErrNotExist):
		return errors.New("is a symbolic link to nothing: not followed")
	case err != nil:
		return UnwrapPathError(err)
	}
	switch m := st.Mode(); {
	case m.IsRegular():
		target := path
		if link {
			if target, err = filepath.EvalSymlinks(path); err != nil {
				return UnwrapPathError(err)
			}
		}
		return writeAtomic(target, m.Perm(), capWrite(write))
	case m.IsDir():
		return errors.New("is a directory")
	case m&fs.ModeSocket != 0:
		return errors.New("is a socket")
	}
	return writeThrough(nil, func() (*os.File, error) {
		// O_NONBLOCK is left off: a named pipe waits for its reader, as
		// the user who named it expects.
		return os.OpenFile(path, os.O_WRONLY, 0)
	}, opt, write)
}

// writeThrough renders the output in memory and then writes it to f, or
// to the file open opens (and writeThrough closes), so that a failure
// writes nothing and opens nothing.
func writeThrough(f *os.File, open func() (*os.File, error), opt Options, write func(io.Writer) error) (err error) {
	var buf bytes.Buffer
	if err := write(Capped(&buf, MaxNote)); err != nil {
		return err
	}
	if open != nil {
		if f, err = open(); err != nil {
			return UnwrapPathError(err)
		}
		defer func() {
			if cerr := f.Close(); err == nil {
				err = UnwrapPathError(cerr)
			}
		}()
	}
	if opt.NoTerminal && IsTerminal(f) {
		return ErrTerminal
	}
	_, err = f.Write(buf.Bytes())
	return UnwrapPathError(err)
}

// ownFile is the process's standard output or error when path names it
// (/dev/stdout, /dev/fd/1, /proc/self/fd/1, and the same for 2), so that
// "-o /dev/stdout" writes (or appends) where standard output does,
// instead of opening the file behind it anew, or replacing it.
func ownFile(path string) *os.File {
	switch path {
	case "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1":
		return os.Stdout
	case "/dev/stderr", "/dev/fd/2", "/proc/self/fd/2":
		return os.Stderr
	}
	return nil
}

// capWrite is write with its output capped at MaxNote bytes.
func capWrite(write func(io.Writer) error) func(io.Writer) error {
	return func(w io.Writer) error { return write(Capped(w, MaxNote)) }
}

// writeAtomic replaces the regular file at path (or creates it).
func writeAtomic(path string, perm fs.FileMode, write func(io.Writer) error) error {
	root, err := os.OpenRoot(filepath.Dir(path))
	if err != nil {
		return UnwrapPathError(err)
	}
	defer root.Close()
	return WriteInRoot(root, filepath.Base(path), perm, true, write)
}

// StaleAge is how old a temporary file must be before RemoveStale takes
// it for the leftover of a killed run: far longer than any note takes to
// render, so that a file another process is still writing is left alone.
const StaleAge = 5 * time.Minute

// RemoveStale removes, in root and under it, brief's temporary files
// (TempPrefix) last modified before cutoff: what a run killed before it
// could clean up left behind. Other files are never touched. It returns
// how many it removed.
//
// It walks as fs.WalkDir(root.FS(), ".", ...) does (directories in name
// order, a directory that cannot be read reported and what was read of
// it walked), but lists each directory by the types its entries have in
// the listing (readDirTyped): root.FS() looks up every entry of a
// directory opened in a root (a newfstatat for each note in OUTDIR, at
// the start of every batch run); here only a temporary file is looked up.
func RemoveStale(root *os.Root, cutoff time.Time) (int, error) {
	if _, err := root.Stat("."); err != nil {
		return 0, UnwrapPathError(err)
	}
	removed := 0
	var errs []error
	var walk func(dir string)
	walk = func(dir string) {
		entries, err := readDirTyped(root, dir)
		if err != nil {
			errs = append(errs, UnwrapPathError(err))
		}
		for _, d := range entries {
			p := path.Join(dir, d.Name())
			if d.IsDir() {
				walk(p)
				continue
			}
			if !IsTemp(d.Name()) || !d.Type().IsRegular() {
				continue
			}
			info, err := root.Lstat(filepath.FromSlash(p))
			if err != nil || !info.Mode().IsRegular() || !info.ModTime().Before(cutoff) {
				continue
			}
			if err := root.Remove(filepath.FromSlash(p)); err != nil && !errors.Is(err, fs.ErrNotExist) {
				errs = append(errs, UnwrapPathError(err))
				continue
			}
			removed++
		}
	}
	walk(".")
	return removed, errors.Join(errs...)
}

// UnwrapPathError drops the paths that os errors repeat, since the message
// already starts with the file name. Errors of os.Root wrap one path error
// in another, so every layer goes.
func UnwrapPathError(err error) error {
	for {
		var pe *fs.PathError
		if !errors.As(err, &pe) {
			return err
		}
		err = pe.Err
	}
}

// writeBuffered writes what write writes to w through a pooled buffer, and
// flushes it.
func writeBuffered(w io.Writer, write func(io.Writer) error) error {
	bw := writers.Get().(*bufio.Writer)
	bw.Reset(w)
	defer func() {
		bw.Reset(nil) // holds no file between uses
		writers.Put(bw)
	}()
	if err := write(bw); err != nil {
		return err
	}
	return bw.Flush()
}
