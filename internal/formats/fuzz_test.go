package formats

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzLimits keep each fuzz input quick; a reader still running after
// Timeout counts as a hang.
var fuzzLimits = Limits{Timeout: 5 * time.Second, MaxBytes: 1 << 20}

// checkExtract is what every fuzz target asserts: no panic outside
// the PDF reader, no hang, and text the document reader will take.
func checkExtract(t *testing.T, f Format, data []byte) {
	e, err := Extract("fuzz", data, f, fuzzLimits)
	if errors.Is(err, ErrTimeout) {
		t.Fatalf("Extract(%v) hung: %v", f, err)
	}
	if errors.Is(err, errPanic) && f != PDF {
		t.Fatalf("Extract(%v) panicked: %v", f, err)
	}
	if err != nil {
		if strings.ContainsAny(err.Error(), "\n") || err.Error() != strings.TrimSpace(err.Error()) {
			t.Errorf("Extract(%v) error %q is not one line", f, err)
		}
		return
	}
	for _, s := range []string{e.Text, e.Title, e.Date, e.Byline} {
		if !utf8.ValidString(s) {
			t.Fatalf("Extract(%v) returned invalid UTF-8: %q", f, s)
		}
		for _, r := range s {
			if r < 0x20 && r != '\n' && r != '\t' || r == 0x7F {
				t.Fatalf("Extract(%v) returned control character %U in %q", f, r, s)
			}
		}
	}
	if strings.TrimSpace(e.Text) == "" {
		t.Fatalf("Extract(%v) returned no text and no error", f)
	}
}

func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: T\ndate: 2024-01-02\n---\n# H\n\npara *em* [l](u)\n\n- a\n  - b\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
		"> quote\n>> deeper\n\n```\ncode\n```\n\n<div>x</div>\n\n1. one\n2) two\n\nSetext\n===\n",
		"&amp; &#x41; \\* ~~s~~ ![i](x) <https://a> `c` [ref]\n\n[ref]: http://x\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkExtract(t, Markdown, data) })
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{
		`<!DOCTYPE html><html><head><title>T | S</title><meta name="author" content="A"></head><body><nav>n</nav><article><h1>T</h1>` + articleBody + `<ul><li>a</li></ul><table><tr><td>1</td><td>2</td></tr></table></article></body></html>`,
		`<p>x<br>y</p><pre>a
b</pre><script>{{x}}</script><div hidden>h</div>`,
		`<table><tr><td><p>a</p></td></tr></table><h2>h</h2><b><i>unclosed`,
		`<style>.x{display:none} #y { visibility: hidden }</style><p class="x">h</p><p id=y>h</p><p aria-hidden=true>h</p><p style="display:none">h</p><template>t</template><p>v</p>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkExtract(t, HTML, data) })
}

// FuzzDOCX fuzzes the XML of word/document.xml inside a well-formed zip:
// the zip layer is covered by the hostile tests, the XML walk is the
// hand-written part.
func FuzzDOCX(f *testing.F) {
	for _, s := range []string{
		wordXML(wp("Title", "T") + wp("Heading1", "H") + wp("", "a|<w:tab/>|b|<w:br/>|c") + `<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>i</w:t></w:r></w:p>`),
		wordXML(`<w:tbl><w:tr><w:tc>` + wp("", "x") + `</w:tc><w:tc>` + wp("", "y") + `</w:tc></w:tr></w:tbl>`),
		wordXML(`<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>REF</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>result</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`),
		wordXML(`<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>` + wp("", "box") + `</w:txbxContent></mc:Choice><mc:Fallback>` + wp("", "fb") + `</mc:Fallback></mc:AlternateContent></w:r></w:p><w:p><w:del><w:r><w:delText>d</w:delText></w:r></w:del></w:p>`),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, xml []byte) {
		checkExtract(t, DOCX, zipParts(t, []docxPart{{"word/document.xml", string(xml)}, {"word/styles.xml", stylesXML}}))
	})
}

func FuzzPDF(f *testing.F) {
	f.Add(makePDF(f, "Title", []string{"Body text of a paragraph.", "- bullet"}, []string{"Page two."}))
	f.Add(makeCompressedPDF(f))
	// A real producer's file: TrueType subsets, ToUnicode maps, widths.
	if b, err := os.ReadFile(filepath.Join("testdata", "pdf", "reportlab.pdf")); err == nil {
		f.Add(b)
	}
	f.Add(pdfWithContent([]byte("BT /F1 12 Tf 72 700 Td [(Kerned) -250 (words)] TJ 0 -14 TD 2 Tw (Spaced out) Tj T* (Next) ' 1 0 1 rg BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI ET"), ""))
	f.Fuzz(func(t *testing.T, data []byte) { checkExtract(t, PDF, data) })
}
