package summarize

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/brief-dev/brief/internal/codepage"
	"github.com/brief-dev/brief/internal/formats"
)

// ErrBinary is returned (wrapped) for input that is not text.
var ErrBinary = errors.New("binary data, not text")

// ErrEmpty is returned for input with no text in it.
var ErrEmpty = errors.New("no text in input")

// offsetMap maps a byte offset in the normalised text back to a byte offset
// in the raw input. Normalisation only ever changes lengths locally, so the
// map is a sorted list of checkpoints: from norm onwards, raw = orig + (pos -
// norm) until the next checkpoint. A document that needed no change has a
// single checkpoint and costs nothing.
type offsetMap struct {
	points []checkpoint
}

type checkpoint struct{ norm, orig int }

func (m *offsetMap) add(norm, orig int) {
	if n := len(m.points); n > 0 {
		last := m.points[n-1]
		if orig-last.orig == norm-last.norm {
			return // still in step: no new checkpoint needed
		}
		if last.norm == norm {
			m.points[n-1].orig = orig
			return
		}
	}
	m.points = append(m.points, checkpoint{norm, orig})
}

// raw returns the raw-input offset of normalised offset pos.
func (m *offsetMap) raw(pos int) int {
	i := sort.Search(len(m.points), func(i int) bool { return m.points[i].norm > pos }) - 1
	if i < 0 {
		return pos
	}
	p := m.points[i]
	return p.orig + pos - p.norm
}

// signatures of binary formats that users drop into text folders; naming the
// format makes the error useful.
var signatures = []struct {
	magic []byte
	name  string
}{
	{[]byte("%PDF-"), "a PDF file"},
	{[]byte("PK\x03\x04"), "a zip archive (docx, xlsx, …)"},
	{[]byte("\x89PNG"), "a PNG image"},
	{[]byte("\xFF\xD8\xFF"), "a JPEG image"},
	{[]byte("GIF8"), "a GIF image"},
	{[]byte("\x7FELF"), "an executable"},
	{[]byte("\x1F\x8B"), "gzip data"},
	{[]byte("\xD0\xCF\x11\xE0"), "an OLE document (doc, xls)"},
}

// decode turns raw input into normalised UTF-8 text: BOM removed, UTF-16
// decoded, invalid UTF-8 read in the 8-bit code page its bytes suggest
// (codepage.Guess: Windows-1251 for old Russian files, …,
// Windows-1252 when nothing stands out), CRLF and CR to LF, NBSP and
// other fixed spaces to a plain space, zero-width and control characters
// dropped. Binary input is rejected. The returned map points back into raw.
func decode(raw []byte) (string, offsetMap, error) {
	var m offsetMap
	for _, s := range signatures {
		if bytes.HasPrefix(raw, s.magic) {
			return "", m, fmt.Errorf("%w: looks like %s", ErrBinary, s.name)
		}
	}
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return normalise(raw, 3, false, &m)
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return decodeUTF16(raw, &m)
	}
	if looksBinary(raw) {
		return "", m, ErrBinary
	}
	if utf8.Valid(raw) {
		return normaliseFrom(raw, 0, nil, &m)
	}
	cm, _ := codepage.Guess(raw)
	return normaliseFrom(raw, 0, cm, &m)
}

// looksBinary reports NUL bytes or a high share of control bytes in the first
// 64 KiB: text editors never write those, binary formats always do.
func looksBinary(raw []byte) bool {
	head := raw[:min(len(raw), 64<<10)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	return formats.ControlBytes(head, 1<<'\n'|1<<'\r'|1<<'\t'|1<<'\f') > len(head)/20+2
}

func decodeUTF16(raw []byte, m *offsetMap) (string, offsetMap, error) {
	bigEndian := raw[0] == 0xFE
	body := raw[2:]
	if len(body)%2 != 0 {
		return "", *m, fmt.Errorf("%w: truncated UTF-16", ErrBinary)
	}
	units := make([]uint16, len(body)/2)
	for i := range units {
		a, b := uint16(body[2*i]), uint16(body[2*i+1])
		if bigEndian {
			units[i] = a<<8 | b
		} else {
			units[i] = b<<8 | a
		}
	}
	// Re-encode as UTF-8 while recording where each rune came from, then
	// normalise that; compose the two maps through one pass.
	var utf8Text []byte
	var first offsetMap
	for i := 0; i < len(units); {
		r := rune(units[i])
		n := 1
		if utf16.IsSurrogate(r) && i+1 < len(units) {
			r = utf16.DecodeRune(r, rune(units[i+1]))
			n = 2
		}
		if r == 0 {
			return "", *m, fmt.Errorf("%w: NUL character in UTF-16 text", ErrBinary)
		}
		first.add(len(utf8Text), 2+2*i)
		utf8Text = utf8.AppendRune(utf8Text, r)
		i += n
	}
	first.add(len(utf8Text), len(raw))
	text, second, err := normalise(utf8Text, 0, false, m)
	if err != nil {
		return "", *m, err
	}
	// compose: norm -> utf8Text -> raw
	var composed offsetMap
	for pos := 0; pos <= len(text); {
		composed.add(pos, first.raw(second.raw(pos)))
		if pos == len(text) {
			break
		}
		_, size := utf8.DecodeRuneInString(text[pos:])
		pos += size
	}
	return text, composed, nil
}

// normalise copies raw[start:] to clean UTF-8, recording offsets in m;
// cp1252 reads it as Windows-1252 instead of UTF-8.
func normalise(raw []byte, start int, cp1252 bool, m *offsetMap) (string, offsetMap, error) {
	var cm *charmap.Charmap
	if cp1252 {
		cm = charmap.Windows1252
	}
	return normaliseFrom(raw, start, cm, m)
}

// normaliseFrom copies raw[start:] to clean UTF-8, recording offsets in m.
// A nil legacy means raw is UTF-8; otherwise each byte is one character of
// that code page.
func normaliseFrom(raw []byte, start int, legacy *charmap.Charmap, m *offsetMap) (string, offsetMap, error) {
	// A Builder, not a byte slice: its String is the text without a
	// copy (the text is as long as the input, and every input has one).
	var out strings.Builder
	out.Grow(len(raw) - start)
	m.add(0, start)
	for i := start; i < len(raw); {
		// a run of printable ASCII, tabs and newlines is copied as it is,
		// in one append: most text is nothing else
		j := i
		for j < len(raw) && (raw[j] >= 0x20 && raw[j] < 0x7F || raw[j] == '\n' || raw[j] == '\t') {
			j++
		}
		if j > i {
			out.Write(raw[i:j])
			i = j
			continue
		}
		b := raw[i]
		if b < utf8.RuneSelf {
			switch {
			case b == '\r':
				m.add(out.Len(), i)
				out.WriteByte('\n')
				if i+1 < len(raw) && raw[i+1] == '\n' {
					i++
				}
				i++
				m.add(out.Len(), i)
				continue
			case b == '\t' || b == '\n':
			case b == '\f' || b == '\v':
				b = '\n'
			case b == 0x1B:
				// a terminal escape ("\x1b[1;31m" from a captured log):
				// drop the whole sequence, not only its ESC, so its
				// parameters do not glue onto the words around it.
				i += csiLen(raw[i:])
				m.add(out.Len(), i)
				continue
			case b < 0x20 || b == 0x7F:
				i++
				m.add(out.Len(), i)
				continue
			}
			out.WriteByte(b)
			i++
			continue
		}
		var r rune
		size := 1
		if legacy != nil {
			r = legacy.DecodeByte(b)
		} else {
			r, size = utf8.DecodeRune(raw[i:])
		}
		m.add(out.Len(), i)
		switch {
		case r == '\u00A0' || r == '\u2007' || r == '\u202F' || (r >= '\u2000' && r <= '\u200A') || r == '\u3000':
			out.WriteByte(' ')
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			out.WriteByte('\n')
		case r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060' || r == '\uFEFF' || r == '\u00AD' || (r >= 0x80 && r < 0xA0):
			// zero-width, soft hyphen and C1 controls: invisible, and they
			// break word matching.
		default:
			out.WriteRune(r)
		}
		i += size
		m.add(out.Len(), i)
	}
	m.add(out.Len(), len(raw))
	text := out.String()
	if len(strings.TrimSpace(text)) == 0 {
		return "", *m, ErrEmpty
	}
	return text, *m, nil
}

// csiLen returns the length of the escape sequence at the start of b (which
// starts with ESC): a CSI sequence "ESC [ parameters intermediates final",
// or ESC alone when no well-formed CSI sequence follows.
func csiLen(b []byte) int {
	if len(b) < 2 || b[1] != '[' {
		return 1
	}
	const maxLen = 32 // real sequences are a handful of bytes
	n := min(len(b), maxLen)
	i := 2
	for i < n && b[i] >= 0x30 && b[i] <= 0x3F {
		i++
	}
	for i < n && b[i] >= 0x20 && b[i] <= 0x2F {
		i++
	}
	if i < n && b[i] >= 0x40 && b[i] <= 0x7E {
		return i + 1
	}
	return 1
}
