package formats

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// markdownParser is built once: goldmark parsers are safe for concurrent
// use and building one costs more than parsing a page.
var markdownParser = goldmark.New(goldmark.WithExtensions(
	extension.Table, extension.Strikethrough, extension.TaskList, extension.Footnote,
)).Parser()

// readMarkdown keeps headings, paragraphs, list items, block quotes, table
// rows and footnotes (as footnote blocks, their references dropped from
// the text), with links reduced to their text and emphasis to its words.
// It drops code blocks, raw HTML, images, thematic breaks and struck-out
// text: none of them is prose a briefing quotes. YAML front matter gives
// the title, date and author.
func readMarkdown(data []byte, d *doc) error {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	data = frontMatter(data, d)
	data = tame(data)
	root := markdownParser.Parse(text.NewReader(data))
	w := mdWalker{src: data, d: d}
	if err := w.blocks(root); err != nil {
		return err
	}
	d.titleFromHeadings()
	return nil
}

type mdWalker struct {
	src []byte
	d   *doc
}

// blocks walks the block-level children of n.
func (w *mdWalker) blocks(n ast.Node) error {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if err := w.block(c); err != nil {
			return err
		}
	}
	return nil
}

// block writes one block node. Recursion follows container nesting (lists,
// quotes), which goldmark bounds by the input's size; the fuzz and hostile
// tests check deep nesting.
func (w *mdWalker) block(n ast.Node) error {
	switch n := n.(type) {
	case *ast.Heading:
		return w.d.add(heading, n.Level, w.inline(n))
	case *ast.Paragraph, *ast.TextBlock:
		return w.d.add(paragraph, 0, w.inline(n))
	case *ast.List:
		return w.list(n)
	case *east.Table:
		return w.table(n)
	case *east.FootnoteList:
		for fn := n.FirstChild(); fn != nil; fn = fn.NextSibling() {
			if f, ok := fn.(*east.Footnote); ok {
				var parts []string
				for c := f.FirstChild(); c != nil; c = c.NextSibling() {
					parts = append(parts, w.inline(c))
				}
				if err := w.d.add(footnote, 0, strconv.Itoa(f.Index)+" "+strings.Join(parts, " ")); err != nil {
					return err
				}
			}
		}
		return nil
	case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock, *ast.ThematicBreak:
		return nil // code and markup are not prose
	}
	return w.blocks(n) // block quotes and anything new: their contents
}

// list writes each item as a bullet: the item's own text first, then its
// nested lists as further bullets (the reader has no nesting).
func (w *mdWalker) list(l *ast.List) error {
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		var parts []string
		var nested []ast.Node
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.(type) {
			case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
				parts = append(parts, w.inline(c))
			case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock, *ast.ThematicBreak:
			default:
				nested = append(nested, c)
			}
		}
		if err := w.d.add(bullet, 0, strings.Join(parts, " ")); err != nil {
			return err
		}
		for _, c := range nested {
			if err := w.block(c); err != nil {
				return err
			}
		}
	}
	return nil
}

// table writes each row, header included, as a row of its cells: the
// reader keeps table rows out of the sentences, where table lines would
// otherwise run together into one paragraph.
func (w *mdWalker) table(t *east.Table) error {
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			if s := cleanLine(w.inline(cell)); s != "" {
				cells = append(cells, s)
			}
		}
		if err := w.d.add(tableRow, 0, strings.Join(cells, " | ")); err != nil {
			return err
		}
	}
	return nil
}

// inline returns the text of n's inline descendants: soft line breaks
// become spaces, hard ones newlines, escapes and entities are resolved.
func (w *mdWalker) inline(n ast.Node) string {
	var b strings.Builder
	w.inlineTo(&b, n)
	return b.String()
}

func (w *mdWalker) inlineTo(b *strings.Builder, n ast.Node) {
	// Inline HTML that hides its content (<span hidden>, style
	// display:none, <template> …) hides the siblings up to its end tag.
	hideTag, hideDepth := "", 0
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if hideDepth > 0 {
			if raw, ok := c.(*ast.RawHTML); ok {
				if name, start, _ := w.rawTag(raw); name == hideTag {
					if start {
						hideDepth++
					} else {
						hideDepth--
					}
				}
			}
			continue
		}
		if raw, ok := c.(*ast.RawHTML); ok {
			if name, start, hides := w.rawTag(raw); start && hides {
				hideTag, hideDepth = name, 1
			}
			continue
		}
		switch c := c.(type) {
		case *ast.Text:
			v := c.Segment.Value(w.src)
			if !c.IsRaw() {
				v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
			}
			b.Write(v)
			switch {
			case c.HardLineBreak():
				b.WriteByte('\n')
			case c.SoftLineBreak():
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.CodeSpan:
			// Inline code is usually a name or a figure in running
			// text: keep it, verbatim.
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if s, ok := t.(*ast.Text); ok {
					b.Write(s.Segment.Value(w.src))
				} else if s, ok := t.(*ast.String); ok {
					b.Write(s.Value)
				}
			}
		case *ast.AutoLink:
			b.Write(c.Label(w.src))
		case *ast.Image, *ast.RawHTML, *east.Strikethrough, *east.TaskCheckBox, *east.FootnoteLink, *east.FootnoteBacklink:
			// not text a reader sees as prose
		default:
			w.inlineTo(b, c) // emphasis, links: their text
		}
	}
}

// frontMatter skips a YAML front-matter block ("---" … "---" or "...") and
// keeps its title, date and author, read with the YAML library so that
// quoted, folded and multi-line values come out as YAML means them. A block
// that is not valid YAML is skipped all the same, its fields unread.
func frontMatter(data []byte, d *doc) []byte {
	first, rest, ok := bytes.Cut(data, []byte("\n"))
	if !ok || string(bytes.TrimRight(first, " \t\r")) != "---" {
		return data
	}
	block := rest
	for at := 0; len(rest) > 0; {
		ln, after, _ := bytes.Cut(rest, []byte("\n"))
		t := string(bytes.TrimRight(ln, " \t\r"))
		if t == "---" || t == "..." {
			frontFields(block[:at], d)
			return after
		}
		at += len(rest) - len(after)
		rest = after
	}
	return data // no closing line: not front matter, just a thematic break
}

// frontFields reads the title, date and author of a front-matter block.
func frontFields(block []byte, d *doc) {
	var fields map[string]any
	if yaml.Unmarshal(block, &fields) != nil {
		return
	}
	for key, v := range fields {
		var val string
		switch v := v.(type) {
		case string:
			val = v
		case time.Time:
			val = v.Format("2006-01-02")
		case int, float64, bool:
			val = fmt.Sprint(v)
		default:
			continue // a list or a mapping: not a field wanted here
		}
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "title":
			d.title = cleanLine(val)
		case "date", "published", "pubdate":
			d.date = isoDate(val)
		case "author", "byline":
			d.byline = cleanLine(val)
		}
	}
}

// isoDate returns the YYYY-MM-DD start of a YAML date or timestamp, or "".
func isoDate(s string) string {
	if len(s) < 10 {
		return ""
	}
	for i, c := range []byte(s[:10]) {
		if i == 4 || i == 7 {
			if c != '-' {
				return ""
			}
		} else if c < '0' || c > '9' {
			return ""
		}
	}
	if len(s) > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' ' {
		return ""
	}
	return s[:10]
}

// Limits of the pre-pass below. Real documents stay far under them.
const (
	maxContainerDepth  = 32   // nested quotes and lists on one line
	maxBracketsInBlock = 2000 // "[" in one blank-line-separated chunk
)

// tame rewrites the two shapes of input on which goldmark takes time
// quadratic in their size (measured on v1.8.7: 100 KB of ">" takes 23 s
// and 1 GB, 100 KB of "[" 6 s): lines nested more than maxContainerDepth
// deep lose the extra markers, and chunks with more than
// maxBracketsInBlock brackets have them escaped, so they are text rather
// than link openers. Ordinary input is returned as is, without copying.
func tame(data []byte) []byte {
	var out []byte
	copied := 0 // data[:copied] is already in out
	lineStart := 0
	chunkStart, brackets := 0, 0
	flushChunk := func(end int) {
		if brackets > maxBracketsInBlock {
			out = append(out, data[copied:chunkStart]...)
			out = append(out, bytes.ReplaceAll(data[chunkStart:end], []byte("["), []byte(`\[`))...)
			copied = end
		}
		chunkStart, brackets = end, 0
	}
	for lineStart < len(data) {
		end := bytes.IndexByte(data[lineStart:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += lineStart + 1
		}
		line := data[lineStart:end]
		if len(bytes.TrimSpace(line)) == 0 {
			flushChunk(lineStart)
		}
		brackets += bytes.Count(line, []byte("["))
		if keep, all := markerPrefix(line); keep > 0 && brackets <= maxBracketsInBlock {
			out = append(out, data[copied:lineStart+keep]...)
			out = append(out, ' ')
			out = append(out, line[all:]...)
			copied = end
			chunkStart = end
		}
		lineStart = end
	}
	flushChunk(len(data))
	if out == nil {
		return data
	}
	return append(out, data[copied:]...)
}

// markerPrefix returns, for a line nested deeper than maxContainerDepth,
// the length of its first maxContainerDepth markers and of all of them;
// for other lines 0, 0.
func markerPrefix(line []byte) (keep, all int) {
	markers := 0
	i := 0
scan:
	for i < len(line) {
		switch c := line[i]; {
		case c == ' ' || c == '\t':
			i++
			continue
		case c == '>':
			i++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 >= len(line) || line[j] != '.' && line[j] != ')' || line[j+1] != ' ' && line[j+1] != '\t' {
				break scan
			}
			i = j + 1
		default:
			break scan
		}
		markers++
		if markers == maxContainerDepth {
			keep = i
		}
	}
	if markers <= maxContainerDepth {
		return 0, 0
	}
	return keep, i
}

// rawTag reads an inline HTML tag: its name, whether it opens an element
// (not a void or self-closing one) and whether that element hides its
// content.
func (w *mdWalker) rawTag(raw *ast.RawHTML) (name string, start, hides bool) {
	var src []byte
	for i := 0; i < raw.Segments.Len(); i++ {
		seg := raw.Segments.At(i)
		src = append(src, seg.Value(w.src)...)
	}
	z := html.NewTokenizer(bytes.NewReader(src))
	switch tt := z.Next(); tt {
	case html.StartTagToken, html.EndTagToken:
		n, hasAttr := z.TagName()
		a := atom.Lookup(n)
		if voidElement(a) {
			return string(n), false, false
		}
		if tt == html.EndTagToken {
			return string(n), false, false
		}
		return string(n), true, alwaysHidden[a] || hasAttr && hiddenTokenAttrs(z, a)
	}
	return "", false, false
}
