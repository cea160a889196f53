package pdfread

import (
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// legacyCMap is a predefined CJK CMap whose codes are the bytes of a
// legacy multi-byte encoding (GBK, Shift-JIS, EUC, Big5): the codes decode
// to Unicode as that encoding does, without the CMap's CID tables, which
// Adobe publishes separately and which are not embedded here. Files that
// use them (Chinese and Japanese office software, often with unembedded
// fonts such as SimSun) carry no ToUnicode map.
type legacyCMap struct {
	enc      encoding.Encoding
	leadLow  byte // first byte of a two-byte code
	leadHigh byte
}

// predefinedCMap returns the legacy encoding of a predefined CMap's name,
// or nil. PDF 32000-1:2008, table 118.
func predefinedCMap(name string) *legacyCMap {
	base := strings.TrimSuffix(strings.TrimSuffix(name, "-H"), "-V")
	switch base {
	case "GB-EUC", "GBpc-EUC":
		return &legacyCMap{simplifiedchinese.GBK, 0xA1, 0xFE} // GB 2312 in EUC form; GBK is its superset
	case "GBK-EUC", "GBKp-EUC", "GBK2K":
		return &legacyCMap{simplifiedchinese.GBK, 0x81, 0xFE}
	case "B5pc", "HKscs-B5", "ETen-B5", "ETenms-B5":
		return &legacyCMap{traditionalchinese.Big5, 0x81, 0xFE}
	case "83pv-RKSJ", "90ms-RKSJ", "90msp-RKSJ", "90pv-RKSJ", "Add-RKSJ", "Ext-RKSJ":
		return &legacyCMap{japanese.ShiftJIS, 0x81, 0xFC}
	case "EUC":
		return &legacyCMap{japanese.EUCJP, 0x8E, 0xFE}
	case "KSC-EUC", "KSCms-UHC", "KSCms-UHC-HW", "KSCpc-EUC":
		return &legacyCMap{korean.EUCKR, 0x81, 0xFE}
	}
	return nil
}

// glyphs splits raw into one-byte codes (ASCII, half width) and two-byte
// codes (full width) and decodes each.
func (m *legacyCMap) glyphs(raw string, full float64, fn func(Glyph)) {
	dec := m.enc.NewDecoder()
	for len(raw) > 0 {
		n := 1
		if raw[0] >= m.leadLow && raw[0] <= m.leadHigh && len(raw) > 1 {
			n = 2
		}
		code := raw[:n]
		raw = raw[n:]
		g := Glyph{Width: full}
		if n == 1 {
			g.Width = full / 2
			g.Space = code[0] == ' '
		}
		if s, err := dec.String(code); err == nil && !strings.ContainsRune(s, '\uFFFD') {
			g.Text = s
		}
		fn(g)
	}
}
