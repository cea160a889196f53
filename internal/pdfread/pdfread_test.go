package pdfread

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"sync/atomic"
	"testing"
)

// onePage writes a PDF of one page with the given font dictionary (object
// 5, which may refer to objects 6 and 7: extra) and content stream.
func onePage(font, content string, extra ...string) []byte {
	var b bytes.Buffer
	var offs []int
	objs := append([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		font,
	}, extra...)
	b.WriteString("%PDF-1.4\n")
	for i, o := range objs {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, x)
	return b.Bytes()
}

func chars(t *testing.T, pdf []byte) []Char {
	t.Helper()
	r, err := NewReader(bytes.NewReader(pdf), int64(len(pdf)))
	if err != nil {
		t.Fatal(err)
	}
	p := Page{V: r.Trailer().Key("Root").Key("Pages").Key("Kids").Index(0)}
	return p.Chars(1000)
}

func text(cs []Char) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString(c.Text)
	}
	return b.String()
}

func TestCharsType0(t *testing.T) {
	// Two-byte codes, widths from W (a list and a range), Unicode from a
	// ToUnicode map with a bfchar and a bfrange.
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
		"1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
		"1 beginbfchar <0003> <0020> endbfchar\n" +
		"1 beginbfrange <0010> <0012> <0041> endbfrange\n" +
		"endcmap CMapName currentdict /CMap defineresource pop end end"
	pdf := onePage("<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
		"BT /F1 10 Tf 100 700 Td <001000030011 0012> Tj ET",
		"<< /Type /Font /Subtype /CIDFontType2 /DW 1000 /W [16 [500] 17 18 250] >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(cmap), cmap))
	cs := chars(t, pdf)
	if got := text(cs); got != "A BC" {
		t.Fatalf("text = %q, want %q", got, "A BC")
	}
	// A at 100 (width 5), space at 105 (DW 10), B at 115 (2.5), C at 117.5.
	for i, want := range []float64{100, 105, 115, 117.5} {
		if cs[i].X != want || cs[i].Y != 700 || cs[i].Size != 10 {
			t.Errorf("char %d %q at (%v, %v) size %v, want x %v", i, cs[i].Text, cs[i].X, cs[i].Y, cs[i].Size, want)
		}
	}
	if cs[1].Space {
		t.Error("a two-byte code took word spacing")
	}
}

func TestCharsSimpleFont(t *testing.T) {
	// Differences with AGL and uniXXXX names, word spacing on code 32,
	// TJ kerning, an inline image skipped, a form XObject drawn.
	pdf := onePage("<< /Type /Font /Subtype /Type1 /BaseFont /Y /FirstChar 32 /Widths [250 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 600] /Encoding << /Differences [65 /fi /uni00E9] >> >>",
		"BT /F1 10 Tf 3 Tw 50 700 Td (A B) Tj [(A) -1000 (A)] TJ ET BI /W 1 /H 1 /BPC 8 /CS /G ID \xff\x00EI\x01 EI Q q /Fm Do")
	cs := chars(t, pdf)
	if got := text(cs); got != "\ufb01 \u00e9\ufb01\ufb01" {
		t.Fatalf("text = %q", got)
	}
	// ﬁ at 50 (6), space at 56 (2.5 + Tw 3), é at 61.5.
	if cs[2].X != 61.5 {
		t.Errorf("after a word-spaced space x = %v, want 61.5", cs[2].X)
	}
	if !cs[1].Space {
		t.Error("code 32 is not marked as taking word spacing")
	}
}

func TestCharsGeometry(t *testing.T) {
	// The text rendering matrix [fs·th 0 0; 0 fs 0; 0 rise 1] × Tm × CTM,
	// worked out by hand: a scaled and shifted CTM with horizontal
	// scaling, character spacing and rise, then, after Q restores the
	// text state, a text matrix turned a quarter.
	pdf := onePage("<< /Type /Font /Subtype /Type1 /BaseFont /Y /FirstChar 65 /Widths [500 600] >>",
		"q 2 0 0 2 10 20 cm BT /F1 10 Tf 50 Tz 1 Tc 5 Ts 100 200 Td (AB) Tj ET Q BT /F1 10 Tf 0 1 -1 0 300 400 Tm (A) Tj ET")
	got := chars(t, pdf)
	want := []Char{
		// x = (100 + 0)·2 + 10, y = (200 + rise 5)·2 + 20; size 10·2;
		// width 500/1000·10 · th 0.5 · CTM scale 2.
		{Text: "A", X: 210, Y: 430, W: 5, Size: 20},
		// moved by (5 + Tc 1)·th 0.5 in text space, ×2 on the page.
		{Text: "B", X: 216, Y: 430, W: 6, Size: 20},
		// no scaling, spacing or rise after Q; reading upwards.
		{Text: "A", X: 300, Y: 400, W: 5, Size: 10, Quadrant: 1},
	}
	if len(got) != len(want) {
		t.Fatalf("Chars = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("glyph %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestQuadrant(t *testing.T) {
	for _, tt := range []struct {
		x, y float64
		want int
	}{{1, 0, 0}, {0, 1, 1}, {-1, 0, 2}, {0, -1, 3}, {1, 1, -1}, {1, 0.001, 0}} {
		if got := quadrant(tt.x, tt.y); got != tt.want {
			t.Errorf("quadrant(%v, %v) = %d, want %d", tt.x, tt.y, got, tt.want)
		}
	}
}

func TestStopAndBudget(t *testing.T) {
	pdf := onePage("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", "BT /F1 10 Tf (Hello) Tj ET")
	r, err := NewReader(bytes.NewReader(pdf), int64(len(pdf)))
	if err != nil {
		t.Fatal(err)
	}
	var stop atomic.Bool
	r.SetLimits(10, &stop)
	contents := r.Trailer().Key("Root").Key("Pages").Key("Kids").Index(0).Key("Contents")
	_, err = io.ReadAll(contents.Reader())
	var le *LimitError
	if !errors.As(err, &le) || le.Limit != 10 || !errors.Is(err, ErrLimit) {
		t.Errorf("reading 26 bytes with a budget of 10: %v, want a LimitError of 10", err)
	}
	r.SetLimits(0, &stop)
	stop.Store(true)
	if _, err := io.ReadAll(contents.Reader()); !errors.Is(err, ErrStopped) {
		t.Errorf("reading after stop: %v, want ErrStopped", err)
	}
}

func TestCharsLegacyCJK(t *testing.T) {
	// SimSun-GBK-EUC-H as Chinese office software writes it: GBK codes,
	// no ToUnicode, an unembedded font. "中文 A" is D6D0 CEC4 20 41.
	pdf := onePage("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun-GBK-EUC-H /Encoding /GBK-EUC-H /DescendantFonts [6 0 R] >>",
		"BT /F1 10 Tf 100 700 Td <D6D0CEC42041> Tj ET",
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /DW 1000 >>")
	cs := chars(t, pdf)
	if got := text(cs); got != "中文 A" {
		t.Fatalf("text = %q, want %q", got, "中文 A")
	}
	if cs[1].X != 110 || cs[2].X != 120 || cs[3].X != 125 {
		t.Errorf("x = %v %v %v, want 110 120 125 (full, full, half width)", cs[1].X, cs[2].X, cs[3].X)
	}
}

func TestStandardFontWidths(t *testing.T) {
	// Helvetica without /Widths: "Hi" is H (722) and i (222) wide.
	pdf := onePage("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>", "BT /F1 10 Tf 100 700 Td (Hi) Tj ET")
	cs := chars(t, pdf)
	if len(cs) != 2 || math.Abs(cs[0].W-7.22) > 1e-9 || math.Abs(cs[1].X-107.22) > 1e-9 || math.Abs(cs[1].W-2.78) > 1e-9 {
		t.Errorf("Helvetica-Bold glyphs = %+v, want H 7.22 wide, i at 107.22 and 2.78 wide", cs)
	}
	for name, want := range map[string]string{"ABCDEF+Arial,BoldItalic": "Helvetica-BoldOblique", "TimesNewRomanPS-ItalicMT": "Times-Italic", "CourierNew": "Courier", "Garamond": ""} {
		got := std14(name)
		if want == "" && got != nil || want != "" && (got == nil || &got[0] != &std14Widths[want][0]) {
			t.Errorf("std14(%q) is not %q's widths", name, want)
		}
	}
}
