package formats

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/jung-kurt/gofpdf"
)

// docxPart is one file of a generated docx.
type docxPart struct{ name, body string }

// makeDOCX builds a docx whose document.xml body is body (the inside of
// w:body), plus any extra parts.
func makeDOCX(t testing.TB, body string, extra ...docxPart) []byte {
	t.Helper()
	parts := append([]docxPart{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		{"word/document.xml", wordXML(body)},
	}, extra...)
	return zipParts(t, parts)
}

func wordXML(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` + body + `</w:body></w:document>`
}

func zipParts(t testing.TB, parts []docxPart) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// wp is a paragraph of one run, with an optional style; text may hold
// raw run content (w:tab, w:br) between "|" marks: "a|<w:tab/>|b".
func wp(style, text string) string {
	ppr := ""
	if style != "" {
		ppr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	var run strings.Builder
	for i, part := range strings.Split(text, "|") {
		if i%2 == 1 {
			run.WriteString(part)
		} else if part != "" {
			run.WriteString(`<w:t xml:space="preserve">` + xmlEscape(part) + `</w:t>`)
		}
	}
	return `<w:p>` + ppr + `<w:r>` + run.String() + `</w:r></w:p>`
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// makePDF writes a small PDF with gofpdf core fonts: a 20-point title and
// 11-point body paragraphs, optionally a second page.
func makePDF(t testing.TB, title string, paras []string, page2 []string) []byte {
	t.Helper()
	return buildPDF(t, false, title, paras, page2)
}

// makeCompressedPDF is a PDF with Flate-compressed content streams, the
// usual kind.
func makeCompressedPDF(t testing.TB) []byte {
	t.Helper()
	return buildPDF(t, true, "Compressed Title", []string{"Body text in a compressed stream."}, nil)
}

func buildPDF(t testing.TB, compress bool, title string, paras []string, page2 []string) []byte {
	t.Helper()
	p := gofpdf.New("P", "mm", "A4", "")
	p.SetCompression(compress)
	p.AddPage()
	p.SetFont("Helvetica", "B", 20)
	p.MultiCell(0, 9, title, "", "L", false)
	p.Ln(4)
	p.SetFont("Helvetica", "", 11)
	for _, s := range paras {
		p.MultiCell(0, 5, s, "", "L", false)
		p.Ln(4)
	}
	if page2 != nil {
		p.AddPage()
		for _, s := range page2 {
			p.MultiCell(0, 5, s, "", "L", false)
			p.Ln(4)
		}
	}
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
