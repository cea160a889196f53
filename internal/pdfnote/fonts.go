package pdfnote

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// face is a regular and bold font pair with the set of runes both can draw.
// gofpdf itself offers no way to ask whether a font has a glyph (it silently
// draws nothing), so coverage comes from parsing the cmap with sfnt once.
type face struct {
	regular, bold []byte
	// has is a bitmap over the Basic Multilingual Plane: gofpdf cannot
	// draw anything above it, so nothing above it is ever "covered".
	has [1 << 16 / 64]uint64
	// repl stands in for runes the font lacks: U+FFFD if both fonts have
	// it, else '?'.
	repl rune
	// ell marks cut text: "…" if both fonts have it, else "...".
	ell string
}

func (fc *face) covers(r rune) bool {
	return r >= 0 && r < 1<<16 && fc.has[r>>6]&(1<<(r&63)) != 0
}

// defaultFace is the Go font pair, parsed once per process.
var defaultFace = sync.OnceValues(func() (*face, error) {
	return newFace(goregular.TTF, gobold.TTF)
})

// userFaces caches faces built from Options.Regular/Bold, keyed by the
// identity of the slices, so that a batch run with --font pays for the
// coverage scan once. It is bounded because callers could pass a different
// slice on every call.
var userFaces struct {
	sync.Mutex
	m map[faceKey]*face
}

type faceKey struct {
	reg, bold   *byte
	nreg, nbold int
}

const maxUserFaces = 4

// loadFace returns the face for opt, from cache when possible.
func loadFace(opt *Options) (*face, error) {
	if opt.Regular == nil && opt.Bold == nil {
		return defaultFace()
	}
	reg, bold := opt.Regular, opt.Bold
	if reg == nil {
		return nil, errors.New("bold font given without a regular font")
	}
	if bold == nil {
		bold = reg
	}
	if len(reg) == 0 || len(bold) == 0 {
		return nil, errors.New("empty font file")
	}
	key := faceKey{&reg[0], &bold[0], len(reg), len(bold)}
	userFaces.Lock()
	fc := userFaces.m[key]
	userFaces.Unlock()
	if fc != nil {
		return fc, nil
	}
	fc, err := newFace(reg, bold)
	if err != nil {
		return nil, err
	}
	userFaces.Lock()
	if userFaces.m == nil || len(userFaces.m) >= maxUserFaces {
		userFaces.m = make(map[faceKey]*face)
	}
	userFaces.m[key] = fc
	userFaces.Unlock()
	return fc, nil
}

func newFace(regular, bold []byte) (*face, error) {
	fc := &face{regular: regular, bold: bold}
	var buf sfnt.Buffer
	for i, b := range [][]byte{regular, bold} {
		name := [...]string{"regular", "bold"}[i]
		if err := checkTrueType(b); err != nil {
			return nil, fmt.Errorf("%s font: %w", name, err)
		}
		f, err := sfnt.Parse(b)
		if err != nil {
			return nil, fmt.Errorf("%s font: %w", name, err)
		}
		if err := probeGofpdf(b); err != nil {
			return nil, fmt.Errorf("%s font: %w", name, err)
		}
		var has [len(fc.has)]uint64
		for r := rune(0x20); r < 1<<16; r++ {
			if g, err := f.GlyphIndex(&buf, r); err == nil && g != 0 {
				has[r>>6] |= 1 << (r & 63)
			}
		}
		if i == 0 {
			fc.has = has
		} else {
			for j := range fc.has {
				fc.has[j] &= has[j]
			}
		}
	}
	fc.repl = '?'
	if fc.covers('\uFFFD') {
		fc.repl = '\uFFFD'
	}
	fc.ell = "..."
	if fc.covers('…') {
		fc.ell = "…"
	}
	if !fc.covers('?') || !fc.covers('.') {
		return nil, errors.New("font lacks basic Latin")
	}
	return fc, nil
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
		return errors.New("font collections (.ttc) are not supported; use a single .ttf")
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

// probeGofpdf loads the font into a throwaway document, so that a font
// gofpdf cannot parse fails here, once, with an error rather than later
// with a panic in the middle of a note.
func probeGofpdf(b []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("unreadable TrueType font: %v", r)
		}
	}()
	pdf := gofpdf.New("P", "pt", "A4", "")
	pdf.AddUTF8FontFromBytes(fontFamily, "", bytes.Clone(b)) // see renderer.render
	pdf.SetFont(fontFamily, "", 10)
	pdf.GetStringWidth("Probe")
	return pdf.Error()
}
