package relit

import "strings"

// A Set finds which of a fixed set of strings occur in a text, in
// one pass over the text. The outcome cues need about four hundred
// literals between them, and looking for each with strings.Contains cost
// more than the cue expressions themselves. A bit per pair of bytes says
// whether any literal starts with that pair at all: most positions of a
// text fail that one test. Past it, the literals shorter than eight bytes
// are indexed by a hash of their first two bytes, so a position is checked
// only against the few that can start there; the longer ones by their
// first eight bytes, in a hash table that a position looks up once: the
// cues' long literals share their first two bytes by the dozen ("will be
// built", "will host", "will sign" …), and checking each in turn at every
// "wi" of a text cost more than all the rest of the search. (An
// Aho-Corasick automaton would also do; at this size the index is as fast
// and far smaller.)
type Set struct {
	lits []string
	// byPrefix lists the indices of the short literals (fewer than eight
	// bytes) grouped by prefixKey: those whose key is k are
	// byPrefix[start[k]:start[k+1]].
	byPrefix []uint16
	start    [prefixKeys + 1]uint16
	// pairs has bit a<<8|b set when some short literal starts with bytes
	// a, b; longPairs when some long one does.
	pairs, longPairs [1 << 16 / 64]uint64
	// quads has bit quadBit(w) set for the first four bytes w of each
	// literal of four bytes or more, and tinyPairs bit a<<8|b for each
	// shorter one (nil when there are none): a position where a pair
	// opens some literal but neither test passes opens none. Past the
	// pairs, which a quarter of a text's positions pass ("th", "in", "co"
	// open some cue), the quads turn away most of the rest before
	// matchAt looks at a bucket.
	quads     [1 << 16 / 64]uint64
	tinyPairs *[1 << 16 / 64]uint64
	// longQuads has bit quadBit(w) set for the first eight bytes w of each
	// long literal, of which it hashes the first four: past longPairs,
	// most positions fail this test too ("wi" starts "with" as well as
	// "will"), before the table is looked up.
	longQuads [1 << 16 / 64]uint64
	// head[i] is the first eight bytes of literal i (fewer for a shorter
	// one, masked by mask[i]) as load64 reads them: one comparison
	// rejects most of the literals a bucket offers.
	head, mask []uint64
	// heads is an open-addressing table of the distinct first eight bytes
	// of the long literals: slot j holds heads[j], and the literals that
	// start with it are longIDs[from[j]:to[j]] (from[j] == to[j]: an empty
	// slot). Its length is a power of two, at least twice the heads.
	heads    []uint64
	from, to []uint16
	longIDs  []uint16
	shift    uint // 64 minus log2(len(heads)): slotOf's hash keeps the top bits
}

// Len is the number of literals: the length of the slice Find fills.
func (s *Set) Len() int { return len(s.lits) }

// load64 reads the first eight bytes of s, which has at least eight, as
// one little-endian word.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// loadLower64 is load64 of s lower-cased byte by byte.
func loadLower64(s string) uint64 {
	_ = s[7]
	var w uint64
	for k := 7; k >= 0; k-- {
		w = w<<8 | uint64(lowerASCII(s[k]))
	}
	return w
}

// hasPrefixAt reports strings.HasPrefix(text, lit) for short literal i,
// where word is load64(text) and text has at least eight bytes.
func (s *Set) hasPrefixAt(word uint64, i uint16) bool {
	return word&s.mask[i] == s.head[i]
}

// longStarting returns the long literals whose first eight bytes are word.
func (s *Set) longStarting(word uint64) []uint16 {
	if len(s.heads) == 0 {
		return nil
	}
	j := slotOf(word, s.shift)
	for s.from[j] != s.to[j] {
		if s.heads[j] == word {
			return s.longIDs[s.from[j]:s.to[j]]
		}
		j = (j + 1) & (len(s.heads) - 1)
	}
	return nil
}

// quadBit returns the word and the bit of longQuads for the first four
// bytes of word.
func quadBit(word uint64) (int, uint64) {
	k := uint32(word) * 0x9e3779b1 >> 16
	return int(k >> 6), 1 << (k & 63)
}

// slotOf is the first slot of heads to try for word: Fibonacci hashing.
func slotOf(word uint64, shift uint) int { return int(word * 0x9e3779b97f4a7c15 >> shift) }

// pairBit returns the word and the bit of pairs for the bytes a, b.
func pairBit(a, b byte) (int, uint64) {
	k := int(a)<<8 | int(b)
	return k >> 6, 1 << (k & 63)
}

// prefixKeys is the number of distinct prefixKey values.
const prefixKeys = 1 << 12

// prefixKey hashes the first two bytes of s, which has at least two.
func prefixKey(s string) int { return (int(s[0])*61 + int(s[1])) & (prefixKeys - 1) }

// NewSet indexes lits, every one of which must be at least two
// bytes long and there must be fewer than 65,536 of them.
func NewSet(lits []string) *Set {
	if len(lits) >= 1<<16 {
		panic("relit: too many literals")
	}
	s := &Set{lits: lits, head: make([]uint64, len(lits)), mask: make([]uint64, len(lits))}
	longOf := map[uint64][]uint16{}
	var longHeads []uint64 // in the order first seen, for a table that does not depend on map order
	for i, l := range lits {
		if len(l) < 2 {
			panic("relit: literal shorter than two bytes: " + l)
		}
		for k := 0; k < min(len(l), 8); k++ {
			s.head[i] |= uint64(l[k]) << (8 * k)
			s.mask[i] |= 0xff << (8 * k)
		}
		w, bit := pairBit(l[0], l[1])
		if len(l) >= 4 {
			q, qbit := quadBit(uint64(l[0]) | uint64(l[1])<<8 | uint64(l[2])<<16 | uint64(l[3])<<24)
			s.quads[q] |= qbit
		} else {
			if s.tinyPairs == nil {
				s.tinyPairs = new([1 << 16 / 64]uint64)
			}
			s.tinyPairs[w] |= bit
		}
		if len(l) >= 8 {
			s.longPairs[w] |= bit
			q, qbit := quadBit(s.head[i])
			s.longQuads[q] |= qbit
			if longOf[s.head[i]] == nil {
				longHeads = append(longHeads, s.head[i])
			}
			longOf[s.head[i]] = append(longOf[s.head[i]], uint16(i))
			continue
		}
		s.pairs[w] |= bit
		s.start[prefixKey(l)+1]++
	}
	for k := 1; k < len(s.start); k++ {
		s.start[k] += s.start[k-1]
	}
	s.byPrefix = make([]uint16, s.start[prefixKeys])
	var next [prefixKeys]uint16
	for i, l := range lits {
		if len(l) < 8 {
			k := prefixKey(l)
			s.byPrefix[s.start[k]+next[k]] = uint16(i)
			next[k]++
		}
	}
	if len(longHeads) > 0 {
		size, bits := 8, uint(3)
		for size < 2*len(longHeads) {
			size, bits = size*2, bits+1
		}
		s.heads, s.from, s.to, s.shift = make([]uint64, size), make([]uint16, size), make([]uint16, size), 64-bits
		for _, h := range longHeads {
			j := slotOf(h, s.shift)
			for s.from[j] != s.to[j] {
				j = (j + 1) & (size - 1)
			}
			s.heads[j], s.from[j] = h, uint16(len(s.longIDs))
			s.longIDs = append(s.longIDs, longOf[h]...)
			s.to[j] = uint16(len(s.longIDs))
		}
	}
	return s
}

// Find marks found[i] for every literal i that occurs in text; found has
// one entry per literal and is not cleared.
func (s *Set) Find(text string, found []bool) {
	var buf [32]uint16 // room for the indices, on the stack
	s.AppendFound(buf[:0], text, found)
}

// AppendFound is Find, and appends to ids the index of every literal it
// marks (one it finds already marked is not looked for): a caller that
// needs what was found need not read all of found.
func (s *Set) AppendFound(ids []uint16, text string, found []bool) []uint16 {
	for p := 0; p+1 < len(text); p++ {
		// Most positions start no literal: told here, without the call
		// (a sixth of the time of Find over the sentences of a text).
		if w, bit := pairBit(text[p], text[p+1]); (s.pairs[w]|s.longPairs[w])&bit == 0 || s.noneAt(text, p, w, bit) {
			continue
		}
		for i := s.matchAt(text[p:], found); i >= 0; i = s.matchAt(text[p:], found) {
			found[i] = true
			ids = append(ids, uint16(i))
		}
	}
	return ids
}

// noneAt reports, for a position p of text whose pair (word w, bit of
// pairBit) opens some literal, that the quads show none starts there: a
// literal of four bytes or more starting at p has the quad bit of
// text[p:p+4], and one of two or three bytes the tiny pair bit. With
// fewer than four bytes left it reports false (matchAt decides).
func (s *Set) noneAt(text string, p, w int, bit uint64) bool {
	if len(text)-p < 4 || s.tinyPairs != nil && s.tinyPairs[w]&bit != 0 {
		return false
	}
	q, qbit := quadBit(uint64(text[p]) | uint64(text[p+1])<<8 | uint64(text[p+2])<<16 | uint64(text[p+3])<<24)
	return s.quads[q]&qbit == 0
}

// ContainsAny reports whether some literal occurs in text.
func (s *Set) ContainsAny(text string) bool {
	for p := 0; p+1 < len(text); p++ {
		if w, bit := pairBit(text[p], text[p+1]); (s.pairs[w]|s.longPairs[w])&bit == 0 || s.noneAt(text, p, w, bit) {
			continue // as in Find
		}
		if s.matchAt(text[p:], nil) >= 0 {
			return true
		}
	}
	return false
}

// matchAt returns a literal that rest opens with and that skip (nil: none)
// does not mark, or -1. rest holds two bytes at least.
func (s *Set) matchAt(rest string, skip []bool) int {
	w, bit := pairBit(rest[0], rest[1])
	short, long := s.pairs[w]&bit != 0, s.longPairs[w]&bit != 0
	if !short && !long {
		return -1
	}
	if len(rest) < 8 { // no long literal fits
		if short {
			k := prefixKey(rest)
			for _, i := range s.byPrefix[s.start[k]:s.start[k+1]] {
				if (skip == nil || !skip[i]) && strings.HasPrefix(rest, s.lits[i]) {
					return int(i)
				}
			}
		}
		return -1
	}
	word := load64(rest)
	if short {
		k := prefixKey(rest)
		for _, i := range s.byPrefix[s.start[k]:s.start[k+1]] {
			if (skip == nil || !skip[i]) && s.hasPrefixAt(word, i) {
				return int(i)
			}
		}
	}
	if q, qbit := quadBit(word); long && s.longQuads[q]&qbit != 0 {
		for _, i := range s.longStarting(word) {
			if (skip == nil || !skip[i]) && strings.HasPrefix(rest[8:], s.lits[i][8:]) {
				return int(i)
			}
		}
	}
	return -1
}

// ContainsAnyLower is ContainsAny(strings.ToLower(text)) for an ASCII
// text, without making the lower-cased copy: the literals of a
// case-insensitive expression are lower case, and the text's letters are
// lower-cased as they are compared.
func (s *Set) ContainsAnyLower(text string) bool {
	for p := 0; p+1 < len(text); p++ {
		a, b := lowerASCII(text[p]), lowerASCII(text[p+1])
		w, bit := pairBit(a, b)
		short, long := s.pairs[w]&bit != 0, s.longPairs[w]&bit != 0
		if short {
			k := (int(a)*61 + int(b)) & (prefixKeys - 1) // prefixKey of the lower-cased text
			for _, i := range s.byPrefix[s.start[k]:s.start[k+1]] {
				if hasPrefixLower(text[p:], s.lits[i]) {
					return true
				}
			}
		}
		if long && len(text)-p >= 8 {
			word := loadLower64(text[p:])
			if q, qbit := quadBit(word); s.longQuads[q]&qbit == 0 {
				continue
			}
			for _, i := range s.longStarting(word) {
				if hasPrefixLower(text[p+8:], s.lits[i][8:]) {
					return true
				}
			}
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixLower reports whether text, lower-cased byte by byte, starts
// with lit.
func hasPrefixLower(text, lit string) bool {
	if len(text) < len(lit) {
		return false
	}
	for i := 0; i < len(lit); i++ {
		if lowerASCII(text[i]) != lit[i] {
			return false
		}
	}
	return true
}
