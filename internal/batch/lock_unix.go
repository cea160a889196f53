//go:build unix

package batch

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"time"

	"golang.org/x/sys/unix"
)

// lockName is the lock file in OUTDIR's state directory.
var lockName = filepath.Join(stateDir, "lock")

// lockText is the content of the lock file.
const lockText = "brief batch runs into this directory lock this file while they write.\n"

// lockDir takes the advisory lock of the output directory root: exclusive
// for a run that writes the manifest and the index, shared for the shards
// of a sharded run, which write a manifest each and may run side by side.
// When another run holds it, waiting is called once and lockDir waits
// until it is free or ctx ends. flock(2) works across NFS clients on
// Linux (it is emulated with fcntl locks there).
func lockDir(ctx context.Context, root *os.Root, exclusive bool, waiting func()) (unlock func(), err error) {
	if err := root.MkdirAll(stateDir, 0o755); err != nil {
		return nil, err
	}
	f, err := root.OpenFile(lockName, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err == nil && st.Size() == 0 {
		f.WriteString(lockText) // says what it is to whoever looks
	}
	how := unix.LOCK_SH
	if exclusive {
		how = unix.LOCK_EX
	}
	fd := int(f.Fd())
	for first := true; ; first = false {
		err := unix.Flock(fd, how|unix.LOCK_NB)
		if err == nil {
			return func() {
				unix.Flock(fd, unix.LOCK_UN)
				f.Close()
			}, nil
		}
		if !errors.Is(err, unix.EWOULDBLOCK) && !errors.Is(err, unix.EINTR) {
			f.Close()
			return nil, err
		}
		if first {
			waiting()
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}
