// Package outfile writes the files brief produces: whole or not at all.
package outfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

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
	dir, base := filepath.Split(name)
	if dir != "" {
		if err := root.MkdirAll(dir, 0o755); err != nil {
			return UnwrapPathError(err)
		}
	}
	var tmp *os.File
	var tmpName string
	for range 10 {
		tmpName = filepath.Join(dir, "."+base+".tmp"+strconv.FormatUint(rand.Uint64(), 36))
		tmp, err = root.OpenFile(tmpName, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
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
	bw := bufio.NewWriterSize(tmp, 64<<10)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
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

// WriteFile writes the file at path through write, atomically and
// durably (see WriteInRoot).
func WriteFile(path string, write func(io.Writer) error) error {
	return writeAtomic(path, 0, write)
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
