package briefing

import "sync"

// A tokenArena holds the tokens of one document's passages in a few large
// blocks that the next document reuses (tokenArenas): a document's tokens
// were a quarter of the bytes a note allocated, and every byte allocated
// brings the collector's next cycle nearer. New gives the arena back when
// the brief is made; nothing of a brief holds a token.
type tokenArena struct {
	// blocks are the blocks of tokens; those before next are filled, the
	// one at next is being filled (its length is what it handed out).
	blocks [][]token
	next   int
	// scratch takes a passage's tokens as the tokenizer appends them,
	// before they are copied to their place in a block at their length.
	scratch []token
}

// tokenBlock is the tokens of a block: a news text's fit in one.
const tokenBlock = 4096

// keptBlocks is how many blocks an arena keeps for the next document: a
// long document's further blocks are left to the collector.
const keptBlocks = 2

var tokenArenas = sync.Pool{New: func() any { return new(tokenArena) }}

// tokenize is tokenizeLower, the tokens held in the arena (on the heap,
// as tokenizeLower's, for a nil arena: an analysis a test makes).
func (ar *tokenArena) tokenize(s string) ([]token, string) {
	if ar == nil {
		return tokenizeLower(s)
	}
	scratch, lower := appendTokens(ar.scratch[:0], s)
	ar.scratch = scratch
	toks := ar.take(len(scratch))
	copy(toks, scratch)
	setShapes(toks)
	return toks, lower
}

// take returns n tokens of the arena's block, capped at n so that an
// append to them copies them rather than writing over the next passage's.
func (ar *tokenArena) take(n int) []token {
	for ar.next < len(ar.blocks) {
		b := ar.blocks[ar.next]
		if used := len(b); cap(b)-used >= n {
			ar.blocks[ar.next] = b[:used+n]
			return b[used : used+n : used+n]
		}
		ar.next++
	}
	ar.blocks = append(ar.blocks, make([]token, n, max(n, tokenBlock)))
	return ar.blocks[ar.next][:n:n]
}

// release clears the tokens handed out, which hold the document's
// strings, and gives the arena back for another document: the tokens must
// not be used after.
func (ar *tokenArena) release() {
	if ar == nil {
		return
	}
	for k := range ar.blocks {
		clear(ar.blocks[k])
		ar.blocks[k] = ar.blocks[k][:0]
	}
	ar.blocks = ar.blocks[:min(len(ar.blocks), keptBlocks)]
	ar.next = 0
	clear(ar.scratch[:cap(ar.scratch)])
	if cap(ar.scratch) > tokenBlock {
		ar.scratch = nil // a long sentence's
	}
	tokenArenas.Put(ar)
}
