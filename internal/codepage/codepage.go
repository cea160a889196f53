// Package codepage guesses the 8-bit code page of text that is not UTF-8,
// for the plain-text and HTML readers, which must decode before anything
// else can read the words.
package codepage

import (
	"unicode"

	"github.com/gogs/chardet"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// maxSniff bounds the bytes given to the charset detector: its n-gram
// statistics settle long before, and it copies what it is given.
const maxSniff = 64 << 10

// Guess guesses the 8-bit code page of text that is not valid
// UTF-8 from its bytes (Windows-1250…1258, KOI8-R, ISO-8859-x): a
// Russian text saved by an old Windows editor is Windows-1251, and reading
// it as Windows-1252, the usual fallback, turns every word into mojibake
// ("Ìèíèñòð"). It returns the code page and its name. The guess is the ICU
// detector's (gogs/chardet: byte n-gram statistics per language); when
// it finds no single-byte code page, Windows-1252 is returned, as browsers
// assume. Multi-byte legacy encodings (Shift_JIS, GB18030 …) are not
// considered: callers decode byte by byte.
func Guess(data []byte) (*charmap.Charmap, string) {
	sample := sniffSample(data)
	if len(sample) > 0 {
		results, err := chardet.NewTextDetector().DetectAll(sample)
		if err == nil {
			// The detector runs its recognisers concurrently and does not
			// order equal confidences, so ties are broken here, by what
			// reads as text: fewest capitals inside words once decoded
			// (Cyrillic read as Latin-1 is "Ìiíiñòð"), then by name.
			type cand struct {
				cm         *charmap.Charmap
				name       string
				confidence int
				flips      int
			}
			var best *cand
			for _, r := range results {
				if r.Confidence < 10 {
					continue
				}
				cm, name := singleByte(r.Charset)
				if cm == nil {
					continue
				}
				c := &cand{cm, name, r.Confidence, -1}
				switch {
				case best == nil || c.confidence > best.confidence:
					best = c
				case c.confidence == best.confidence:
					if best.flips < 0 {
						best.flips = innerCapitals(best.cm, sample)
					}
					c.flips = innerCapitals(cm, sample)
					if c.flips < best.flips || c.flips == best.flips && c.name < best.name {
						best = c
					}
				}
			}
			if best != nil {
				return best.cm, best.name
			}
		}
	}
	return charmap.Windows1252, "windows-1252"
}

// sniffSample is the part of data the detector sees: at most maxSniff
// bytes, from just before the first non-ASCII byte, so that a long English
// preamble does not dilute the n-gram statistics of the lines that tell.
func sniffSample(data []byte) []byte {
	first := -1
	for i, b := range data {
		if b >= 0x80 {
			first = i
			break
		}
	}
	if first < 0 {
		return nil
	}
	start := max(0, first-64)
	return data[start:min(len(data), start+maxSniff)]
}

// singleByte maps a detector's charset name to a code page, or nil for
// multi-byte and unknown encodings. ISO-8859-1 and -9 map to their Windows
// supersets (as WHATWG does), which also decode the typographic quotes
// that Windows editors write in 0x80–0x9F.
func singleByte(name string) (*charmap.Charmap, string) {
	if name == "ISO-8859-8-I" {
		name = "ISO-8859-8"
	}
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil, ""
	}
	cm, ok := enc.(*charmap.Charmap)
	if !ok {
		return nil, ""
	}
	canon, err := htmlindex.Name(enc)
	if err != nil {
		return nil, ""
	}
	return cm, canon
}

// innerCapitals counts the upper-case letters that follow a lower-case one
// in sample decoded with cm: rare in text, common in text decoded with the
// wrong code page.
func innerCapitals(cm *charmap.Charmap, sample []byte) int {
	text, err := cm.NewDecoder().Bytes(sample)
	if err != nil {
		return len(sample)
	}
	n, prevLower := 0, false
	for _, r := range string(text) {
		if unicode.IsUpper(r) && prevLower {
			n++
		}
		prevLower = unicode.IsLower(r)
	}
	return n
}
