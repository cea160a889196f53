//go:build !linux

package outfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
)

// TopDir is Linux's (see topdir_linux.go); elsewhere OpenTopDir fails and
// callers write through WriteInRoot.
type TopDir struct{}

// OpenTopDir returns errors.ErrUnsupported.
func OpenTopDir(*os.Root) (*TopDir, error) { return nil, errors.ErrUnsupported }

// Close does nothing.
func (*TopDir) Close() error { return nil }

// Write returns errors.ErrUnsupported.
func (*TopDir) Write(string, func(io.Writer) error) error { return errors.ErrUnsupported }

// readDirTyped is root.FS()'s ReadDir of dir.
func readDirTyped(root *os.Root, dir string) ([]fs.DirEntry, error) {
	return fs.ReadDir(root.FS(), dir)
}
