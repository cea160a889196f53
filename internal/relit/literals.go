package relit

import "strings"

// A Set finds which of a fixed set of strings occur in a text, in
// one pass over the text. The outcome cues need about two hundred
// literals between them, and looking for each with strings.Contains cost
// more than the cue expressions themselves. Literals are indexed by a
// hash of their first two bytes, so each position of the text is checked
// only against the few literals that can start there, and a bit per pair
// of bytes says whether any literal starts with that pair at all: most
// positions of a text fail that one test. (An Aho-Corasick
// automaton would also do; at this size the index is as fast and far
// smaller.)
type Set struct {
	lits []string
	// byPrefix lists literal indices grouped by prefixKey: the literals
	// whose key is k are byPrefix[start[k]:start[k+1]].
	byPrefix []uint16
	start    [prefixKeys + 1]uint16
	// pairs has bit a<<8|b set when some literal starts with bytes a, b.
	pairs [1 << 16 / 64]uint64
	// head[i] is the first eight bytes of literal i (fewer for a shorter
	// one, masked by mask[i]) as load64 reads them: one comparison
	// rejects most of the literals a bucket offers.
	head, mask []uint64
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

// hasPrefixAt reports strings.HasPrefix(text, lit) for literal i, where
// word is load64(text) and text has at least eight bytes.
func (s *Set) hasPrefixAt(text string, word uint64, i uint16) bool {
	return word&s.mask[i] == s.head[i] && (len(s.lits[i]) <= 8 || strings.HasPrefix(text, s.lits[i]))
}

// pairBit returns the word and the bit of pairs for the bytes a, b.
func pairBit(a, b byte) (int, uint64) {
	k := int(a)<<8 | int(b)
	return k >> 6, 1 << (k & 63)
}

// mayStart reports whether some literal starts with the bytes at p and
// p+1 of text.
func (s *Set) mayStart(text string, p int) bool {
	w, bit := pairBit(text[p], text[p+1])
	return s.pairs[w]&bit != 0
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
	for i, l := range lits {
		for k := 0; k < min(len(l), 8); k++ {
			s.head[i] |= uint64(l[k]) << (8 * k)
			s.mask[i] |= 0xff << (8 * k)
		}
		if len(l) < 2 {
			panic("relit: literal shorter than two bytes: " + l)
		}
		s.start[prefixKey(l)+1]++
		w, bit := pairBit(l[0], l[1])
		s.pairs[w] |= bit
	}
	for k := 1; k < len(s.start); k++ {
		s.start[k] += s.start[k-1]
	}
	s.byPrefix = make([]uint16, len(lits))
	var next [prefixKeys]uint16
	for i, l := range lits {
		k := prefixKey(l)
		s.byPrefix[s.start[k]+next[k]] = uint16(i)
		next[k]++
	}
	return s
}

// Find marks found[i] for every literal i that occurs in text; found has
// one entry per literal and is not cleared.
func (s *Set) Find(text string, found []bool) {
	for p := 0; p+1 < len(text); p++ {
		if !s.mayStart(text, p) {
			continue
		}
		k := prefixKey(text[p:])
		if rest := text[p:]; len(rest) >= 8 {
			word := load64(rest)
			for _, i := range s.byPrefix[s.start[k]:s.start[k+1]] {
				if !found[i] && s.hasPrefixAt(rest, word, i) {
					found[i] = true
				}
			}
			continue
		}
		for _, i := range s.byPrefix[s.start[k]:s.start[k+1]] {
			if !found[i] && strings.HasPrefix(text[p:], s.lits[i]) {
				found[i] = true
			}
		}
	}
}

// ContainsAny reports whether some literal occurs in text.
func (s *Set) ContainsAny(text string) bool {
	for p := 0; p+1 < len(text); p++ {
		if !s.mayStart(text, p) {
			continue
		}
		k := prefixKey(text[p:])
		if rest := text[p:]; len(rest) >= 8 {
			word := load64(rest)
			for _, i := range s.byPrefix[s.start[k]:s.start[k+1]] {
				if s.hasPrefixAt(rest, word, i) {
					return true
				}
			}
			continue
		}
		for _, i := range s.byPrefix[s.start[k]:s.start[k+1]] {
			if strings.HasPrefix(text[p:], s.lits[i]) {
				return true
			}
		}
	}
	return false
}

// ContainsAnyLower is ContainsAny(strings.ToLower(text)) for an ASCII
// text, without making the lower-cased copy: the literals of a
// case-insensitive expression are lower case, and the text's letters are
// lower-cased as they are compared.
func (s *Set) ContainsAnyLower(text string) bool {
	for p := 0; p+1 < len(text); p++ {
		a, b := lowerASCII(text[p]), lowerASCII(text[p+1])
		if w, bit := pairBit(a, b); s.pairs[w]&bit == 0 {
			continue
		}
		k := (int(a)*61 + int(b)) & (prefixKeys - 1) // prefixKey of the lower-cased text
		for _, i := range s.byPrefix[s.start[k]:s.start[k+1]] {
			if hasPrefixLower(text[p:], s.lits[i]) {
				return true
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
