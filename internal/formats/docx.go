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
	"sync/atomic"
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
// non-breaking hyphens are kept. It drops what Word does not print as the
// document's text: hidden runs (w:vanish, w:specVanish, directly or through
// a character or paragraph style), tracked deletions and moves, field codes
// (w:instrText and any run between a field's begin and separate marks; the
// field's result is kept), alternate-content fallbacks (a copy of a text
// box), headers, footers, footnotes, comments and images. Hidden text is
// often exactly what an author meant nobody to read. The title is the first Title-style
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
	b := &budget{left: d.limits.MaxUncompressed, stop: d.stop}
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
type budget struct {
	left int64
	stop *atomic.Bool // set on time-out: the reader stops at its next read
}

type budgetReader struct {
	r io.Reader
	b *budget
}

func (r budgetReader) Read(p []byte) (int, error) {
	if r.b.stop != nil && r.b.stop.Load() {
		return 0, fmt.Errorf("%w: reading docx stopped", ErrTimeout)
	}
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
	dec := xml.NewDecoder(&markupReader{r: rc})
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if errors.Is(err, ErrTooLarge) || errors.Is(err, ErrTimeout) {
				return err
			}
			return fmt.Errorf("corrupt docx: %s: %s", quote(f.Name), quote(err.Error()))
		}
		if err := fn(dec, tok); err != nil {
			return err
		}
	}
}

// maxTextRun bounds the text between two XML tags. The decoder holds such
// a run whole, and copies it, so one run of the whole budget cost three
// times the budget in memory; Word splits text into runs of a paragraph
// at most.
const maxTextRun = 8 << 20

// markupReader fails once more than maxTextRun bytes pass without a '<'.
type markupReader struct {
	r   io.Reader
	run int
}

func (m *markupReader) Read(p []byte) (int, error) {
	n, err := m.r.Read(p)
	for _, c := range p[:n] {
		if c == '<' {
			m.run = 0
		} else if m.run++; m.run > maxTextRun {
			return 0, fmt.Errorf("%w: docx has more than %d bytes of text between two tags", ErrTooLarge, maxTextRun)
		}
	}
	return n, err
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
	level   int  // heading level 1…9; 0 for body text
	title   bool // the Title style
	list    bool // the style numbers its paragraphs
	hidden  bool // the style's run properties hide its text (w:vanish)
	caption bool // the Caption style of figure and table captions
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
	err := b.decodeXML(f, func(dec *xml.Decoder, tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			if !isW(t.Name) {
				return nil
			}
			switch t.Name.Local {
			case "rPrChange", "pPrChange":
				return dec.Skip() // formatting before a tracked change
			case "style":
				id, cur = wattr(t, "styleId"), styleInfo{}
			case "name":
				name := strings.ToLower(wattr(t, "val"))
				switch {
				case name == "title":
					cur.title = true
				case name == "caption" || name == "table caption" || name == "figure caption":
					cur.caption = true
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
			case "vanish", "specVanish":
				cur.hidden = onOff(t)
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
	switch lower {
	case "(anonymous)", "anonymous", "(unspecified)", "unspecified", "(untitled)":
		return true // ReportLab's defaults
	}
	if !strings.Contains(lower, " ") {
		// A file name, as Chrome's print and converters leave it.
		for _, ext := range []string{".doc", ".docx", ".odt", ".rtf", ".html", ".htm", ".txt", ".md", ".pdf", ".tex"} {
			if strings.HasSuffix(lower, ext) {
				return true
			}
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

// run is a w:r being read. Its properties come before its text, so by the
// time text arrives the run knows whether it is hidden.
type run struct {
	style  string // character style (w:rStyle)
	vanish int    // direct w:vanish: 0 unset, 1 on, -1 explicitly off
}

// Field states: Word fields are "begin, code runs, separate, result
// runs, end"; only the result is shown.
const (
	fieldCode = iota
	fieldResult
)

// cell is a table cell being read: its paragraphs, as blocks.
type cell []block

type docxWalker struct {
	d      *doc
	styles map[string]styleInfo
	paras  []*para // a stack: text boxes put paragraphs inside paragraphs
	runs   []run   // a stack of w:r: text elements count only inside runs
	fields []int   // a stack of open fields' states (fieldCode, fieldResult)
	inCode int     // how many of fields are in fieldCode
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
			if w.text > 0 && len(w.paras) > 0 && w.visible() {
				w.top().buf.Write(t)
			}
		}
		return nil
	})
}

func (w *docxWalker) top() *para { return w.paras[len(w.paras)-1] }

// inRun reports being inside a run, where text and breaks count.
func (w *docxWalker) inRun() bool { return len(w.runs) > 0 }

// visible reports whether the current run's content is shown: not hidden
// by its own properties, its character style or its paragraph's style,
// and not inside a field's code.
func (w *docxWalker) visible() bool {
	// A field nested in another's code is part of that code, result and
	// all: any open field still in its code hides the text.
	if w.inCode > 0 {
		return false
	}
	if len(w.runs) == 0 {
		return true
	}
	r := w.runs[len(w.runs)-1]
	switch {
	case r.vanish > 0:
		return false
	case r.vanish < 0:
		return true
	case w.style(r.style).hidden:
		return false
	}
	return len(w.paras) == 0 || !w.style(w.top().style).hidden
}

func (w *docxWalker) style(id string) styleInfo {
	if id == "" {
		return styleInfo{}
	}
	st := w.styles[id]
	if st != (styleInfo{hidden: st.hidden}) {
		return st
	}
	// styles.xml says nothing about structure: Word's English IDs may.
	bi := builtinStyle(id)
	bi.hidden = st.hidden
	return bi
}

// onOff reads a boolean property (w:vanish, w:b …): present means on
// unless w:val says "0", "false" or "off".
func onOff(se xml.StartElement) bool {
	switch wattr(se, "val") {
	case "0", "false", "off":
		return false
	}
	return true
}

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
		w.runs = append(w.runs, run{})
	case "rStyle":
		if w.inRun() {
			w.runs[len(w.runs)-1].style = wattr(t, "val")
		}
	case "vanish", "specVanish":
		// Inside a run's properties it hides the run; in a paragraph's
		// (w:pPr/w:rPr) only the paragraph mark, which is no text.
		if w.inRun() {
			if onOff(t) {
				w.runs[len(w.runs)-1].vanish = 1
			} else if w.runs[len(w.runs)-1].vanish == 0 {
				w.runs[len(w.runs)-1].vanish = -1
			}
		}
	case "rPrChange", "pPrChange":
		return dec.Skip() // the formatting before a tracked change, not the current one
	case "fldChar":
		switch wattr(t, "fldCharType") {
		case "begin":
			w.fields = append(w.fields, fieldCode)
			w.inCode++
		case "separate":
			if n := len(w.fields); n > 0 && w.fields[n-1] == fieldCode {
				w.fields[n-1] = fieldResult
				w.inCode--
			}
		case "end":
			if n := len(w.fields); n > 0 {
				if w.fields[n-1] == fieldCode {
					w.inCode--
				}
				w.fields = w.fields[:n-1]
			}
		}
	case "t":
		w.text++
	case "tab", "ptab":
		if w.inRun() && inPara && w.visible() {
			w.top().buf.WriteByte('\t')
		}
	case "br", "cr":
		if w.inRun() && inPara && w.visible() {
			w.top().buf.WriteByte('\n')
		}
	case "noBreakHyphen":
		if w.inRun() && inPara && w.visible() {
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
	case "del", "moveFrom", "instrText", "delInstrText", "footnoteReference", "endnoteReference", "commentReference",
		"comment", "annotationRef", "fldData":
		return dec.Skip() // deleted text, field codes and comments are not the document's text
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
		if w.inRun() {
			w.runs = w.runs[:len(w.runs)-1]
		}
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
	st := w.style(p.style)
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
	case st.caption:
		bl.kind = caption
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
	case lower == "caption":
		return styleInfo{caption: true}
	case strings.HasPrefix(lower, "heading"):
		if n, err := strconv.Atoi(lower[len("heading"):]); err == nil && n >= 1 && n <= 9 {
			return styleInfo{level: n}
		}
	case strings.HasPrefix(lower, "list"):
		return styleInfo{list: true}
	}
	return styleInfo{}
}

// endRow writes a table row: as one row of its cells when it holds data
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
		return w.d.add(tableRow, 0, strings.Join(cells, " | "))
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
