package formats

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/brief-dev/brief/internal/codepage"
)

// maxHTMLElements is where readability gives up and the plain walk takes
// over: readability rescans subtrees for each candidate and grows worse than
// linearly, while real article pages have a few thousand elements.
const maxHTMLElements = 30000

// readHTML keeps the main article of a page, found by readability (the
// algorithm of Firefox's reader view), with its title, byline and
// publication date. Hidden elements are removed first (see pruneHidden):
// text a browser does not show is never content. When readability finds no
// article, or the page is too
// large or too deeply nested for it, the whole body is walked instead,
// minus navigation, asides, footers, forms and scripts. Nothing the page
// refers to is fetched: readability gets no base URL, and only ever
// rewrites links in the tree.
func readHTML(data []byte, d *doc) error {
	data = htmlToUTF8(data)
	root, err := html.Parse(stopReader{bytes.NewReader(data), d.stop})
	if errors.Is(err, ErrTimeout) {
		return err
	}
	if err != nil {
		// x/net/html refuses trees deeper than 512 elements (by
		// panicking and recovering, so this is cheap). The token stream
		// has no depth and still carries the text.
		d.warn("html too deeply nested: read as a token stream")
		return tokenWalk(data, d)
	}
	pruneHidden(root)
	metaTitle, metaDate := pageMeta(root) // before readability rewrites the tree
	p := readability.NewParser()
	p.MaxElemsToParse = maxHTMLElements
	article, err := p.ParseAndMutate(root, nil)
	if err == nil && article.Node != nil {
		d.title = cleanLine(article.Title())
		if metaTitle != "" {
			d.title = metaTitle
		}
		d.byline = cleanLine(article.Byline())
		d.date = publishedDate(article)
		if d.date == "" {
			d.date = metaDate
		}
		w := htmlWalker{d: d}
		if err := w.walk(article.Node); err != nil {
			return err
		}
		if err := w.flush(); err != nil {
			return err
		}
		if len(d.blocks) > 0 {
			if d.title == "" {
				d.titleFromHeadings()
			}
			return nil
		}
	}
	if err != nil {
		d.warn("readability gave up (%s): used the whole page", quote(err.Error()))
	} else {
		d.warn("readability found no article: used the whole page")
	}
	// The tree was mutated by readability: parse again (it parsed once,
	// so it will again) and walk the body.
	if root, err = html.Parse(stopReader{bytes.NewReader(data), d.stop}); errors.Is(err, ErrTimeout) {
		return err
	} else if err != nil {
		return tokenWalk(data, d)
	}
	pruneHidden(root)
	d.blocks, d.size = nil, 0
	w := htmlWalker{d: d}
	body := findElement(root, atom.Body)
	if body == nil {
		body = root
	}
	if err := w.walk(body); err != nil {
		return err
	}
	if err := w.flush(); err != nil {
		return err
	}
	if d.title == "" {
		d.titleFromHeadings()
	}
	if d.title == "" {
		if t := findElement(root, atom.Title); t != nil {
			d.title = cleanLine(textContent(t))
		}
	}
	return nil
}

// htmlToUTF8 decodes a page in a legacy encoding (declared in a BOM or a
// meta tag, else guessed from the bytes by codepage.Guess). Valid UTF-8 is taken as
// is: sniffing it as something else, as readability's own chardet-based
// parser can, garbles short Cyrillic pages.
func htmlToUTF8(data []byte) []byte {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if utf8.Valid(data) {
		return data
	}
	enc, _, certain := charset.DetermineEncoding(data, "text/html")
	if !certain {
		// Nothing declared: guess from the bytes rather than assume
		// Windows-1252, which garbles every Cyrillic or Greek page.
		enc, _ = codepage.Guess(data)
	}
	if out, err := enc.NewDecoder().Bytes(data); err == nil {
		return out
	}
	return bytes.ToValidUTF8(data, []byte("\uFFFD"))
}

// pageMeta returns the headline and publication date a page declares for
// machines: schema.org's itemprop="headline" and "datePublished" (as
// content, datetime or text), Open Graph's og:title and
// article:published_time. The headline wins over <title>, which often ends
// in the site's name.
func pageMeta(root *html.Node) (title, date string) {
	var headline, og string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			var prop, itemprop, content, datetime string
			for _, a := range n.Attr {
				switch a.Key {
				case "property", "name":
					prop = strings.ToLower(a.Val)
				case "itemprop":
					itemprop = a.Val
				case "content":
					content = a.Val
				case "datetime":
					datetime = a.Val
				}
			}
			value := content
			if value == "" {
				value = datetime
			}
			switch {
			case itemprop == "headline" && headline == "":
				if value == "" {
					value = textContent(n)
				}
				headline = cleanLine(value)
			case itemprop == "datePublished" && date == "":
				if value == "" {
					value = textContent(n)
				}
				date = isoDate(strings.TrimSpace(value))
			case prop == "og:title" && og == "":
				og = cleanLine(content)
			case prop == "article:published_time" && date == "":
				date = isoDate(strings.TrimSpace(content))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if headline != "" {
		return headline, date
	}
	return og, date
}

// publishedDate returns the article's publication date as YYYY-MM-DD. The
// date parser behind it is lenient about odd strings; a panic there must
// only cost the date.
func publishedDate(a readability.Article) (date string) {
	defer func() {
		if recover() != nil {
			date = ""
		}
	}()
	t, err := a.PublishedTime()
	if err != nil || t.Year() < 1800 || t.Year() > 2200 {
		return ""
	}
	return t.Format("2006-01-02")
}

// skipped elements carry no article text: scripts and styles, navigation
// and page furniture, forms, embedded media and metadata.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Head: true, atom.Title: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
	atom.Canvas: true, atom.Audio: true, atom.Video: true, atom.Map: true, atom.Dialog: true,
	atom.Img: true, atom.Picture: true, atom.Meta: true, atom.Link: true,
}

// blockElements end the text before them and start a new block.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Blockquote: true, atom.Dd: true, atom.Dt: true, atom.Dl: true,
	atom.Figure: true, atom.Figcaption: true, atom.Address: true, atom.Center: true,
	atom.Table: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Caption: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Ul: true, atom.Ol: true, atom.Hr: true,
	atom.Fieldset: true, atom.Details: true, atom.Summary: true, atom.Body: true, atom.Html: true,
	atom.Pre: true, atom.Li: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true,
}

var headingLevel = map[atom.Atom]int{atom.H1: 1, atom.H2: 2, atom.H3: 3, atom.H4: 4, atom.H5: 5, atom.H6: 6}

// htmlWalker turns a tree into blocks. Recursion follows the tree, whose
// depth the x/net/html parser caps at 512.
type htmlWalker struct {
	d     *doc
	buf   strings.Builder
	kind  blockKind
	level int
	pre   int // inside <pre>: keep line breaks
	cell  int // inside a table cell being read as one line
	notes int // inside a footnotes or endnotes section
	noteN int // footnotes written so far
}

func (w *htmlWalker) walk(n *html.Node) error {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return nil
	case html.ElementNode:
	case html.DocumentNode:
		return w.children(n)
	default:
		return nil // comments, doctype
	}
	a := n.DataAtom
	if skipped[a] || hidden(n) || noteRef(n) { // pruneHidden ran, but readability adds and moves nodes
		return nil
	}
	if w.notes == 0 && notesSection(n) {
		if err := w.flush(); err != nil {
			return err
		}
		w.notes++
		err := w.children(n)
		if err == nil {
			err = w.flush()
		}
		w.notes--
		return err
	}
	if a == atom.Br {
		if w.pre > 0 || w.cell == 0 {
			w.buf.WriteByte('\n')
		} else {
			w.buf.WriteByte(' ')
		}
		return nil
	}
	if !blockElements[a] {
		return w.children(n)
	}
	if w.cell > 0 {
		w.buf.WriteByte(' ') // blocks inside a table cell run together
		return w.children(n)
	}
	if a == atom.Tr && dataRow(n) {
		return w.row(n)
	}
	if err := w.flush(); err != nil {
		return err
	}
	kind, level := w.kind, w.level
	switch {
	case a == atom.Li || a == atom.Dt:
		w.kind = bullet
	case headingLevel[a] > 0:
		w.kind, w.level = heading, headingLevel[a]
	case a == atom.Caption || a == atom.Figcaption:
		w.kind = caption
	case a == atom.Pre:
		w.pre++
		defer func() { w.pre-- }()
	}
	if err := w.children(n); err != nil {
		return err
	}
	err := w.flush()
	w.kind, w.level = kind, level
	return err
}

func (w *htmlWalker) children(n *html.Node) error {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if err := w.walk(c); err != nil {
			return err
		}
	}
	return nil
}

// text appends character data, collapsing HTML white space outside <pre>.
func (w *htmlWalker) text(s string) {
	if w.pre > 0 {
		w.buf.WriteString(s)
		return
	}
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && !isHTMLSpace(s[j]) {
			j++
		}
		w.buf.WriteString(s[i:j])
		if j < len(s) {
			w.buf.WriteByte(' ')
		}
		for j < len(s) && isHTMLSpace(s[j]) {
			j++
		}
		i = j
	}
}

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// flush ends the current block. Text in a notes section is a footnote,
// numbered in order.
func (w *htmlWalker) flush() error {
	s := w.buf.String()
	w.buf.Reset()
	if w.notes > 0 && w.kind != heading && strings.TrimSpace(s) != "" {
		w.noteN++
		return w.d.add(footnote, 0, strconv.Itoa(w.noteN)+" "+s)
	}
	return w.d.add(w.kind, w.level, s)
}

// noteRef reports a reference to a footnote in the text: an element with
// the role doc-noteref, or a <sup> that holds only a link within the page
// ("aid.<sup><a href="#fn1">1</a></sup>"), which would glue its number to
// the sentence.
func noteRef(n *html.Node) bool {
	if attrValue(n, "role") == "doc-noteref" {
		return true
	}
	if n.DataAtom != atom.Sup {
		return false
	}
	links := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && c.DataAtom == atom.A && strings.HasPrefix(attrValue(c, "href"), "#"):
			links++
		default:
			return false
		}
	}
	return links > 0
}

// notesSection reports an element that holds a page's footnotes or
// endnotes: the roles doc-endnotes and doc-footnote, or a class or id
// "footnotes", "endnotes" or "footnote".
func notesSection(n *html.Node) bool {
	switch attrValue(n, "role") {
	case "doc-endnotes", "doc-footnote", "doc-endnote", "doc-footnotes":
		return true
	}
	for _, key := range []string{"class", "id"} {
		for _, f := range strings.Fields(strings.ToLower(attrValue(n, key))) {
			switch f {
			case "footnotes", "endnotes", "footnote", "endnote", "footnotes-list":
				return true
			}
		}
	}
	return false
}

// attrValue returns the value of n's attribute key, or "".
func attrValue(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// row writes a data-table row as one row block, cells joined by " | ".
func (w *htmlWalker) row(tr *html.Node) error {
	if err := w.flush(); err != nil {
		return err
	}
	var cells []string
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			continue
		}
		w.cell++
		err := w.children(c)
		w.cell--
		if err != nil {
			return err
		}
		if s := cleanLine(w.buf.String()); s != "" {
			cells = append(cells, s)
		}
		w.buf.Reset()
	}
	return w.d.add(tableRow, 0, strings.Join(cells, " | "))
}

// dataRow tells a row of data (two or more cells of inline text) from a
// row of a layout table, whose cells hold whole paragraphs, headings and
// lists and must be read as ordinary blocks.
func dataRow(tr *html.Node) bool {
	cells := 0
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			continue
		}
		if hasBlocks(c) {
			return false
		}
		if strings.TrimSpace(textContent(c)) != "" {
			cells++
		}
	}
	return cells >= 2
}

func hasBlocks(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockElements[c.DataAtom] || hasBlocks(c)) {
			return true
		}
	}
	return false
}

// pruneHidden removes from the tree, before readability or the walk sees
// it, every element a reader of the page never sees: the hidden attribute,
// aria-hidden="true", an inline style or a class or id that a <style>
// rule of the page sets to display:none or visibility:hidden, and
// <template>, <noscript>, <script>, <style>. Readability has its own
// visibility test, but not for all of these, and it takes titles and
// bylines from anywhere; hidden text is never content.
func pruneHidden(root *html.Node) {
	rules := hiddenSelectors(root)
	var prune func(n *html.Node)
	prune = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && (alwaysHidden[c.DataAtom] || hidden(c) || rules.match(c)) {
				n.RemoveChild(c)
			} else {
				prune(c)
			}
			c = next
		}
	}
	prune(root)
}

// alwaysHidden elements are never shown as text.
var alwaysHidden = map[atom.Atom]bool{
	atom.Template: true, atom.Noscript: true, atom.Script: true, atom.Style: true,
}

// hidden reports elements a browser would not show by their own
// attributes.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			if hidingDeclarations(a.Val) {
				return true
			}
		case "type":
			if n.DataAtom == atom.Input && strings.EqualFold(a.Val, "hidden") {
				return true
			}
		}
	}
	return false
}

// hidingDeclarations reports CSS declarations that hide an element.
func hidingDeclarations(css string) bool {
	s := strings.ToLower(strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			return -1
		}
		return r
	}, css))
	for _, decl := range strings.Split(s, ";") {
		decl = strings.TrimSuffix(decl, "!important")
		switch decl {
		case "display:none", "visibility:hidden", "visibility:collapse", "content-visibility:hidden":
			return true
		}
	}
	return false
}

// selectors are the classes and ids that a page's own style sheets hide.
type selectors struct{ classes, ids map[string]bool }

// hiddenSelectors reads the <style> elements for rules whose selectors are
// all simple ".class" or "#id" (optionally after an element name) and
// whose declarations hide: the common ".hidden { display: none }". Other
// selectors would need a CSS engine and are left alone.
func hiddenSelectors(root *html.Node) selectors {
	sel := selectors{map[string]bool{}, map[string]bool{}}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Style {
			css := rawText(n)
			for len(css) > 0 {
				open := strings.IndexByte(css, '{')
				if open < 0 {
					break
				}
				end := strings.IndexByte(css[open:], '}')
				if end < 0 {
					break
				}
				head, body := css[:open], css[open+1:open+end]
				css = css[open+end+1:]
				if i := strings.LastIndex(head, "*/"); i >= 0 {
					head = head[i+2:]
				}
				if strings.Contains(head, "@") || !hidingDeclarations(body) {
					continue
				}
				for _, s := range strings.Split(head, ",") {
					s = strings.TrimSpace(s)
					i := strings.IndexAny(s, ".#")
					if i >= 0 && s[i+1:] != "" && !strings.ContainsAny(s, " \t\r\n>+~:[*\\") && !strings.ContainsAny(s[i+1:], ".#") {
						if s[i] == '.' {
							sel.classes[s[i+1:]] = true
						} else {
							sel.ids[s[i+1:]] = true
						}
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	return sel
}

func (s selectors) match(n *html.Node) bool {
	if len(s.classes) == 0 && len(s.ids) == 0 {
		return false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			for _, c := range strings.Fields(a.Val) {
				if s.classes[c] {
					return true
				}
			}
		case "id":
			if s.ids[a.Val] {
				return true
			}
		}
	}
	return false
}

// rawText is the raw text of an element, style and script included.
func rawText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return c
		}
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

func textContent(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// tokenWalk reads text from the token stream of a page the tree parser
// refused. It has no tree, so it cannot see implied end tags; it keeps
// only the text outside skipped elements, with block tags as breaks.
func tokenWalk(data []byte, d *doc) error {
	z := html.NewTokenizer(stopReader{bytes.NewReader(data), d.stop})
	w := htmlWalker{d: d}
	skip := map[atom.Atom]int{}
	skipping := 0
	hiddenTag, hiddenDepth := "", 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); err != nil && !errors.Is(err, io.EOF) {
				return err
			}
			return w.flush()
		case html.TextToken:
			if skipping == 0 && hiddenDepth == 0 {
				w.text(string(z.Text()))
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			// A hidden element is skipped to its end tag, counting
			// elements of its name nested in it.
			if hiddenDepth > 0 {
				if string(name) == hiddenTag && !voidElement(a) && tt != html.SelfClosingTagToken {
					if tt == html.StartTagToken {
						hiddenDepth++
					} else {
						hiddenDepth--
					}
				}
				continue
			}
			if tt == html.StartTagToken && hasAttr && !voidElement(a) && hiddenTokenAttrs(z, a) {
				hiddenTag, hiddenDepth = string(name), 1
				continue
			}
			if skipped[a] && !voidElement(a) && tt != html.SelfClosingTagToken {
				if tt == html.StartTagToken {
					skip[a]++
					skipping++
				} else if skip[a] > 0 {
					skip[a]--
					skipping--
				}
				continue
			}
			if skipping > 0 {
				continue
			}
			if a == atom.Br {
				w.buf.WriteByte('\n')
				continue
			}
			if !blockElements[a] {
				continue
			}
			if err := w.flush(); err != nil {
				return err
			}
			w.kind, w.level = paragraph, 0
			if tt != html.StartTagToken {
				continue
			}
			switch {
			case a == atom.Li:
				w.kind = bullet
			case headingLevel[a] > 0:
				w.kind, w.level = heading, headingLevel[a]
			}
		}
	}
}

// hiddenTokenAttrs reads the attributes of the current start tag and
// reports whether they hide the element.
func hiddenTokenAttrs(z *html.Tokenizer, a atom.Atom) bool {
	n := &html.Node{Type: html.ElementNode, DataAtom: a}
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		n.Attr = append(n.Attr, html.Attribute{Key: string(k), Val: string(v)})
	}
	return hidden(n)
}

func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Img, atom.Input, atom.Meta, atom.Link, atom.Embed, atom.Br, atom.Hr:
		return true
	}
	return false
}

// stopReader ends a parse once the reader has run out of time: the HTML
// parser and tokenizer read their input a few kilobytes at a time.
type stopReader struct {
	r    io.Reader
	stop *atomic.Bool
}

func (s stopReader) Read(p []byte) (int, error) {
	if s.stop != nil && s.stop.Load() {
		return 0, fmt.Errorf("%w: reading html stopped", ErrTimeout)
	}
	return s.r.Read(p[:min(len(p), 4096)])
}
