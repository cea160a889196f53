package formats

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// XML namespaces of the parts read. Word writes the transitional ones;
// "strict" Office Open XML uses the purl.oclc.org ones.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	nsDC      = "http://purl.org/dc/elements/1.1/"
	nsRels    = "http://schemas.openxmlformats.org/package/2006/relationships"
)

// readDOCX keeps the body's paragraphs, with heading styles (Title,
// Heading 1…9, or any style or paragraph with an outline level) as
// headings, numbered and list-styled paragraphs as bullets, data-table rows
// as bullets and text boxes as paragraphs. Tabs, line breaks and
// non-breaking hyphens are kept. It drops tracked deletions, field codes,
// alternate-content fallbacks (a copy of a text box), headers, footers,
// footnotes, comments and images. The title is the first Title-style
// paragraph, else the first Heading 1, else the core properties' title
// unless it is a template's or file name.
//
// Only three parts are decompressed (styles, core properties, document),
// through one budget of Limits.MaxUncompressed bytes actually read: the
// sizes in zip headers are the attacker's to choose.
func readDOCX(data []byte, d *doc) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return fmt.Errorf("corrupt docx: %s", quote(err.Error()))
	}
	if int64(len(zr.File)) > d.limits.MaxEntries {
		return fmt.Errorf("%w: docx has more than %d parts", ErrTooLarge, d.limits.MaxEntries)
	}
	parts := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		parts[strings.TrimPrefix(f.Name, "/")] = f
	}
	b := &budget{left: d.limits.MaxUncompressed}
	body := "word/document.xml"
	if parts[body] == nil {
		body = mainPart(parts, b)
	}
	if parts[body] == nil {
		return errors.New("not a word document: no word/document.xml")
	}
	styles, err := readStyles(parts[path.Join(path.Dir(body), "styles.xml")], b)
	if err != nil {
		return err
	}
	coreTitle, creator, err := readCore(parts["docProps/core.xml"], b)
	if err != nil {
		return err
	}
	d.byline = creator
	w := docxWalker{d: d, styles: styles}
	if err := w.read(parts[body], b); err != nil {
		return err
	}
	if d.title == "" {
		d.titleFromHeadings()
	}
	if d.title == "" && !junkTitle(coreTitle) {
		d.title = coreTitle
	}
	return nil
}

// budget counts decompressed bytes over all the parts of one archive.
type budget struct{ left int64 }

type budgetReader struct {
	r io.Reader
	b *budget
}

func (r budgetReader) Read(p []byte) (int, error) {
	if int64(len(p)) > r.b.left+1 {
		p = p[:r.b.left+1]
	}
	n, err := r.r.Read(p)
	r.b.left -= int64(n)
	if r.b.left < 0 {
		return 0, fmt.Errorf("%w: docx larger than its uncompressed-size limit", ErrTooLarge)
	}
	return n, err
}

// open decompresses a part through the budget. A header that admits to
// more than the budget fails at once; one that lies fails when the budget
// runs out.
func (b *budget) open(f *zip.File) (io.ReadCloser, error) {
	if f.UncompressedSize64 > uint64(b.left) {
		return nil, fmt.Errorf("%w: docx part %s larger than the uncompressed-size limit", ErrTooLarge, quote(f.Name))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("corrupt docx: %s: %s", quote(f.Name), quote(err.Error()))
	}
	return struct {
		io.Reader
		io.Closer
	}{budgetReader{rc, b}, rc}, nil
}

// decodeXML calls fn for each token of a part. Errors name the part: a
// truncated or corrupt archive shows up here as a flate or XML error.
func (b *budget) decodeXML(f *zip.File, fn func(*xml.Decoder, xml.Token) error) error {
	rc, err := b.open(f)
	if err != nil {
		return err
	}
	defer rc.Close()
	dec := xml.NewDecoder(rc)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if errors.Is(err, ErrTooLarge) {
				return err
			}
			return fmt.Errorf("corrupt docx: %s: %s", quote(f.Name), quote(err.Error()))
		}
		if err := fn(dec, tok); err != nil {
			return err
		}
	}
}

// mainPart finds the main document through the package relationships, for
// the rare writer that does not call it word/document.xml.
func mainPart(parts map[string]*zip.File, b *budget) string {
	rels := parts["_rels/.rels"]
	if rels == nil {
		return ""
	}
	target := ""
	_ = b.decodeXML(rels, func(_ *xml.Decoder, tok xml.Token) error {
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "Relationship" && se.Name.Space == nsRels {
			if strings.HasSuffix(attr(se, "Type"), "/officeDocument") {
				target = strings.TrimPrefix(path.Clean("/"+attr(se, "Target")), "/")
			}
		}
		return nil
	})
	return target
}

// styleInfo is what a paragraph style says about structure.
type styleInfo struct {
	level int  // heading level 1…9; 0 for body text
	title bool // the Title style
	list  bool // the style numbers its paragraphs
}

// readStyles maps style IDs to their meaning. IDs are localised ("berschrift1"
// in a German Word), names are not ("heading 1"), so names decide.
func readStyles(f *zip.File, b *budget) (map[string]styleInfo, error) {
	styles := map[string]styleInfo{}
	if f == nil {
		return styles, nil
	}
	var id string
	var cur styleInfo
	err := b.decodeXML(f, func(_ *xml.Decoder, tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			if !isW(t.Name) {
				return nil
			}
			switch t.Name.Local {
			case "style":
				id, cur = wattr(t, "styleId"), styleInfo{}
			case "name":
				name := strings.ToLower(wattr(t, "val"))
				switch {
				case name == "title":
					cur.title = true
				case strings.HasPrefix(name, "heading "):
					if n, err := strconv.Atoi(strings.TrimPrefix(name, "heading ")); err == nil && n >= 1 && n <= 9 {
						cur.level = n
					}
				case strings.HasPrefix(name, "list"):
					cur.list = true
				}
			case "outlineLvl":
				if n, err := strconv.Atoi(wattr(t, "val")); err == nil && n >= 0 && n < 9 && cur.level == 0 {
					cur.level = n + 1
				}
			case "numPr":
				cur.list = true
			}
		case xml.EndElement:
			if isW(t.Name) && t.Name.Local == "style" && id != "" {
				styles[id] = cur
			}
		}
		return nil
	})
	return styles, err
}

// readCore returns the title and author from the core properties.
func readCore(f *zip.File, b *budget) (title, creator string, err error) {
	if f == nil {
		return "", "", nil
	}
	var field *string
	err = b.decodeXML(f, func(_ *xml.Decoder, tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			field = nil
			if t.Name.Space == nsDC && t.Name.Local == "title" {
				field = &title
			} else if t.Name.Space == nsDC && t.Name.Local == "creator" {
				field = &creator
			}
		case xml.CharData:
			if field != nil && len(*field) < 1000 {
				*field += string(t)
			}
		case xml.EndElement:
			field = nil
		}
		return nil
	})
	return cleanLine(title), cleanLine(creator), err
}

// junkTitle reports core-property titles that Word and converters leave
// behind: a template's, a file's or a placeholder name.
func junkTitle(t string) bool {
	lower := strings.ToLower(t)
	for _, p := range []string{"microsoft word - ", "document", "untitled", "title", "powerpoint presentation", "slide "} {
		if strings.HasPrefix(lower, p) && len(lower) <= len(p)+4 {
			return true
		}
	}
	return strings.HasPrefix(lower, "microsoft word - ") || strings.HasSuffix(lower, ".doc") || strings.HasSuffix(lower, ".docx")
}

// para is a paragraph being read.
type para struct {
	buf   strings.Builder
	style string
	list  bool
	level int // from a direct outline level, 1…9
}

// cell is a table cell being read: its paragraphs, as blocks.
type cell []block

type docxWalker struct {
	d      *doc
	styles map[string]styleInfo
	paras  []*para // a stack: text boxes put paragraphs inside paragraphs
	run    int     // depth of w:r: text elements count only inside runs
	text   int     // depth of w:t
	tables int     // depth of w:tbl
	row    []cell  // the outermost table's current row
}

func (w *docxWalker) read(f *zip.File, b *budget) error {
	return b.decodeXML(f, func(dec *xml.Decoder, tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			return w.start(dec, t)
		case xml.EndElement:
			return w.end(t)
		case xml.CharData:
			if w.text > 0 && len(w.paras) > 0 {
				w.top().buf.Write(t)
			}
		}
		return nil
	})
}

func (w *docxWalker) top() *para { return w.paras[len(w.paras)-1] }

func (w *docxWalker) start(dec *xml.Decoder, t xml.StartElement) error {
	if t.Name.Space == nsMC && t.Name.Local == "Fallback" {
		return dec.Skip() // repeats the mc:Choice content for old readers
	}
	if !isW(t.Name) {
		return nil
	}
	inPara := len(w.paras) > 0
	switch t.Name.Local {
	case "p":
		w.paras = append(w.paras, &para{})
	case "pStyle":
		if inPara {
			w.top().style = wattr(t, "val")
		}
	case "numId":
		if inPara {
			w.top().list = wattr(t, "val") != "0" // numId 0 switches numbering off
		}
	case "outlineLvl":
		if n, err := strconv.Atoi(wattr(t, "val")); inPara && err == nil && n >= 0 && n < 9 {
			w.top().level = n + 1
		}
	case "r":
		w.run++
	case "t":
		w.text++
	case "tab", "ptab":
		if w.run > 0 && inPara {
			w.top().buf.WriteByte('\t')
		}
	case "br", "cr":
		if w.run > 0 && inPara {
			w.top().buf.WriteByte('\n')
		}
	case "noBreakHyphen":
		if w.run > 0 && inPara {
			w.top().buf.WriteByte('-')
		}
	case "tbl":
		w.tables++
	case "tr":
		if w.tables == 1 {
			w.row = nil
		}
	case "tc":
		if w.tables == 1 {
			w.row = append(w.row, nil)
		}
	case "del", "moveFrom", "instrText", "delInstrText", "footnoteReference", "endnoteReference", "commentReference":
		return dec.Skip() // deleted text and field codes are not the document's text
	}
	return nil
}

func (w *docxWalker) end(t xml.EndElement) error {
	if !isW(t.Name) {
		return nil
	}
	switch t.Name.Local {
	case "p":
		if len(w.paras) == 0 {
			return nil
		}
		p := w.top()
		w.paras = w.paras[:len(w.paras)-1]
		return w.paragraph(p)
	case "r":
		w.run = max(w.run-1, 0)
	case "t":
		w.text = max(w.text-1, 0)
	case "tbl":
		w.tables = max(w.tables-1, 0)
	case "tr":
		if w.tables == 1 {
			return w.endRow()
		}
	}
	return nil
}

// paragraph classifies a finished paragraph and adds it to the document or
// to the table cell it is in.
func (w *docxWalker) paragraph(p *para) error {
	st := w.styles[p.style]
	if st == (styleInfo{}) {
		st = builtinStyle(p.style)
	}
	bl := block{kind: paragraph, text: p.buf.String()}
	switch {
	case st.title:
		if w.d.title == "" && w.tables == 0 {
			w.d.title = cleanLine(bl.text)
			return nil
		}
		bl.kind, bl.level = heading, 1
	case st.level > 0 || p.level > 0:
		level := st.level // the style wins over a direct outline level
		if level == 0 {
			level = p.level
		}
		bl.kind, bl.level = heading, min(level, 6)
	case p.list || st.list:
		bl.kind = bullet
	}
	if w.tables > 0 && len(w.row) > 0 {
		c := &w.row[len(w.row)-1]
		*c = append(*c, bl)
		return nil
	}
	return w.d.add(bl.kind, bl.level, bl.text)
}

// builtinStyle reads the meaning of a style that styles.xml does not
// define, from Word's English style IDs.
func builtinStyle(id string) styleInfo {
	lower := strings.ToLower(id)
	switch {
	case lower == "title":
		return styleInfo{title: true}
	case strings.HasPrefix(lower, "heading"):
		if n, err := strconv.Atoi(lower[len("heading"):]); err == nil && n >= 1 && n <= 9 {
			return styleInfo{level: n}
		}
	case strings.HasPrefix(lower, "list"):
		return styleInfo{list: true}
	}
	return styleInfo{}
}

// endRow writes a table row: as one bullet of its cells when it holds data
// (two or more cells of one line each), else cell by cell as ordinary
// blocks, since Word users lay whole releases out in tables.
func (w *docxWalker) endRow() error {
	row := w.row
	w.row = nil
	filled, data := 0, true
	var cells []string
	for _, c := range row {
		var texts []string
		for _, bl := range c {
			if s := cleanLine(bl.text); s != "" {
				texts = append(texts, s)
				if bl.kind == heading {
					data = false
				}
			}
		}
		if len(texts) > 1 {
			data = false
		}
		if len(texts) > 0 {
			filled++
			cells = append(cells, strings.Join(texts, " "))
		}
	}
	if data && filled >= 2 {
		return w.d.add(bullet, 0, strings.Join(cells, " | "))
	}
	for _, c := range row {
		for _, bl := range c {
			if err := w.d.add(bl.kind, bl.level, bl.text); err != nil {
				return err
			}
		}
	}
	return nil
}

func isW(n xml.Name) bool { return n.Space == nsW || n.Space == nsWStrict }

// wattr returns the value of a w: attribute.
func wattr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && (isW(a.Name) || a.Name.Space == "") {
			return a.Value
		}
	}
	return ""
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}
