package pdfnote

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math/bits"
	"sync"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// Font is a regular and bold TrueType font pair, parsed and checked once by
// ParseFont so that a batch of notes pays for it once. A Font is read-only
// and safe to share between goroutines.
type Font struct {
	// regular and bold are standalone TrueType files (a face taken out of
	// a collection is rewritten as one), owned by the Font: gofpdf gets a
	// copy per document because it writes into the bytes it is given.
	regular, bold []byte
	// boldSame is set when no separate bold was given: bold text is then
	// drawn in the regular face, and gofpdf parses the file only once.
	boldSame bool
	// has is a bitmap over the Basic Multilingual Plane of the runes both
	// faces can draw: gofpdf cannot draw anything above it.
	has [1 << 16 / 64]uint64
	// width holds each covered rune's advance in 1/1000 em, regular [0]
	// and bold [1], as gofpdf itself computes it (rounded the same way),
	// so that measured and drawn text agree exactly. gofpdf offers no way
	// to ask whether a font has a glyph, and measuring rune by rune
	// through it would mean selecting fonts while drawing.
	width  [2][]uint16
	digest string
}

// covers reports whether both faces of f can draw r.
func (f *Font) covers(r rune) bool {
	return r >= 0 && r < 1<<16 && f.has[r>>6]&(1<<(r&63)) != 0
}

// Digest identifies the font files (a hex SHA-256 of the bytes given to
// ParseFont), for callers that key caches on the options of a note.
func (f *Font) Digest() string { return f.digest }

// goFont is the Go font pair, parsed once per process. It is always first
// in the chain: it has Latin, Greek, Cyrillic and the symbols of the labels.
var goFont = sync.OnceValues(func() (*Font, error) {
	return ParseFont(goregular.TTF, gobold.TTF)
})

// ParseFont checks and prepares a font for Options.Fonts. Each of regular
// and bold is a TrueType file (glyf outlines, .ttf or .otf) or a TrueType
// collection (.ttc), of which the first face with TrueType outlines is used.
// A nil bold means bold text is drawn in the regular face. The bytes are
// copied. A font need not have Latin letters: it is a fallback for the
// runes the fonts before it lack.
func ParseFont(regular, bold []byte) (*Font, error) {
	if regular == nil {
		return nil, errors.New("bold font given without a regular font")
	}
	h := sha256.New()
	h.Write(regular)
	h.Write([]byte{0})
	h.Write(bold)
	f := &Font{digest: hex.EncodeToString(h.Sum(nil)), boldSame: bold == nil}
	var err error
	if f.regular, err = standalone(regular); err != nil {
		return nil, fmt.Errorf("regular font: %w", err)
	}
	f.bold = f.regular
	if !f.boldSame {
		if f.bold, err = standalone(bold); err != nil {
			return nil, fmt.Errorf("bold font: %w", err)
		}
	}
	var buf sfnt.Buffer
	for i, b := range [][]byte{f.regular, f.bold} {
		name := [...]string{"regular", "bold"}[i]
		if i == 1 && f.boldSame {
			f.width[1] = f.width[0]
			break
		}
		sf, err := sfnt.Parse(b)
		if err != nil {
			return nil, fmt.Errorf("%s font: %w", name, err)
		}
		var has [len(f.has)]uint64
		for r := rune(0x20); r < 1<<16; r++ {
			if g, err := sf.GlyphIndex(&buf, r); err == nil && g != 0 {
				has[r>>6] |= 1 << (r & 63)
			}
		}
		if i == 0 {
			f.has = has
		} else {
			for j := range f.has {
				f.has[j] &= has[j]
			}
		}
		if f.width[i], err = gofpdfWidths(b, &has); err != nil {
			return nil, fmt.Errorf("%s font: %w", name, err)
		}
	}
	return f, nil
}

// standalone returns b as a single TrueType font that gofpdf can read:
// a copy of b itself, or the first usable face of a collection.
func standalone(b []byte) ([]byte, error) {
	if len(b) >= 4 && binary.BigEndian.Uint32(b) == 0x74746366 { // 'ttcf'
		return collectionFace(b)
	}
	if err := checkTrueType(b); err != nil {
		return nil, err
	}
	return bytes.Clone(b), nil
}

// collectionFace writes the first face of a TrueType collection that has
// TrueType outlines out as a standalone font file. gofpdf reads only
// single fonts, and sfnt (which reads collections) does not write them.
// In a collection the table offsets count from the start of the file and
// faces share tables; the standalone file gets its own copy of each.
func collectionFace(b []byte) ([]byte, error) {
	if len(b) < 12 {
		return nil, errors.New("font collection: too short")
	}
	n := int(binary.BigEndian.Uint32(b[8:]))
	if n < 1 || 12+4*n > len(b) {
		return nil, errors.New("font collection: bad face count")
	}
	var first error
	for i := range n {
		face, err := extractFace(b, int(binary.BigEndian.Uint32(b[12+4*i:])))
		if err == nil {
			err = checkTrueType(face)
		}
		if err == nil {
			return face, nil
		}
		if first == nil {
			first = fmt.Errorf("font collection, face %d: %w", i, err)
		}
	}
	return nil, first
}

func extractFace(b []byte, off int) ([]byte, error) {
	if off < 0 || off > len(b)-12 {
		return nil, errors.New("face offset out of bounds")
	}
	n := int(binary.BigEndian.Uint16(b[off+4:]))
	if off+12+16*n > len(b) {
		return nil, errors.New("truncated table directory")
	}
	size := 12 + 16*n
	for i := range n {
		rec := b[off+12+16*i:]
		start, length := int64(binary.BigEndian.Uint32(rec[8:])), int64(binary.BigEndian.Uint32(rec[12:]))
		if start+length > int64(len(b)) {
			return nil, fmt.Errorf("table %q out of bounds", rec[:4])
		}
		size += int(length+3) &^ 3
	}
	out := make([]byte, size)
	copy(out, b[off:off+12])
	pos := 12 + 16*n
	for i := range n {
		rec := b[off+12+16*i : off+12+16*i+16]
		start, length := int(binary.BigEndian.Uint32(rec[8:])), int(binary.BigEndian.Uint32(rec[12:]))
		orec := out[12+16*i:]
		copy(orec, rec[:8]) // tag and checksum
		binary.BigEndian.PutUint32(orec[8:], uint32(pos))
		binary.BigEndian.PutUint32(orec[12:], uint32(length))
		copy(out[pos:], b[start:start+length])
		pos += (length + 3) &^ 3
	}
	return out, nil
}

// checkTrueType rejects what gofpdf's parser would mishandle before the
// bytes reach it: gofpdf prints to standard output instead of returning an
// error for a font without a format 4 Unicode cmap (which would corrupt a
// PDF written to stdout), and cannot read CFF outlines or collections.
func checkTrueType(b []byte) error {
	if len(b) < 12 {
		return errors.New("not a TrueType font: too short")
	}
	switch v := binary.BigEndian.Uint32(b); v {
	case 0x00010000, 0x74727565: // TrueType, 'true'
	case 0x4F54544F: // 'OTTO'
		return errors.New("OpenType fonts with CFF outlines are not supported; use a TrueType (.ttf) font")
	case 0x74746366: // 'ttcf'
		return errors.New("font collection inside a font")
	default:
		return errors.New("not a TrueType font")
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	if 12+16*n > len(b) {
		return errors.New("truncated table directory")
	}
	tables := make(map[string][2]int, n)
	for i := range n {
		rec := b[12+16*i:]
		off := int(binary.BigEndian.Uint32(rec[8:]))
		size := int(binary.BigEndian.Uint32(rec[12:]))
		if off < 0 || size < 0 || off > len(b) || size > len(b)-off {
			return fmt.Errorf("table %q out of bounds", rec[:4])
		}
		tables[string(rec[:4])] = [2]int{off, size}
	}
	for _, t := range []string{"cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "OS/2"} {
		if _, ok := tables[t]; !ok {
			return fmt.Errorf("missing %q table", t)
		}
	}
	// Look for the subtable gofpdf uses: (3,1) or (0,*) in format 4.
	cm := tables["cmap"]
	if cm[1] < 4 {
		return errors.New("bad cmap table")
	}
	cmap := b[cm[0] : cm[0]+cm[1]]
	nsub := int(binary.BigEndian.Uint16(cmap[2:]))
	for i := range nsub {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			break
		}
		pid := binary.BigEndian.Uint16(cmap[rec:])
		eid := binary.BigEndian.Uint16(cmap[rec+2:])
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		if (pid == 3 && eid == 1 || pid == 0) && off >= 0 && off+2 <= len(cmap) &&
			binary.BigEndian.Uint16(cmap[off:]) == 4 {
			return nil
		}
	}
	return errors.New("no format 4 Unicode cmap")
}

// gofpdfWidths loads the font into a throwaway document, so that a font
// gofpdf cannot parse fails here, once, with an error rather than later
// with a panic in the middle of a note, and reads gofpdf's advance width
// of every rune in has.
func gofpdfWidths(b []byte, has *[1 << 16 / 64]uint64) (w []uint16, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("unreadable TrueType font: %v", r)
		}
	}()
	pdf := gofpdf.New("P", "pt", "A4", "")
	pdf.AddUTF8FontFromBytes(fontFamily, "", bytes.Clone(b)) // see renderer.render
	pdf.SetFont(fontFamily, "", 10)
	pdf.GetStringWidth("Probe")
	if err := pdf.Error(); err != nil {
		return nil, err
	}
	w = make([]uint16, 1<<16)
	for i, word := range has {
		for word != 0 {
			bit := bits.TrailingZeros64(word)
			word &^= 1 << bit
			r := rune(i<<6 | bit)
			w[r] = uint16(min(pdf.GetStringSymbolWidth(string(r)), 1<<16-1))
		}
	}
	return w, pdf.Error()
}
