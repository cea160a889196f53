package formats

import (
	"errors"
	"strings"
	"testing"
)

const stylesXML = `<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Aufzhlung"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
</w:styles>`

const coreXML = `<?xml version="1.0" encoding="UTF-8"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title>Core Title</dc:title><dc:creator>Jane Doe</dc:creator></cp:coreProperties>`

func TestDOCX(t *testing.T) {
	numbered := `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Numbered item</w:t></w:r></w:p>`
	runExtract(t, DOCX, []extractCase{{
		name: "english style ids",
		in: makeDOCX(t, wp("Title", "Joint Statement")+wp("Heading1", "Background")+
			wp("", "First |<w:tab/>|tabbed, then|<w:br/>|a new line.")+numbered+
			wp("ListParagraph", "List-styled item")+wp("Heading2", "Details")+wp("", "Ünïcödé: Москва, café.")),
		want:  "# Joint Statement\n\n# Background\n\nFirst tabbed, then\na new line.\n\n- Numbered item\n- List-styled item\n\n## Details\n\nÜnïcödé: Москва, café.\n",
		title: "Joint Statement",
	}, {
		name: "localised styles and core properties",
		in: makeDOCX(t, wp("berschrift1", "Überblick")+wp("", "Text.")+wp("Aufzhlung", "Punkt")+wp("berschrift2", "Mehr"),
			docxPart{"word/styles.xml", stylesXML}, docxPart{"docProps/core.xml", coreXML}),
		want:  "# Überblick\n\nText.\n\n- Punkt\n\n## Mehr\n",
		title: "Überblick", byline: "Jane Doe",
	}, {
		name:  "core title when the body has none",
		in:    makeDOCX(t, wp("", "Only text."), docxPart{"docProps/core.xml", coreXML}),
		want:  "# Core Title\n\nOnly text.\n",
		title: "Core Title", byline: "Jane Doe",
	}, {
		name: "deletions, field codes, fallbacks, text boxes",
		in: makeDOCX(t, `<w:p><w:r><w:t>Kept </w:t></w:r><w:del><w:r><w:delText>deleted </w:delText></w:r></w:del>`+
			`<w:r><w:instrText>HYPERLINK "http://x"</w:instrText></w:r><w:r><w:t>text</w:t></w:r>`+
			`<w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>Box text.</w:t></w:r></w:p></w:txbxContent></mc:Choice>`+
			`<mc:Fallback><w:txbxContent><w:p><w:r><w:t>Box text.</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r>`+
			`<w:r><w:t>.</w:t></w:r></w:p>`),
		want: "Box text.\n\nKept text.\n",
	}, {
		name: "tables",
		in: makeDOCX(t, `<w:tbl><w:tr><w:tc>`+wp("Heading1", "Layout Heading")+wp("", "Paragraph one.")+wp("", "Paragraph two.")+`</w:tc></w:tr></w:tbl>`+
			`<w:tbl><w:tr><w:tc>`+wp("", "Country")+`</w:tc><w:tc>`+wp("", "Share")+`</w:tc></w:tr>`+
			`<w:tr><w:tc>`+wp("", "France")+`</w:tc><w:tc>`+wp("", "12%")+`</w:tc></w:tr></w:tbl>`),
		want:  "# Layout Heading\n\nParagraph one.\n\nParagraph two.\n\n| Country | Share |\n| France | 12% |\n",
		title: "Layout Heading",
	}, {
		name: "caption style",
		in:   makeDOCX(t, wp("", "Outlays rose.")+wp("Caption", "Figure 1. Outlays by year")+wp("", "They fell later.")),
		want: "Outlays rose.\n\n: Figure 1. Outlays by year\n\nThey fell later.\n",
	}, {
		name: "main part named in relationships",
		in: zipParts(t, []docxPart{
			{"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`},
			{"word/document2.xml", wordXML(wp("", "Found it."))},
		}),
		want: "Found it.\n",
	}})
}

// hiddenSentence must never reach the text: Word does not show it, and a
// note that quotes it leaks what the author hid.
const hiddenSentence = "HIDDEN: The Minister agreed to resign"

func TestDOCXHiddenText(t *testing.T) {
	styles := docxPart{"word/styles.xml", `<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="HiddenPara"><w:name w:val="Hidden Para"/><w:rPr><w:vanish/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>
</w:styles>`}
	hid := xmlEscape(hiddenSentence)
	run := func(rpr, text string) string {
		return `<w:r><w:rPr>` + rpr + `</w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r>`
	}
	p := func(runs ...string) string { return `<w:p>` + strings.Join(runs, "") + `</w:p>` }
	cases := []struct {
		name, body, want string
	}{
		{"vanish", p(run("", "Talks ended. "), run("<w:vanish/>", hid), run("", "Both sides met.")), "Talks ended. Both sides met.\n"},
		{"vanish true", p(run("", "Talks ended."), run(`<w:vanish w:val="true"/>`, hid)), "Talks ended.\n"},
		{"vanish off is shown", p(run(`<w:vanish w:val="0"/>`, "Shown text.")), "Shown text.\n"},
		{"specVanish", p(run("", "Talks ended."), run("<w:specVanish/>", hid)), "Talks ended.\n"},
		{"hidden whole paragraph", p(run("", "Talks ended.")) + p(run("<w:vanish/>", hid)), "Talks ended.\n"},
		{"hidden break and tab", p(run("", "One"), `<w:r><w:rPr><w:vanish/></w:rPr><w:br/><w:tab/><w:t>`+hid+`</w:t></w:r>`, run("", " two.")), "One two.\n"},
		{"character style", p(run("", "Talks ended."), run(`<w:rStyle w:val="Secret"/>`, hid)), "Talks ended.\n"},
		{"paragraph style", p(run("", "Talks ended.")) + `<w:p><w:pPr><w:pStyle w:val="HiddenPara"/></w:pPr>` + run("", hid) + `</w:p>`, "Talks ended.\n"},
		{"paragraph style, run shown", `<w:p><w:pPr><w:pStyle w:val="HiddenPara"/></w:pPr>` + run(`<w:vanish w:val="false"/>`, "Shown text.") + `</w:p>`, "Shown text.\n"},
		{"hidden paragraph mark only", `<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>` + run("", "Shown text.") + `</w:p>`, "Shown text.\n"},
		{"style with vanish off keeps its heading", `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>` + run("", "Heading") + `</w:p>` + p(run("", "Body.")), "# Heading\n\nBody.\n"},
		{"formatting before a change", p(run(`<w:rPrChange w:id="1"><w:rPr><w:vanish/></w:rPr></w:rPrChange>`, "Shown text.")), "Shown text.\n"},
		{"deleted run", p(run("", "Talks ended."), `<w:del w:id="2"><w:r><w:delText>`+hid+`</w:delText></w:r></w:del>`), "Talks ended.\n"},
		{"deleted run with w:t", p(run("", "Talks ended."), `<w:del w:id="2"><w:r><w:t>`+hid+`</w:t></w:r></w:del>`), "Talks ended.\n"},
		{"moved away", p(run("", "Talks ended."), `<w:moveFrom w:id="3"><w:r><w:t>`+hid+`</w:t></w:r></w:moveFrom>`), "Talks ended.\n"},
		{"inserted run is text", p(run("", "Talks "), `<w:ins w:id="4"><w:r><w:t>ended.</w:t></w:r></w:ins>`), "Talks ended.\n"},
		{"field code between begin and separate", p(run("", "See "),
			`<w:r><w:fldChar w:fldCharType="begin"/></w:r>`, run("", hid), `<w:r><w:instrText> REF x </w:instrText></w:r>`,
			`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`, run("", "the annex"), `<w:r><w:fldChar w:fldCharType="end"/></w:r>`, run("", ".")),
			"See the annex.\n"},
		{"nested fields", p(run("", "A"),
			`<w:r><w:fldChar w:fldCharType="begin"/></w:r>`, run("", hid),
			`<w:r><w:fldChar w:fldCharType="begin"/></w:r>`, run("", hid), `<w:r><w:fldChar w:fldCharType="separate"/></w:r>`, run("", hid), `<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
			`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`, run("", "B"), `<w:r><w:fldChar w:fldCharType="end"/></w:r>`, run("", "C.")),
			"ABC.\n"},
		{"comment marks and references", p(`<w:commentRangeStart w:id="0"/>`, run("", "Talks ended."), `<w:commentRangeEnd w:id="0"/>`,
			`<w:r><w:commentReference w:id="0"/></w:r>`), "Talks ended.\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, err := Extract("h.docx", makeDOCX(t, c.body, styles), DOCX, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if e.Text != c.want {
				t.Errorf("text = %q, want %q", e.Text, c.want)
			}
			if strings.Contains(e.Text, "HIDDEN") || strings.Contains(e.Title, "HIDDEN") {
				t.Errorf("hidden text leaked: %q", e.Text)
			}
		})
	}
	// The comments part itself is never read, whatever it holds.
	comments := docxPart{"word/comments.xml", `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0"><w:p><w:r><w:t>` + hid + `</w:t></w:r></w:p></w:comment></w:comments>`}
	e, err := Extract("c.docx", makeDOCX(t, wp("", "Talks ended."), comments), DOCX, Limits{})
	if err != nil || strings.Contains(e.Text, "HIDDEN") {
		t.Errorf("docx with a comment = %v, %v", e, err)
	}
}

func TestDOCXTextRunCap(t *testing.T) {
	long := wp("", strings.Repeat("word ", (maxTextRun+1024)/5))
	_, err := Extract("long.docx", makeDOCX(t, long), DOCX, Limits{})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "more than 8388608 bytes of text between two tags") {
		t.Errorf("docx with a 8 MiB run: %v, want ErrTooLarge naming the cap", err)
	}
	ok := wp("", strings.Repeat("word ", (maxTextRun-1024)/5))
	if e, err := Extract("ok.docx", makeDOCX(t, ok), DOCX, Limits{}); err != nil || len(e.Text) < maxTextRun-2048 {
		t.Errorf("docx with a run just under the cap: %v", err)
	}
}
