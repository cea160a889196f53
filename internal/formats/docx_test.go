package formats

import "testing"

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
		want:  "# Layout Heading\n\nParagraph one.\n\nParagraph two.\n\n- Country | Share\n- France | 12%\n",
		title: "Layout Heading",
	}, {
		name: "main part named in relationships",
		in: zipParts(t, []docxPart{
			{"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`},
			{"word/document2.xml", wordXML(wp("", "Found it."))},
		}),
		want: "Found it.\n",
	}})
}
