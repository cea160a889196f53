package formats

import (
	"strings"
	"testing"
)

// onePage is a typical one-page release: a title, six paragraphs under
// two headings and a short list, about 450 words.
var onePage = struct {
	title    string
	headings []string
	paras    []string
	bullets  []string
}{
	title:    "Joint Working Group on Trade and Investment Holds Fourth Meeting",
	headings: []string{"Outcomes", "Next Steps"},
	paras: []string{
		"The fourth meeting of the joint working group on trade and investment took place in Moscow on 28 November 2024, chaired by the deputy ministers of economic development of both countries. Delegations included representatives of ministries, trade agencies and business associations.",
		"The parties reviewed progress on the roadmap adopted at the third meeting and noted a twelve per cent rise in bilateral trade over the first nine months of the year, driven by machinery, agricultural products and pharmaceuticals.",
		"They agreed to set up a sub-group on customs procedures and to exchange data on trade flows every quarter, so that bottlenecks at border crossings can be identified early and addressed by the competent authorities.",
		"Delegations also discussed transport links, energy cooperation and the mutual recognition of conformity certificates, which businesses on both sides have described as the main obstacle to new contracts.",
		"Both sides welcomed the participation of small and medium-sized enterprises in the business forum held on the margins of the meeting, where more than forty agreements of intent were signed.",
		"The next meeting of the working group will be held in the spring of 2025. The date and venue will be agreed through diplomatic channels.",
	},
	bullets: []string{"a customs sub-group will meet by March", "trade data will be exchanged every quarter", "a business forum will be held in 2025"},
}

func benchInputs(b *testing.B) map[Format][]byte {
	p := onePage
	var md, h strings.Builder
	md.WriteString("# " + p.title + "\n\n")
	h.WriteString("<!DOCTYPE html><html><head><title>" + p.title + " | Ministry</title></head><body><nav><a href='/'>Home</a></nav><article><h1>" + p.title + "</h1>")
	docx := wp("Title", p.title)
	for i, s := range p.paras {
		if i == 2 || i == 4 {
			hd := p.headings[i/2-1]
			md.WriteString("## " + hd + "\n\n")
			h.WriteString("<h2>" + hd + "</h2>")
			docx += wp("Heading1", hd)
		}
		md.WriteString(s + "\n\n")
		h.WriteString("<p>" + s + "</p>")
		docx += wp("", s)
	}
	h.WriteString("<ul>")
	for _, s := range p.bullets {
		md.WriteString("- " + s + "\n")
		h.WriteString("<li>" + s + "</li>")
		docx += `<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>` + s + `</w:t></w:r></w:p>`
	}
	h.WriteString("</ul></article><footer>© Ministry</footer></body></html>")
	pdfParas := append(append([]string{}, p.paras...), p.bullets...)
	for i := len(p.paras); i < len(pdfParas); i++ {
		pdfParas[i] = "- " + pdfParas[i]
	}
	return map[Format][]byte{
		Text:     []byte(md.String()),
		Markdown: []byte(md.String()),
		HTML:     []byte(h.String()),
		DOCX:     makeDOCX(b, docx),
		PDF:      buildPDF(b, true, p.title, pdfParas, nil),
	}
}

func benchmarkFormat(b *testing.B, f Format) {
	in := benchInputs(b)[f]
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract("bench", in, f, Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkText(b *testing.B)     { benchmarkFormat(b, Text) }
func BenchmarkMarkdown(b *testing.B) { benchmarkFormat(b, Markdown) }
func BenchmarkHTML(b *testing.B)     { benchmarkFormat(b, HTML) }
func BenchmarkDOCX(b *testing.B)     { benchmarkFormat(b, DOCX) }
func BenchmarkPDF(b *testing.B)      { benchmarkFormat(b, PDF) }

// TestBenchInputs keeps the benchmark documents honest: each must come
// out with its title, headings and bullets.
func TestBenchInputs(t *testing.T) {
	for f, in := range benchInputs(&testing.B{}) {
		if f == Text {
			continue
		}
		e, err := Extract("bench", in, f, Limits{})
		if err != nil {
			t.Errorf("Extract(%v bench input) error: %v", f, err)
			continue
		}
		if e.Title != onePage.title || !strings.Contains(e.Text, "- a customs sub-group") || !strings.Contains(e.Text, onePage.paras[5]) {
			t.Errorf("Extract(%v bench input) = title %q, text\n%s", f, e.Title, e.Text)
		}
	}
}
