package outfile

import (
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// TopDir writes files at the top of a directory opened as an os.Root, as
// WriteInRoot does, with system calls on the directory's descriptor
// instead of through the os package. A batch writes a note per input: the
// os package registers each temporary file with its poller (an epoll_ctl
// that fails for a regular file), gives it a finalizer, and before the
// rename looks at the target in case it is a directory (a newfstatat);
// here the rename itself refuses a directory. A name at the top needs no
// walk through the root, and opening it with O_NOFOLLOW and O_EXCL, or
// renaming onto it, never follows a link, so the root's guarantee holds.
type TopDir struct {
	dir  *os.File // keeps fd open
	fd   int
	name string // the root's name, which the os package's errors start with
}

// OpenTopDir opens root's directory for TopDir's writes. The caller closes
// it before root.
func OpenTopDir(root *os.Root) (*TopDir, error) {
	dir, err := root.Open(".")
	if err != nil {
		return nil, err
	}
	sc, err := dir.SyscallConn()
	if err != nil {
		dir.Close()
		return nil, err
	}
	d := &TopDir{dir: dir, fd: -1, name: root.Name()}
	// The descriptor stays valid beyond Control while d.dir is open.
	if err := sc.Control(func(fd uintptr) { d.fd = int(fd) }); err != nil {
		dir.Close()
		return nil, err
	}
	return d, nil
}

// Close closes the directory.
func (d *TopDir) Close() error { return d.dir.Close() }

// Write is WriteInRoot(root, name, 0, false, write) for a name at the top
// of the directory (IsTop), with the same files and the same errors: the
// data goes to a new temporary file (mode 0644 less the umask) beside
// name, renamed into place only when complete; a failure removes it.
func (d *TopDir) Write(name string, write func(io.Writer) error) (err error) {
	if !IsTop(name) {
		return fmt.Errorf("%q is not a file at the top of the output directory", name)
	}
	fd, tmpName := -1, ""
	for range 10 {
		tmpName = TempPrefix + strconv.FormatUint(rand.Uint64(), 36)
		fd, err = openat(d.fd, tmpName, unix.O_WRONLY|unix.O_CREAT|unix.O_EXCL|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0o644)
		if err != unix.EEXIST {
			break
		}
	}
	if err != nil {
		return err
	}
	path := d.name + string(os.PathSeparator) + tmpName // as os.Root names its files
	defer func() {
		if err != nil {
			if fd >= 0 {
				unix.Close(fd)
			}
			unix.Unlinkat(d.fd, tmpName, 0)
		}
	}()
	if err := writeBuffered(fdWriter{fd, path}, write); err != nil {
		return err
	}
	cerr := unix.Close(fd)
	fd = -1 // closed, even when Close failed
	if cerr != nil {
		return &fs.PathError{Op: "close", Path: path, Err: cerr}
	}
	if err := unix.Renameat(d.fd, tmpName, d.fd, name); err != nil {
		if err == unix.EISDIR {
			// os.Root refuses a directory target before renaming, with
			// EEXIST; the kernel says EISDIR.
			err = unix.EEXIST
		}
		// os.Root's error, which UnwrapPathError leaves as it is
		return fmt.Errorf("rename into place: %w", &os.LinkError{Op: "renameat", Old: tmpName, New: name, Err: err})
	}
	return nil
}

// openat is unix.Openat retried on EINTR, as the os package retries it.
func openat(dirfd int, name string, flags int, perm uint32) (int, error) {
	for {
		fd, err := unix.Openat(dirfd, name, flags, perm)
		if err != unix.EINTR {
			return fd, err
		}
	}
}

// fdWriter writes to a regular file's descriptor as an os.File does: the
// whole of p, retrying on EINTR, its errors naming the file.
type fdWriter struct {
	fd   int
	path string
}

func (w fdWriter) Write(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		m, err := unix.Write(w.fd, p[n:])
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return n, &fs.PathError{Op: "write", Path: w.path, Err: err}
		}
		if m == 0 {
			return n, &fs.PathError{Op: "write", Path: w.path, Err: io.ErrUnexpectedEOF}
		}
		n += m
	}
	return n, nil
}

// readDirTyped is root.FS()'s ReadDir of dir (entries sorted by name,
// what was read before an error), with each entry's type as the listing
// gives it: root.FS() opens dir in the root, and the os package looks up
// every entry of a directory opened in a root. Here the directory opened
// in the root is read through a duplicate of its descriptor, a File not
// marked as in a root, whose entries take their types from the listing
// (and look up, relative to the descriptor, one whose type the file
// system does not give).
func readDirTyped(root *os.Root, dir string) ([]fs.DirEntry, error) {
	f, err := root.Open(filepath.FromSlash(dir))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc, err := f.SyscallConn()
	if err != nil {
		return nil, err
	}
	dup := -1
	if cerr := sc.Control(func(fd uintptr) { dup, err = unix.FcntlInt(fd, unix.F_DUPFD_CLOEXEC, 0) }); cerr != nil {
		return nil, cerr
	}
	if err != nil {
		return nil, &fs.PathError{Op: "dup", Path: f.Name(), Err: err}
	}
	plain := os.NewFile(uintptr(dup), f.Name())
	defer plain.Close()
	entries, err := plain.ReadDir(-1)
	slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return entries, err
}
