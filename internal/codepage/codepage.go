// Package codepage guesses the 8-bit code page of text that is not UTF-8,
// for the plain-text and HTML readers, which must decode before anything
// else can read the words.
package codepage

import (
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
			for _, r := range results {
				if r.Confidence < 10 {
					break
				}
				if cm, name := singleByte(r.Charset); cm != nil {
					return cm, name
				}
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
