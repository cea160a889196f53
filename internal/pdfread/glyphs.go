package pdfread

import (
	"math"
	"sort"
	"strings"
	"unicode/utf16"
)

// A FontDecoder splits the strings a font shows into character codes, each
// with its Unicode text and advance width. The library's own Encoder
// decodes whole strings and cannot say how many bytes each code took, so
// widths were taken per byte and word spaces guessed wrong.
type FontDecoder struct {
	codeLen  []int        // code lengths to try (from the codespace), shortest first
	toUni    *uniMap      // from ToUnicode, or nil
	simple   *[256]rune   // a simple font's encoding, when no ToUnicode maps a code
	diffs    map[int]rune // a simple font's Differences
	ucs2     bool         // codes are UTF-16 (UCS2 CMaps)
	first    int          // simple fonts: FirstChar
	widths   []float64    // simple fonts: Widths from FirstChar
	missing  float64      // width of codes without one
	cidW     []cidWidth   // Type0: widths from the descendant's W, sorted
	legacy   *legacyCMap  // Type0 with a predefined CJK CMap of a legacy encoding
	scale    float64      // glyph space to text space × 1000 (Type3 FontMatrix)
	twoBytes bool         // a Type0 font: word spacing never applies
}

type cidWidth struct {
	lo, hi int
	w      float64
}

// uniMap is a ToUnicode CMap made searchable.
type uniMap struct {
	chars  map[string]string
	ranges []bfrange
}

func (m *uniMap) lookup(code string) (string, bool) {
	if s, ok := m.chars[code]; ok {
		return s, true
	}
	for _, r := range m.ranges {
		if len(r.lo) != len(code) || code < r.lo || code > r.hi {
			continue
		}
		off := codeInt(code) - codeInt(r.lo)
		switch r.dst.Kind() {
		case String:
			u := utf16.Decode(units(r.dst.RawString()))
			if len(u) == 0 {
				return "", true
			}
			u[len(u)-1] += rune(off)
			return string(u), true
		case Array:
			return utf16Decode(r.dst.Index(off).RawString()), true
		}
		return "", true
	}
	return "", false
}

func codeInt(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n<<8 | int(s[i])
	}
	return n
}

func units(s string) []uint16 {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return u
}

// maxUniEntries bounds a ToUnicode map.
const maxUniEntries = 1 << 17

// NewFontDecoder reads a font dictionary.
func NewFontDecoder(font Value) *FontDecoder {
	d := &FontDecoder{codeLen: []int{1}, scale: 1}
	sub := font.Key("Subtype").Name()
	if tu := font.Key("ToUnicode"); tu.Kind() == Stream {
		if m := safeCmap(tu); m != nil {
			um := &uniMap{chars: map[string]string{}}
			for i, c := range m.bfchar {
				if i >= maxUniEntries {
					break
				}
				um.chars[c.orig] = utf16Decode(c.repl)
			}
			um.ranges = m.bfrange
			if len(um.ranges) > maxUniEntries {
				um.ranges = um.ranges[:maxUniEntries]
			}
			d.toUni = um
		}
	}
	if sub == "Type0" {
		d.twoBytes = true
		d.codeLen = []int{2}
		enc := font.Key("Encoding")
		switch enc.Kind() {
		case Name:
			if strings.Contains(enc.Name(), "UCS2") || strings.HasPrefix(enc.Name(), "UniGB-UTF16") || strings.Contains(enc.Name(), "UTF16") {
				d.ucs2 = true
			}
			d.legacy = predefinedCMap(enc.Name())
		case Stream:
			if m := safeCmap(enc); m != nil {
				var lens []int
				for n := 1; n <= 4; n++ {
					if len(m.space[n-1]) > 0 {
						lens = append(lens, n)
					}
				}
				if len(lens) > 0 {
					d.codeLen = lens
					d.twoBytes = lens[0] > 1
				}
			}
		}
		desc := font.Key("DescendantFonts").Index(0)
		d.missing = 1000
		if dw := desc.Key("DW"); dw.Kind() == Integer || dw.Kind() == Real {
			d.missing = dw.Float64()
		}
		w := desc.Key("W")
		for i := 0; i < w.Len() && len(d.cidW) < maxUniEntries; {
			c := int(w.Index(i).Int64())
			next := w.Index(i + 1)
			if next.Kind() == Array {
				for j := 0; j < next.Len() && len(d.cidW) < maxUniEntries; j++ {
					d.cidW = append(d.cidW, cidWidth{c + j, c + j, next.Index(j).Float64()})
				}
				i += 2
				continue
			}
			d.cidW = append(d.cidW, cidWidth{c, int(next.Int64()), w.Index(i + 2).Float64()})
			i += 3
		}
		sort.Slice(d.cidW, func(i, j int) bool { return d.cidW[i].lo < d.cidW[j].lo })
		return d
	}
	// A simple font.
	d.first = int(font.Key("FirstChar").Int64())
	ws := font.Key("Widths")
	for i := 0; i < ws.Len() && i < 256; i++ {
		d.widths = append(d.widths, ws.Index(i).Float64())
	}
	d.missing = font.Key("FontDescriptor").Key("MissingWidth").Float64()
	if len(d.widths) == 0 {
		// A standard font used without widths, as FPDF and gofpdf write
		// them: Adobe's metrics.
		if ws := std14(font.Key("BaseFont").Name()); ws != nil {
			d.first, d.widths = 0, ws
		}
	}
	if sub == "Type3" {
		if fm := font.Key("FontMatrix"); fm.Len() >= 1 && fm.Index(0).Float64() != 0 {
			d.scale = fm.Index(0).Float64() * 1000
		}
	}
	enc := font.Key("Encoding")
	base := enc
	if enc.Kind() == Dict {
		base = enc.Key("BaseEncoding")
		diffs := enc.Key("Differences")
		d.diffs = map[int]rune{}
		code := -1
		for i := 0; i < diffs.Len() && i < 512; i++ {
			x := diffs.Index(i)
			switch x.Kind() {
			case Integer:
				code = int(x.Int64())
			case Name:
				if code >= 0 && code < 256 {
					if r, ok := glyphRune(x.Name()); ok {
						d.diffs[code] = r
					}
				}
				code++
			}
		}
	}
	switch base.Name() {
	case "MacRomanEncoding":
		d.simple = &macRomanEncoding
	default:
		d.simple = &winAnsiEncoding
	}
	return d
}

// glyphRune maps a glyph name to its character: the Adobe Glyph List, and
// the uniXXXX and uXXXX[XX] forms.
func glyphRune(name string) (rune, bool) {
	if r, ok := nameToRune()[name]; ok {
		return r, true
	}
	hex := ""
	switch {
	case strings.HasPrefix(name, "uni") && len(name) == 7:
		hex = name[3:]
	case strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7:
		hex = name[1:]
	default:
		return 0, false
	}
	n := 0
	for _, c := range hex {
		v := unhex(byte(c))
		if v < 0 || c > 0x7f {
			return 0, false
		}
		n = n<<4 | v
	}
	return rune(n), true
}

// safeCmap reads a CMap, or returns nil if it is malformed. Limit errors
// and stops propagate.
func safeCmap(v Value) (m *cmap) {
	defer func() {
		if x := recover(); x != nil {
			if isLimit(x) {
				panic(x)
			}
			m = nil
		}
	}()
	return readCmap(v)
}

func isLimit(x any) bool {
	if err, ok := x.(error); ok {
		return errorsIs(err, ErrLimit) || errorsIs(err, ErrStopped)
	}
	return false
}

// A Glyph is one character code of a shown string.
type Glyph struct {
	Text  string  // its Unicode text; "" when the font does not say
	Width float64 // advance in thousandths of the font size
	Space bool    // the single-byte code 32, to which word spacing applies
}

// Glyphs calls fn for each code of raw.
func (d *FontDecoder) Glyphs(raw string, fn func(Glyph)) {
	if d.legacy != nil && d.toUni == nil {
		d.legacy.glyphs(raw, d.missing, fn)
		return
	}
	for len(raw) > 0 {
		n := d.codeLen[len(d.codeLen)-1]
		if d.toUni != nil && len(d.codeLen) > 1 {
			for _, l := range d.codeLen {
				if l <= len(raw) {
					if _, ok := d.toUni.lookup(raw[:l]); ok {
						n = l
						break
					}
				}
			}
		}
		n = min(n, len(raw))
		code := raw[:n]
		raw = raw[n:]
		g := Glyph{Width: d.width(codeInt(code)), Space: n == 1 && code[0] == ' ' && !d.twoBytes}
		switch s, ok := d.lookup(code); {
		case ok:
			g.Text = s
		}
		fn(g)
	}
}

func (d *FontDecoder) lookup(code string) (string, bool) {
	if d.toUni != nil {
		if s, ok := d.toUni.lookup(code); ok {
			return s, true
		}
	}
	if d.ucs2 {
		return utf16Decode(code), true
	}
	if len(code) != 1 {
		return "", false
	}
	c := int(code[0])
	if r, ok := d.diffs[c]; ok {
		return string(r), true
	}
	if d.simple != nil {
		if r := d.simple[c]; r != noRune {
			return string(r), true
		}
		if c >= 32 {
			return string(rune(c)), true
		}
	}
	return "", false
}

func (d *FontDecoder) width(code int) float64 {
	if d.cidW != nil || d.twoBytes {
		i := sort.Search(len(d.cidW), func(i int) bool { return d.cidW[i].hi >= code })
		if i < len(d.cidW) && d.cidW[i].lo <= code {
			return d.cidW[i].w
		}
		return d.missing
	}
	if i := code - d.first; i >= 0 && i < len(d.widths) {
		if w := d.widths[i] * d.scale; !math.IsNaN(w) {
			return w
		}
	}
	return d.missing
}
