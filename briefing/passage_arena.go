package briefing

import "sync"

// A passageArena holds one document's passages, their tokens and their
// marks in a few large blocks that the next document reuses
// (passageArenas): they were a third of the bytes a note allocated, and
// every byte allocated brings the collector's next cycle nearer. New gives
// the arena back when the brief is made; nothing of a brief holds a
// passage or a token.
type passageArena struct {
	passages blocks[passage]
	toks     blocks[token]
	flags    blocks[uint8]
	owner    blocks[int]
	roleOf   blocks[bool]
	// scratch takes a passage's tokens as the tokenizer appends them,
	// before they are copied to their place at their length.
	scratch []token
}

var passageArenas = sync.Pool{New: func() any { return new(passageArena) }}

// reserve sizes the blocks the arena makes next for a document of the
// given passages and bytes of text: a fresh arena (the collector empties
// the pool) makes its first blocks at the document's size, which a
// passage's heap slices would have taken, and a reused one already holds
// blocks at least that large for most documents.
func (ar *passageArena) reserve(passages, bytes int) {
	if ar == nil {
		return
	}
	tokens := bytes/4 + passages // a token for every four bytes at most, as tokenizeLower sizes them
	ar.passages.size = passages
	ar.toks.size, ar.flags.size, ar.owner.size, ar.roleOf.size = tokens, tokens, tokens, tokens
}

// passage is newPassage, made in the arena; a nil arena (an analysis a
// test makes) makes it on the heap.
func (ar *passageArena) passage(text string, index int) *passage {
	if ar == nil {
		return newPassage(text, index)
	}
	scratch, lower := appendTokens(ar.scratch[:0], text)
	ar.scratch = scratch
	toks := ar.toks.take(len(scratch))
	copy(toks, scratch)
	setShapes(toks)
	s := &ar.passages.take(1)[0]
	n := len(toks)
	*s = passage{text: text, lower: lower, index: index, toks: toks,
		flags: ar.flags.take(n), owner: ar.owner.take(n), roleOf: ar.roleOf.take(n)}
	s.mark()
	return s
}

// release clears what the arena handed out, which holds the document's
// strings, and gives it back for another document: none of it may be
// used after.
func (ar *passageArena) release() {
	if ar == nil {
		return
	}
	ar.passages.reset()
	ar.toks.reset()
	ar.flags.reset()
	ar.owner.reset()
	ar.roleOf.reset()
	clear(ar.scratch[:cap(ar.scratch)])
	if cap(ar.scratch) > maxKept {
		ar.scratch = nil // a long sentence's
	}
	passageArenas.Put(ar)
}

// blocks hands out slices of T from large blocks, zeroed, and keeps the
// largest block for reuse.
type blocks[T any] struct {
	// all are the blocks; those before next are filled, the one at next
	// is being filled (its length is what it handed out).
	all  [][]T
	next int
	size int // the length of a new block (longer when one take needs more)
}

// maxKept bounds the length of the block of each kind an arena keeps for
// the next document: a long document's are left to the collector.
const maxKept = 1 << 14

// take returns n zero values, capped at n so that an append to them
// copies them rather than writing over what was handed out after.
func (b *blocks[T]) take(n int) []T {
	for b.next < len(b.all) {
		bl := b.all[b.next]
		if used := len(bl); cap(bl)-used >= n {
			b.all[b.next] = bl[:used+n]
			return bl[used : used+n : used+n]
		}
		b.next++
	}
	b.all = append(b.all, make([]T, n, max(n, b.size)))
	return b.all[b.next][:n:n]
}

// reset zeroes what was handed out and keeps the largest block (if not
// over maxKept) free for the next document.
func (b *blocks[T]) reset() {
	var kept []T
	for _, bl := range b.all {
		clear(bl)
		if cap(bl) > cap(kept) && cap(bl) <= maxKept {
			kept = bl[:0]
		}
	}
	clear(b.all)
	b.all = b.all[:0]
	if kept != nil {
		b.all = append(b.all, kept)
	}
	b.next = 0
}
