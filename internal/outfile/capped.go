package outfile

import (
	"fmt"
	"io"
)

// MaxNote bounds the size of a note: a one-page note is tens of
// kilobytes, so a note this large is a template that loops or a document
// that is one endless line, and writing it would fill memory and disk.
const MaxNote = 32 << 20

// TooLargeError is what a Capped writer returns once its limit is passed.
type TooLargeError struct{ Limit int64 }

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("output larger than %d bytes: not written", e.Limit)
}

// Capped is w that fails with a *TooLargeError instead of writing more
// than limit bytes in all. A text/template writing to it stops at the
// first write that fails.
func Capped(w io.Writer, limit int64) io.Writer { return &capped{w, limit, limit} }

type capped struct {
	w           io.Writer
	limit, left int64
}

func (c *capped) Write(p []byte) (int, error) {
	if int64(len(p)) > c.left {
		return 0, &TooLargeError{c.limit}
	}
	c.left -= int64(len(p))
	return c.w.Write(p)
}
