package pdfread

import (
	"errors"
	"fmt"
	"io"
	"sync/atomic"
)

// Changes from github.com/ledongthuc/pdf, of which this package is a
// fork (BSD licence in LICENSE): every byte decompressed from a stream
// goes through one budget per Reader and a stop flag, so that a stream
// bomb fails at the budget and a caller's time-out stops the work for
// real instead of leaving it running; tokens, arrays, dictionaries and the
// PostScript stack have size caps; decoded object streams are cached
// instead of re-inflated for each object they hold. The library's text
// extraction is replaced by Page.Chars and FontDecoder (textlayer.go,
// glyphs.go, cjk.go, std14.go), and AES-256 and RC4 crypt filters are
// added (aes256.go).

// ErrLimit is wrapped by the errors (panics) that a limit raises.
var ErrLimit = errors.New("over a pdf reader limit")

// ErrStopped is raised when the Reader's stop flag is set.
var ErrStopped = errors.New("pdf reading stopped")

// Size caps that keep any one object in proportion to real documents.
const (
	maxToken       = 8 << 20  // bytes in one string, name or keyword
	maxObjectItems = 1 << 20  // values in the arrays and dictionaries of one object
	maxStack       = 1 << 16  // operands on the Interpret stack
	maxObjStm      = 16 << 20 // bytes of one decoded object stream (real ones hold a few hundred KB)
	maxObjStmCache = 32 << 20 // bytes of decoded object streams kept
)

// DefaultMaxDecoded is the default budget of decompressed bytes.
const DefaultMaxDecoded = 256 << 20

type limits struct {
	left, max int64
	stop      *atomic.Bool
	objstm    map[objptr][]byte
	cached    int64
}

// SetLimits sets the budget of bytes decompressed from all the streams of
// the file (maxDecoded, ≤ 0 for DefaultMaxDecoded) and a flag that, once
// set, makes every further stream read fail with ErrStopped.
func (r *Reader) SetLimits(maxDecoded int64, stop *atomic.Bool) {
	if maxDecoded <= 0 {
		maxDecoded = DefaultMaxDecoded
	}
	r.lim.left, r.lim.max, r.lim.stop = maxDecoded, maxDecoded, stop
}

// A LimitError is a limit the file went over, with its figure.
type LimitError struct {
	What  string // what was counted: "bytes of decompressed stream data"
	Limit int64
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("more than %d %s", e.Limit, e.What)
}

// Unwrap makes every LimitError an ErrLimit.
func (e *LimitError) Unwrap() error { return ErrLimit }

func overLimit(what string, limit int64) { panic(&LimitError{what, limit}) }

// guardedReader charges what it reads to the Reader's budget.
type guardedReader struct {
	rd  io.Reader
	lim *limits
}

func (g *guardedReader) Read(p []byte) (int, error) {
	if g.lim.stop != nil && g.lim.stop.Load() {
		return 0, ErrStopped
	}
	if g.lim.max == 0 {
		g.lim.left, g.lim.max = DefaultMaxDecoded, DefaultMaxDecoded
	}
	if int64(len(p)) > g.lim.left+1 {
		p = p[:g.lim.left+1]
	}
	n, err := g.rd.Read(p)
	g.lim.left -= int64(n)
	if g.lim.left < 0 {
		return 0, &LimitError{"bytes of decompressed stream data", g.lim.max}
	}
	return n, err
}

// objStm returns the decoded bytes of an object stream, reading it once.
func (r *Reader) objStm(ptr objptr, strm Value) []byte {
	if b, ok := r.lim.objstm[ptr]; ok {
		return b
	}
	rc := strm.Reader()
	data, err := io.ReadAll(io.LimitReader(rc, maxObjStm+1))
	if err != nil {
		panic(fmt.Errorf("malformed PDF: object stream: %w", err))
	}
	if len(data) > maxObjStm {
		overLimit("bytes in one decoded object stream", maxObjStm)
	}
	if r.lim.objstm == nil {
		r.lim.objstm = map[objptr][]byte{}
	}
	if r.lim.cached+int64(len(data)) <= maxObjStmCache {
		r.lim.objstm[ptr] = data
		r.lim.cached += int64(len(data))
	}
	return data
}

func errorsIs(err, target error) bool { return errors.Is(err, target) }
