package briefing

import (
	"encoding/binary"
	"errors"
	"slices"
)

// A listedIndex is a table of keys, each with a byte of flags, laid out
// so that it is read where it lies: a hash table with open addressing
// over the keys, which a process can embed and look up without building
// anything. All numbers are little-endian uint32s:
//
//	slots, keys              the table's size (a power of two) and the number of keys
//	slot[slots]              the key in each slot, plus one; 0 for an empty slot
//	end[keys]                where each key ends in the text of the keys
//	flags[keys]              (bytes) each key's flags
//	text                     the keys, one after the other, in sorted order
//
// A key is looked up from the slot its FNV-1a hash names, one slot on
// after another, until the key or an empty slot; the table is at most
// three quarters full, so the run is short.
type listedIndex string

// listedHeader is the length of the table's header: slots and keys.
const listedHeader = 8

// u32 reads the little-endian uint32 of s at i.
func u32(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// listedHash is FNV-1a, 32 bits: the table is laid out with it, so it may
// not change without the table being rebuilt.
func listedHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// readListedIndex checks that data holds a whole table and returns it.
// It reads only the header and the end of the keys' text, not the slots
// or the ends of the keys: lookup checks each of those it reads, so that
// a table it has not made answers 0 rather than panics, and a process
// pays nothing for the rest.
func readListedIndex(data string) (listedIndex, error) {
	if len(data) < listedHeader {
		return "", errors.New("listed index: too short")
	}
	slots, keys := int(u32(data, 0)), int(u32(data, 4))
	if slots == 0 || slots&(slots-1) != 0 || keys >= slots || slots > len(data) {
		return "", errors.New("listed index: bad header")
	}
	text := listedHeader + 4*slots + 5*keys
	if len(data) < text || keys > 0 && text+int(u32(data, text-keys-4)) != len(data) {
		return "", errors.New("listed index: truncated")
	}
	return listedIndex(data), nil
}

// lookup returns the flags of key, or 0 when the table does not hold it.
func (x listedIndex) lookup(key string) uint8 {
	s := string(x)
	if len(s) < listedHeader {
		return 0
	}
	slots, keys := u32(s, 0), int(u32(s, 4))
	ends := listedHeader + 4*int(slots)
	flags := ends + 4*keys
	text := flags + keys
	for i, n := listedHash(key)&(slots-1), uint32(0); n < slots; i, n = (i+1)&(slots-1), n+1 {
		e := int(u32(s, listedHeader+4*int(i)))
		if e == 0 {
			return 0
		}
		if e > keys {
			return 0 // no table of encodeListedIndex's
		}
		e--
		start := 0
		if e > 0 {
			start = int(u32(s, ends+4*(e-1)))
		}
		end := int(u32(s, ends+4*e))
		if end-start == len(key) && start >= 0 && text+end <= len(s) && s[text+start:text+end] == key {
			return s[flags+e]
		}
	}
	return 0
}

// len returns the number of keys of the table.
func (x listedIndex) len() int {
	if len(x) < listedHeader {
		return 0
	}
	return int(u32(string(x), 4))
}

// encodeListedIndex lays out the table of keys, the same bytes for the
// same keys: the keys are placed in sorted order.
func encodeListedIndex(keys map[string]uint8) listedIndex {
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	slices.Sort(sorted)
	slots := 1
	for slots*3 < len(sorted)*4+4 { // at most three quarters full, one slot empty at least
		slots *= 2
	}
	slot := make([]uint32, slots)
	for e, k := range sorted {
		i := listedHash(k) & uint32(slots-1)
		for slot[i] != 0 {
			i = (i + 1) & uint32(slots-1)
		}
		slot[i] = uint32(e + 1)
	}
	var b []byte
	b = binary.LittleEndian.AppendUint32(b, uint32(slots))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(sorted)))
	for _, v := range slot {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	end := 0
	for _, k := range sorted {
		end += len(k)
		b = binary.LittleEndian.AppendUint32(b, uint32(end))
	}
	for _, k := range sorted {
		b = append(b, keys[k])
	}
	for _, k := range sorted {
		b = append(b, k...)
	}
	return listedIndex(b)
}
