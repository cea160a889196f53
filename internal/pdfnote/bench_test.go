package pdfnote

import (
	"bytes"
	"io"
	"testing"

	"github.com/jung-kurt/gofpdf"
)

// BenchmarkRender measures a whole note, font work included. The size of
// the PDF is reported as B/pdf.
func BenchmarkRender(b *testing.B) {
	for _, bc := range []struct {
		name string
		note *Note
	}{
		{"typical", sampleNote()},
		{"oversized300", bigNote(300)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if _, err := Render(&buf, bc.note, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len()), "B/pdf")
		})
	}
}

// BenchmarkFontLoad measures what gofpdf charges per document to register
// the two TrueType fonts: it parses the whole file again each time and
// offers no way to share a parsed font between documents.
func BenchmarkFontLoad(b *testing.B) {
	fc, err := goFont()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		pdf := gofpdf.New("P", "pt", "A4", "")
		pdf.AddUTF8FontFromBytes(fontFamily, "", fc.regular)
		pdf.AddUTF8FontFromBytes(fontFamily, "B", fc.bold)
		if err := pdf.Error(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOutput measures gofpdf's Output for a near-empty page with both
// fonts used: subsetting and compressing the fonts is a fixed cost.
func BenchmarkOutput(b *testing.B) {
	fc, _ := goFont()
	for b.Loop() {
		pdf := gofpdf.New("P", "pt", "A4", "")
		pdf.AddUTF8FontFromBytes(fontFamily, "", fc.regular)
		pdf.AddUTF8FontFromBytes(fontFamily, "B", fc.bold)
		pdf.AddPage()
		pdf.SetFont(fontFamily, "", 10)
		pdf.Cell(100, 10, "abc")
		pdf.SetFont(fontFamily, "B", 10)
		pdf.Cell(100, 10, "abc")
		if err := pdf.Output(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
