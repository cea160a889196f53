//go:build !unix

package batch

import (
	"context"
	"errors"
	"os"
)

// lockDir cannot lock on this system: runs into one directory must not
// overlap.
func lockDir(ctx context.Context, root *os.Root, exclusive bool, waiting func()) (unlock func(), err error) {
	return nil, errors.New("no advisory locks on this system")
}
