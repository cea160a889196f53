package formats

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	pdf "github.com/brief-dev/brief/internal/pdfread"
)

// Bounds on the page tree. The object reader follows references without
// remembering where it has been, so a tree whose Kids point back up would
// be walked forever; these cut it off.
const (
	maxPageTreeDepth = 32
	maxPageTreeNodes = 20000
)

// maxPageGlyphs bounds the glyphs of one page: a dense page of small type
// has about 10,000; the cap keeps one page's glyph records (about 100
// bytes each) within 20 MB.
const maxPageGlyphs = 200000

// readPDF reads the text layer, page by page, and rebuilds lines and
// paragraphs from the glyphs' positions and widths (pdfread's Page.Chars),
// as pdftotext does. Lines in a clearly larger font become headings, the
// largest on the first page the title when the Info dictionary has none;
// lines starting with a bullet glyph become bullets; words hyphenated
// across lines are joined. It drops images, annotations, form fields and
// anything without a text layer. Best effort by design: the object reader
// panics on malformed files, so each page is read under recover and a bad
// page costs a warning, not the document; a limit or a stop ends it.
func readPDF(data []byte, d *doc) error {
	data = trimTrailing(data)
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if errors.Is(err, pdf.ErrInvalidPassword) {
			return errors.New("encrypted pdf: needs a password")
		}
		msg := lowerFirst(quote(err.Error()))
		if strings.HasPrefix(msg, "not a PDF file") {
			return fmt.Errorf("unreadable pdf: %s", msg) // header or %%EOF missing: truncated
		}
		// Past the header checks, the reader fails on the xref table
		// and trailer, which everything else hangs from.
		return fmt.Errorf("unreadable pdf: broken cross-reference table (%s)", msg)
	}
	r.SetLimits(d.limits.MaxDecoded, d.stop)
	d.title = safeString(func() string {
		t := cleanLine(r.Trailer().Key("Info").Key("Title").Text())
		if junkTitle(t) || strings.HasSuffix(strings.ToLower(t), ".pdf") {
			return ""
		}
		return t
	})
	pages, err := pageList(r)
	if err != nil {
		return err
	}
	var lines []pdfLine
	var size int64
	var firstErr error
	for i, p := range pages {
		pl, err := pageLines(p)
		if errors.Is(err, pdf.ErrLimit) || errors.Is(err, pdf.ErrStopped) {
			return limitErr(err)
		}
		if err != nil {
			d.warn("page %d: %v", i+1, err)
			if firstErr == nil {
				firstErr = fmt.Errorf("unreadable pdf: page %d: %w", i+1, err)
			}
			continue
		}
		if len(pl) > 0 {
			pl[0].pageStart = true
		}
		for _, ln := range pl {
			size += int64(len(ln.text)) + 1
		}
		if size > d.limits.MaxBytes {
			return d.tooLarge() // pages can share one content stream: the text can outgrow the input
		}
		lines = append(lines, pl...)
	}
	if len(lines) == 0 && firstErr != nil {
		return firstErr // not "no text layer": the layer may be there, unread
	}
	lines = dropRunning(lines)
	markFootnotes(lines)
	return linesToBlocks(lines, d)
}

// pageList walks the page tree within the bounds above.
func pageList(r *pdf.Reader) (pages []pdf.Page, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("unreadable pdf page tree: %s", quote(fmt.Sprint(x)))
		}
	}()
	root := r.Trailer().Key("Root").Key("Pages")
	if root.IsNull() {
		return nil, errors.New("unreadable pdf: no page tree (broken cross-reference table?)")
	}
	nodes := 0
	var walk func(v pdf.Value, depth int)
	walk = func(v pdf.Value, depth int) {
		nodes++
		if depth > maxPageTreeDepth || nodes > maxPageTreeNodes {
			return
		}
		switch v.Key("Type").Name() {
		case "Page":
			pages = append(pages, pdf.Page{V: v})
		default: // "Pages", or missing as some writers leave it
			kids := v.Key("Kids")
			for i := 0; i < kids.Len() && nodes <= maxPageTreeNodes; i++ {
				walk(kids.Index(i), depth+1)
			}
		}
	}
	walk(root, 0)
	return pages, nil
}

// glyph-run geometry, in points.
type pdfLine struct {
	text      string
	y, size   float64
	pageStart bool // first line of a page
	footnote  bool // a line of the notes at the foot of a page
}

// pdfPages returns the index of each page's first line in lines, and
// len(lines) last.
func pdfPages(lines []pdfLine) []int {
	var starts []int
	for i, ln := range lines {
		if i == 0 || ln.pageStart {
			starts = append(starts, i)
		}
	}
	return append(starts, len(lines))
}

// dropRunning removes the running headers and footers: lines among the
// first or last two of a page that come back, digits aside, on at least
// three pages and a fifth of them (the report's title, "Congressional
// Research Service 12", a web address), and bare page numbers at the top
// or foot of a page. The document's first line stays: it is the title
// that the headers repeat.
func dropRunning(lines []pdfLine) []pdfLine {
	pages := pdfPages(lines)
	if len(pages) < 4 { // three pages at least
		return lines
	}
	edge := func(p, i int) bool { return i < pages[p]+2 || i >= pages[p+1]-2 }
	count := map[string]int{}
	for p := 0; p+1 < len(pages); p++ {
		seen := map[string]bool{}
		for i := pages[p]; i < pages[p+1]; i++ {
			if k := runningKey(lines[i].text); edge(p, i) && k != "" && !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	out := lines[:0:0]
	for p := 0; p+1 < len(pages); p++ {
		start := true
		for i := pages[p]; i < pages[p+1]; i++ {
			ln := lines[i]
			if i > 0 && edge(p, i) {
				k := runningKey(ln.text)
				if n := count[k]; k != "" && n >= 3 && n*5 >= len(pages)-1 || isPageNumber(ln.text) {
					continue
				}
			}
			ln.pageStart = start && i > 0
			start = false
			out = append(out, ln)
		}
	}
	return out
}

// runningKey is a line with each run of digits made "#", lower case and
// trimmed, for comparing lines that differ only in their page number; ""
// for a long line, which is text.
func runningKey(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 160 || len(strings.Fields(s)) > 12 {
		return ""
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			if i == 0 || s[i-1] < '0' || s[i-1] > '9' {
				b.WriteByte('#')
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return strings.ToLower(b.String())
}

// isPageNumber reports a line that is only a page number: "12", "- 12 -",
// "Page 12", "12 of 40", "iv".
func isPageNumber(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "page ")
	s = strings.Trim(s, "-–— ")
	if a, b, ok := strings.Cut(s, " of "); ok {
		return allDigitsOrRoman(a) && allDigitsOrRoman(b)
	}
	return allDigitsOrRoman(s)
}

func allDigitsOrRoman(s string) bool {
	if s == "" || len(s) > 5 {
		return false
	}
	digits := len(s) <= 3 && strings.Trim(s, "0123456789") == ""
	roman := strings.Trim(s, "ivxlc") == ""
	return digits || roman
}

// markFootnotes marks the notes at the foot of each page: the last lines
// of a page, in type smaller than the body's, from the first of them
// that opens with a note number or symbol ("1 See …", "²Ibid.", "* For
// …"). Their text keeps the marker; linesToBlocks writes each note as a
// footnote block.
func markFootnotes(lines []pdfLine) {
	if len(lines) == 0 {
		return
	}
	body := bodySize(lines)
	pages := pdfPages(lines)
	for p := 0; p+1 < len(pages); p++ {
		first := -1
		for i := pages[p+1] - 1; i > pages[p] && lines[i].size <= 0.92*body; i-- {
			if noteMarker(lines[i].text) != "" {
				first = i
			}
		}
		if first < 0 {
			continue
		}
		for i := first; i < pages[p+1]; i++ {
			lines[i].footnote = true
		}
	}
}

// noteMarker returns the number or symbol a footnote opens with, or "".
func noteMarker(s string) string {
	s = strings.TrimSpace(s)
	n := 0
	for n < len(s) && n < 3 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 {
		for _, m := range []string{"*", "†", "‡", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"} {
			if strings.HasPrefix(s, m) {
				n = len(m)
				break
			}
		}
	}
	if n == 0 || n >= len(s) {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[n:], " ")); !unicode.IsLetter(r) && r != '"' && r != '“' {
		return "" // "12.5 percent", "3, 4"
	}
	return s[:n]
}

// pageLines rebuilds the lines of one page from its glyphs, in content
// order (which is reading order for the PDFs people write; tagged
// structure is not used). Words are separated where the font's widths
// leave a gap of a tenth of the type size, as pdftotext does, or where a
// space glyph is drawn; glyphs the font maps to no character are dropped
// rather than shown as U+FFFD.
func pageLines(p pdf.Page) (lines []pdfLine, err error) {
	defer func() {
		if x := recover(); x != nil {
			if e, ok := x.(error); ok && (errors.Is(e, pdf.ErrLimit) || errors.Is(e, pdf.ErrStopped)) {
				lines, err = nil, e
				return
			}
			lines, err = nil, fmt.Errorf("unreadable content: %s", quote(fmt.Sprint(x)))
		}
	}()
	var cur *pdfLine
	var b strings.Builder
	var lastX, lastEnd float64
	end := func() {
		if cur != nil {
			cur.text = b.String()
			if strings.TrimSpace(cur.text) != "" {
				lines = append(lines, *cur)
			}
		}
		cur = nil
		b.Reset()
	}
	chars := p.Chars(maxPageGlyphs)
	// The body's direction is the commonest: a landscape page set
	// sideways reads upwards throughout. Text in other directions is
	// stamps and margin notes, not the body, and is dropped.
	var dirs [4]int
	for _, t := range chars {
		if t.Quadrant >= 0 {
			dirs[t.Quadrant]++
		}
	}
	q := 0
	for i, n := range dirs {
		if n > dirs[q] {
			q = i
		}
	}
	// Fake bold draws each glyph twice, a hair apart; pdftotext keeps one.
	type spot struct {
		text string
		x, y int64
	}
	seen := map[spot]bool{}
	for _, t := range chars {
		if t.Quadrant != q || math.IsNaN(t.X+t.Y+t.W+t.Size) || math.IsInf(t.X+t.Y+t.W+t.Size, 0) {
			continue
		}
		// Turn the page so that the body reads left to right.
		for range q {
			t.X, t.Y = t.Y, -t.X
		}
		if t.W > 0 && strings.TrimSpace(t.Text) != "" && len(seen) < 1<<20 {
			cell := math.Max(math.Abs(t.Size), 1) * 0.04
			k := spot{t.Text, int64(math.Round(t.X / cell)), int64(math.Round(t.Y / cell))}
			dup := false
			for dx := int64(-1); dx <= 1 && !dup; dx++ {
				for dy := int64(-1); dy <= 1 && !dup; dy++ {
					dup = seen[spot{k.text, k.x + dx, k.y + dy}]
				}
			}
			if dup {
				continue
			}
			seen[k] = true
		}
		s := strings.Map(func(r rune) rune {
			if r == utf8.RuneError || r < ' ' || r == 0xFEFF {
				return -1
			}
			return r
		}, t.Text)
		// Code 32 takes word spacing whatever it shows (LibreOffice's
		// subsets put letters there); it is a space when it shows one.
		space := strings.TrimSpace(s) == "" && (s != "" || t.Space && t.Text == "")
		size := math.Max(math.Abs(t.Size), 1)
		w := t.W
		if w <= 0 {
			w = 0.5 * size * float64(max(utf8.RuneCountInString(s), 1)) // no widths: guess
		}
		switch {
		case cur == nil:
		case math.Abs(t.Y-cur.y) > 0.5*math.Min(size, cur.size) || t.X < lastX-2*size:
			end()
		case !space && s != "" && t.X-lastEnd > 1.5*size:
			// a gap wider than any between words: the next column of a
			// table (linesToBlocks decides whether the line is a row)
			if line := b.String(); strings.HasSuffix(line, " ") {
				b.Reset()
				b.WriteString(line[:len(line)-1])
			}
			b.WriteByte('\t')
		case !space && s != "" && t.X-lastEnd > 0.1*size && !strings.HasSuffix(b.String(), " ") && !strings.HasSuffix(b.String(), "\t"):
			b.WriteByte(' ') // words placed apart rather than spaced
		}
		if space {
			if cur != nil && !strings.HasSuffix(b.String(), " ") {
				b.WriteByte(' ')
			}
			if cur != nil {
				lastX, lastEnd = t.X, t.X+w
			}
			continue
		}
		if s == "" {
			continue
		}
		if cur == nil {
			cur = &pdfLine{y: t.Y, size: size}
		}
		cur.size = math.Max(cur.size, size)
		b.WriteString(s)
		lastX, lastEnd = t.X, t.X+w
	}
	end()
	return lines, nil
}

// trimTrailing drops bytes after the last %%EOF marker: mail gateways and
// download scripts append junk to PDFs, which viewers ignore and the
// cross-reference reader, which looks for %%EOF at the end, did not.
func trimTrailing(data []byte) []byte {
	i := bytes.LastIndex(data, []byte("%%EOF"))
	if i < 0 || len(data)-i-5 <= 2 {
		return data
	}
	return data[:i+5]
}

// limitErr turns a reader limit or stop into the package's errors.
func limitErr(err error) error {
	if errors.Is(err, pdf.ErrStopped) {
		return fmt.Errorf("%w: reading pdf stopped", ErrTimeout)
	}
	var le *pdf.LimitError
	if errors.As(err, &le) {
		return fmt.Errorf("%w: pdf has %v", ErrTooLarge, le)
	}
	return fmt.Errorf("%w: pdf %s", ErrTooLarge, quote(err.Error()))
}

// linesToBlocks groups lines into paragraphs at larger vertical gaps, font
// size changes and page starts, and marks headings and bullets.
func linesToBlocks(lines []pdfLine, d *doc) error {
	if len(lines) == 0 {
		return nil
	}
	body := bodySize(lines)
	// The usual line distance, but no more than a normal leading: with
	// one-line paragraphs every gap is a paragraph gap.
	pitch := math.Min(linePitch(lines), 1.35*body)
	var para []string
	kind, level := paragraph, 0
	flush := func() error {
		text := joinLines(para)
		para = nil
		err := d.add(kind, level, text)
		kind, level = paragraph, 0
		return err
	}
	for i, ln := range lines {
		text := strings.TrimSpace(ln.text)
		lk, ll := paragraph, 0
		if ln.footnote {
			lk = footnote
			if m := noteMarker(text); m != "" {
				// each note its own block, as "3 See …": the marker first
				text = m + " " + strings.TrimSpace(text[len(m):])
				if len(para) > 0 {
					if err := flush(); err != nil {
						return err
					}
				}
				kind = footnote
				para = append(para, text)
				continue
			}
			if kind == footnote && len(para) > 0 { // a note's wrapped lines
				para = append(para, text)
				continue
			}
			text = "* " + text // the rest of a note carried over from the page before
		} else if r := ln.size / body; r >= 1.15 && utf8.RuneCountInString(text) <= 150 {
			lk, ll = heading, 2
			if r >= 1.5 {
				ll = 1
			}
		}
		if n := bulletGlyph(text); n > 0 && lk == paragraph {
			lk, text = bullet, strings.TrimSpace(text[n:])
		}
		if strings.Contains(text, "\t") {
			if cells := tableCells(text); lk == paragraph && cells != nil {
				lk, text = tableRow, strings.Join(cells, " | ")
			} else {
				text = strings.ReplaceAll(text, "\t", " ")
			}
		}
		// A plain line after a bullet line is the bullet's wrapped
		// continuation unless a gap says otherwise.
		changed := lk != kind && !(lk == paragraph && kind == bullet) || lk == heading && ll != level
		brk := i == 0 || ln.pageStart || lk == bullet || lk == tableRow || changed
		if !brk {
			gap := lines[i-1].y - ln.y
			// Larger type has larger leading: a wrapped title is one block.
			lead := math.Max(pitch, 1.2*ln.size)
			brk = gap < 0 || gap > lead*1.3+0.5 || math.Abs(ln.size-lines[i-1].size) > 0.15*body
		}
		if brk && len(para) > 0 {
			if err := flush(); err != nil {
				return err
			}
		}
		if brk {
			kind, level = lk, ll
		}
		para = append(para, text)
	}
	if err := flush(); err != nil {
		return err
	}
	if d.title == "" {
		d.titleFromHeadings()
	}
	return nil
}

// tableCells returns the cells of a line whose columns stand apart by wide
// gaps (tabs, as pageLines writes them) when it looks like a row of a
// table: two cells at least, each of five words or fewer, and three cells
// or a figure among them. A line of prose with one wide gap (justified
// type, a centred word) has longer pieces; it gets nil.
func tableCells(line string) []string {
	var cells []string
	figure := false
	for _, c := range strings.Split(line, "\t") {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if len(strings.Fields(c)) > 5 {
			return nil
		}
		figure = figure || strings.ContainsAny(c, "0123456789")
		cells = append(cells, c)
	}
	if len(cells) < 2 || len(cells) < 3 && !figure {
		return nil
	}
	return cells
}

// bodySize is the font size most of the text is set in.
func bodySize(lines []pdfLine) float64 {
	chars := map[float64]int{}
	for _, ln := range lines {
		chars[math.Round(ln.size*2)/2] += len(ln.text)
	}
	best, n := 10.0, -1
	for s, c := range chars {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return best
}

// linePitch is the distance between consecutive lines of a paragraph: a
// low quantile of the gaps, since paragraph gaps are the larger ones.
func linePitch(lines []pdfLine) float64 {
	var gaps []float64
	for i := 1; i < len(lines); i++ {
		if g := lines[i-1].y - lines[i].y; g > 0 && !lines[i].pageStart {
			gaps = append(gaps, g)
		}
	}
	if len(gaps) == 0 {
		return 14
	}
	sort.Float64s(gaps)
	return gaps[len(gaps)/4]
}

// joinLines joins the lines of a paragraph, undoing hyphenation at line
// ends ("inter-" + "national") but keeping real hyphens ("well-" +
// "Known" is rare enough to get wrong).
func joinLines(lines []string) string {
	var b strings.Builder
	for i, ln := range lines {
		if i > 0 {
			prev := lines[i-1]
			r, _ := utf8.DecodeRuneInString(ln)
			if strings.HasSuffix(prev, "-") && len(prev) > 1 && unicode.IsLetter(rune(prev[len(prev)-2])) && unicode.IsLower(r) {
				s := b.String()
				b.Reset()
				b.WriteString(s[:len(s)-1])
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(ln)
	}
	return b.String()
}

// bulletGlyph returns the length of a bullet glyph and the space after it
// at the start of s, or 0.
func bulletGlyph(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '•', '·', '▪', '◦', '●', '■', '–', '-', '*', '➢', '►', '\uF0B7', '\uF0A7':
		if n < len(s) && (s[n] == ' ' || s[n] == '\t') {
			return n + 1
		}
	}
	return 0
}

// safeString runs f, returning "" if the library panics inside it.
func safeString(f func() string) (s string) {
	defer func() {
		if recover() != nil {
			s = ""
		}
	}()
	return f()
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || len(s) > n && unicode.IsUpper(rune(s[n])) { // an acronym: "PDF …"
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
