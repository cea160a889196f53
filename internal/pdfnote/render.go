package pdfnote

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"time"
	"unicode"

	"github.com/jung-kurt/gofpdf"
)

// fontFamily is the name the fonts are registered under in gofpdf. It must
// not be a core font name (helvetica, times…), or gofpdf would pick the
// cp1252 core font.
const fontFamily = "notefont"

// Default body type range, in points. Below 9 pt a page of prose is hard
// to read on paper, so a full note leaves out its least important items
// rather than shrink further (issue 12's bar: no note below 9 pt). The
// smaller texts scale from the body size (see newMetrics): at 9 pt the
// table cells are 9 pt too and the label tags 6.12 pt bold capitals, the
// smallest text on the page (their capitals are as tall as the lowercase
// letters of 8.3 pt body text), below the footer's 7.5 pt.
const (
	defaultMinSize = 9.0
	defaultMaxSize = 11
	sizeStep       = 0.25
)

// Page geometry, in points (the document unit).
const (
	margin       = 42.52 // 15 mm
	bandPadTop   = 30
	bandPadBot   = 16
	stripH       = 3   // accent strip under the band
	footerBottom = 28  // footer text ends this far above the page edge
	footerSize   = 7.5 // footer type size
	titleMax     = 20  // title type size range
	titleMin     = 14
	titleLines   = 3
	metaSize     = 9.5
	metaLines    = 2
	kickerSize   = 8
	tablePadH    = 4   // horizontal cell padding
	tablePadV    = 2.5 // vertical cell padding
	maxColumns   = 12
	tagPadH      = 3.2
	tagGap       = 6 // between tag column and text
	bulletIndent = 11
)

type rgb struct{ r, g, b int }

// A restrained palette: a navy band and accents, near-black text, so the
// page reads well when printed in grey.
var (
	colBand      = rgb{22, 44, 77}
	colStrip     = rgb{196, 160, 80}
	colTitle     = rgb{255, 255, 255}
	colKicker    = rgb{170, 192, 222}
	colMeta      = rgb{214, 224, 238}
	colAccent    = rgb{31, 78, 121}
	colRule      = rgb{176, 190, 208}
	colText      = rgb{33, 37, 41}
	colMuted     = rgb{108, 116, 126}
	colTagText   = rgb{255, 255, 255}
	colTableHead = rgb{226, 233, 242}
	colZebra     = rgb{244, 246, 249}
)

// Render draws n on exactly one page and writes the PDF to w. Nothing is
// written to w if an error occurs. See the package comment for how the note
// is fitted to the page.
func Render(w io.Writer, n *Note, opt Options) (res Result, err error) {
	if n == nil {
		return res, errors.New("pdfnote: nil note")
	}
	if err := opt.normalise(); err != nil {
		return res, fmt.Errorf("pdfnote: %w", err)
	}
	gf, err := goFont()
	if err != nil {
		return res, fmt.Errorf("pdfnote: %w", err)
	}
	fonts := chain{gf}
	for _, f := range opt.Fonts {
		if f == nil {
			return res, errors.New("pdfnote: nil font (use ParseFont)")
		}
		fonts = append(fonts, f)
	}
	// gofpdf panics on inputs it does not expect (see PITFALLS.md); the
	// sanitiser should prevent every known case, and this keeps an unknown
	// one from taking the whole batch down.
	defer func() {
		if p := recover(); p != nil {
			res = Result{}
			err = fmt.Errorf("pdfnote: render: %v", p)
		}
	}()
	r := newRenderer(n, &opt, fonts)
	// Refuse before any layout work: shaping first, as no font helps.
	if e := r.san.complex.err(true); e != nil {
		return Result{}, fmt.Errorf("pdfnote: %w", e)
	}
	if e := r.san.missing.err(false); e != nil {
		return Result{}, fmt.Errorf("pdfnote: %w", e)
	}
	var buf bytes.Buffer
	res, err = r.render(&buf)
	if err != nil {
		return Result{}, fmt.Errorf("pdfnote: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return Result{}, fmt.Errorf("pdfnote: %w", err)
	}
	return res, nil
}

func (o *Options) normalise() error {
	switch strings.ToLower(o.Paper) {
	case "", "a4":
		o.Paper = "A4"
	case "letter":
		o.Paper = "Letter"
	default:
		return fmt.Errorf("unknown paper %q (want a4 or letter)", o.Paper)
	}
	if o.MinSize == 0 {
		o.MinSize = defaultMinSize
	}
	if o.MaxSize == 0 {
		o.MaxSize = max(defaultMaxSize, o.MinSize)
	}
	if !(o.MinSize >= 4 && o.MinSize <= o.MaxSize && o.MaxSize <= 24) {
		return fmt.Errorf("bad type size range %g–%g pt (want 4 ≤ min ≤ max ≤ 24)", o.MinSize, o.MaxSize)
	}
	if o.Created.IsZero() {
		o.Created = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	// gofpdf formats the date in its own location with no zone suffix,
	// so a local time would make the bytes depend on TZ.
	o.Created = o.Created.UTC()
	return nil
}

// unit is one droppable thing on the page: an item, or a section's Empty
// line standing in for its missing items.
type unit struct {
	sec   int
	prio  int
	order int // document order, to break priority ties
	label string
	text  string
	cells []string
	orig  string // for Result.Dropped: what the caller gave us
}

type section struct {
	heading string
	kind    SectionKind
	columns []string
	units   []int // indices into renderer.units
	labels  bool  // some unit has a label
	empty   bool  // units holds just the Empty line
}

type renderer struct {
	pdf   *gofpdf.Fpdf
	opt   *Options
	pw    float64 // page width
	ph    float64 // page height
	x0    float64 // content left edge
	cw    float64 // content width
	san   sanitizer
	fonts chain
	units []unit
	secs  []section

	kicker, title, footer string
	meta                  []string

	// style and size are what r.font selected, for measuring and for the
	// runs drawn next; cur is what gofpdf has selected, to skip redundant
	// SetFont calls: each one writes an operator once a page exists.
	style string
	size  float64
	cur   selected
	// textCol is the text colour, for the outline of synthesised bold.
	textCol rgb
}

type selected struct {
	font  int
	style string
	size  float64
}

func newRenderer(n *Note, opt *Options, fonts chain) *renderer {
	r := &renderer{opt: opt, fonts: fonts, san: sanitizer{fonts: fonts, used: make([]bool, len(fonts))}}
	r.san.used[0] = true // separators, bullets, ellipses and notices
	r.kicker = r.san.clean(n.Kicker)
	r.title = r.san.clean(n.Title)
	r.footer = r.san.clean(n.Footer)
	for _, m := range n.Meta {
		if m = r.san.clean(m); m != "" {
			r.meta = append(r.meta, m)
		}
	}
	for si, s := range n.Sections {
		sec := section{heading: r.san.clean(s.Heading), kind: s.Kind}
		if s.Kind == Table {
			sec.columns = r.san.cleanAll(s.Columns)
		}
		for _, it := range s.Items {
			u := unit{sec: si, prio: it.Priority, order: len(r.units), orig: it.Text}
			if s.Kind == Table {
				cells := it.Cells
				if len(cells) == 0 {
					cells = []string{it.Text}
				}
				u.cells = r.san.cleanAll(cells)
				if u.orig == "" {
					u.orig = strings.Join(it.Cells, " | ")
				}
			} else {
				u.label = r.san.clean(it.Label)
				u.text = r.san.clean(it.Text)
				sec.labels = sec.labels || u.label != ""
			}
			sec.units = append(sec.units, len(r.units))
			r.units = append(r.units, u)
		}
		if len(s.Items) == 0 && s.Empty != "" {
			// The Empty line is short and says something a reader
			// needs, so it is dropped last.
			u := unit{sec: si, prio: math.MinInt, order: len(r.units), text: r.san.clean(s.Empty), orig: s.Empty}
			sec.units = append(sec.units, len(r.units))
			sec.empty = true
			r.units = append(r.units, u)
		}
		r.secs = append(r.secs, sec)
	}
	return r
}

func (r *renderer) render(out *bytes.Buffer) (Result, error) {
	if err := r.newPDF(); err != nil {
		return Result{}, err
	}
	pdf := r.pdf

	// Everything is measured before the page exists, so that measuring
	// (which selects fonts) writes nothing into the content stream.
	hd := r.measureHeader()
	ft := r.measureFooter()
	top := hd.height + stripH
	bottom := ft.ruleY - 10
	lay, res := r.fit(bottom - top)
	res.Replaced = r.san.replaced

	pdf.AddPage()
	r.style, r.size, r.cur = "", 0, selected{}
	r.drawHeader(hd)
	y := r.drawBody(lay, top)
	r.drawFooter(ft, len(res.Dropped))

	if err := pdf.Error(); err != nil {
		return Result{}, err
	}
	if n := pdf.PageCount(); n != 1 {
		return Result{}, fmt.Errorf("internal error: drew %d pages", n)
	}
	if y > bottom+0.01 {
		return Result{}, fmt.Errorf("internal error: drew past the bottom margin (body %.1f > %.1f)", y, bottom)
	}
	if err := pdf.Output(out); err != nil {
		return Result{}, err
	}
	return res, nil
}

// newPDF starts the document and loads the fonts into it.
func (r *renderer) newPDF() error {
	pdf := gofpdf.New("P", "pt", r.opt.Paper, "")
	r.pdf = pdf
	r.pw, r.ph = pdf.GetPageSize()
	r.x0, r.cw = margin, r.pw-2*margin
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCellMargin(0) // so the measured width is the drawn width
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(r.opt.Created)
	pdf.SetModificationDate(r.opt.Created)
	pdf.SetTitle(r.title, true)
	// gofpdf writes into the font bytes it is given (generateChecksum pads
	// a table by appending to a sub-slice of the file), so each document
	// gets its own copy: sharing one would be a data race, and it must not
	// touch goregular.TTF or the caller's --font bytes. The copy costs
	// microseconds; gofpdf's own parse of the font costs milliseconds.
	// Only the fonts some text is drawn in are loaded: gofpdf parses
	// each again per document, which for a CJK font costs tens of ms.
	for i, f := range r.fonts {
		if !r.san.used[i] {
			continue
		}
		pdf.AddUTF8FontFromBytes(family(i), "", bytes.Clone(f.regular))
		if !f.boldSame {
			pdf.AddUTF8FontFromBytes(family(i), "B", bytes.Clone(f.bold))
		}
	}
	return pdf.Error()
}

// family is the name font i of the chain is registered under.
func family(i int) string {
	if i == 0 {
		return fontFamily
	}
	return fmt.Sprintf("%s%d", fontFamily, i)
}

// font selects style ("" or "B") at size for what is measured and drawn
// next. The Go font is selected in gofpdf at once, as most text is drawn
// in it; draw switches to another font of the chain for a run that needs it.
func (r *renderer) font(style string, size float64) {
	r.style, r.size = style, size
	r.use(0)
}

// use selects font i of the chain in gofpdf, in the current style and size,
// unless already selected.
func (r *renderer) use(i int) {
	style := r.style
	if r.fonts[i].boldSame {
		style = ""
	}
	if sel := (selected{i, style, r.size}); r.cur != sel {
		r.pdf.SetFont(family(i), style, r.size)
		r.cur = sel
	}
}

// widths returns the advance widths, in 1/1000 em, of the current style.
func (r *renderer) widths(i int) []uint16 {
	if r.style == "B" {
		return r.fonts[i].width[1]
	}
	return r.fonts[i].width[0]
}

// runeUnits is the advance of rune c in 1/1000 em in the current style.
func (r *renderer) runeUnits(c rune) int {
	i := max(r.fonts.pick(c), 0)
	if c < 0 || c >= 1<<16 {
		return 0
	}
	return int(r.widths(i)[c])
}

// width is the width of s in the current style and size, each rune in its
// font: gofpdf's GetStringWidth, for a chain of fonts.
func (r *renderer) width(s string) float64 {
	u := 0
	for _, c := range s {
		u += r.runeUnits(c)
	}
	return float64(u) * r.size / 1000
}

// split wraps s to width w in the current font: lines are broken at
// spaces, between CJK characters (which are written without spaces), and
// inside a word only when it alone is wider than w. For text without CJK
// the lines are those of gofpdf's SplitText, which is what MultiCell uses;
// SplitText itself cannot measure a chain of fonts, and drops a character
// wherever it breaks CJK text. An empty string is one empty line, as
// MultiCell would draw it.
func (r *renderer) split(s string, w float64) []string {
	lines := r.wrap(s, w)
	if len(lines) == 0 {
		return []string{""}
	}
	return lines
}

// wrap is split without the empty line, in SplitText's integer arithmetic.
func (r *renderer) wrap(s string, w float64) []string {
	wmax := int(math.Ceil(w * 1000 / r.size))
	rs := []rune(s)
	var lines []string
	// j starts the line; brk is the last place to break it: the line
	// ends before brk, and the next starts after brk if skip (a space)
	// or at brk.
	j, l, brk, skip := 0, 0, -1, false
	for i := 0; i < len(rs); {
		c := rs[i]
		if i > j && breakBefore(rs[i-1], c) {
			brk, skip = i, false
		}
		l += r.runeUnits(c)
		if unicode.IsSpace(c) {
			brk, skip = i, true
		}
		if l <= wmax {
			i++
			continue
		}
		if brk < 0 {
			if i == j {
				i++ // a rune wider than the line has a line of its own
			}
			lines = append(lines, string(rs[j:i]))
		} else {
			lines = append(lines, string(rs[j:brk]))
			i = brk
			if skip {
				i++
			}
		}
		j, l, brk = i, 0, -1
	}
	if j < len(rs) {
		lines = append(lines, string(rs[j:]))
	}
	return lines
}

// breakBefore reports whether a line may break between a and b without a
// space: next to a CJK character, except before closing punctuation or
// after opening punctuation, which must not begin or end a line.
func breakBefore(a, b rune) bool {
	if !isCJK(a) && !isCJK(b) {
		return false
	}
	return !strings.ContainsRune(noLineStart, b) && !strings.ContainsRune(noLineEnd, a)
}

// Characters that may not start or end a line in CJK text (after the
// simple kinsoku rules of JIS X 4051 and GB/T 15834), ASCII included for
// mixed text.
const (
	noLineStart = "、。，．：；？！）］｝〕〉》」』】〙〗〟’”｠»ー…‥・,.:;?!)]}%"
	noLineEnd   = "（［｛〔〈《「『【〘〖〝‘“｟«([{"
)

// isCJK reports whether r is a character of Chinese, Japanese or Korean
// text written without spaces: ideographs, kana, and the CJK punctuation
// and full-width forms that go with them. Hangul is not: Korean is
// written with spaces.
func isCJK(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r <= 0x2FDF, // radicals
		0x3000 <= r && r <= 0x30FF, // CJK punctuation, hiragana, katakana
		0x3100 <= r && r <= 0x312F, // bopomofo
		0x31F0 <= r && r <= 0x31FF, // katakana extensions
		0x3400 <= r && r <= 0x4DBF, // extension A
		0x4E00 <= r && r <= 0x9FFF, // unified ideographs
		0xF900 <= r && r <= 0xFAFF, // compatibility ideographs
		0xFF00 <= r && r <= 0xFF60, // full-width forms
		0xFF61 <= r && r <= 0xFF9F: // half-width katakana
		return true
	}
	return false
}

// clip keeps at most n lines (n ≥ 1), ending the last with "…" if any were
// cut, shortened until it fits w in the current font.
func (r *renderer) clip(lines []string, n int, w float64) ([]string, bool) {
	if len(lines) <= n {
		return lines, false
	}
	lines = lines[:n:n]
	lines[n-1] = r.ellipsis(lines[n-1], w)
	return lines, true
}

// ellipsis appends "…" to s, dropping runes from the end until it fits w.
func (r *renderer) ellipsis(s string, w float64) string {
	// Cut at a word boundary first, in one pass (trimming rune by rune
	// alone is quadratic on a long string), then trim what still overflows.
	if lines := r.wrap(s, max(w-r.width(ellipsisMark), 1)); len(lines) > 0 {
		s = lines[0]
	}
	rs := []rune(strings.TrimRight(s, " "))
	for len(rs) > 0 && r.width(string(rs)+ellipsisMark) > w {
		rs = rs[:len(rs)-1]
	}
	return strings.TrimRight(string(rs), " ") + ellipsisMark
}

// fitWidth returns s, or s shortened with "…" to fit w in the current font.
func (r *renderer) fitWidth(s string, w float64) string {
	if r.width(s) <= w {
		return s
	}
	return r.ellipsis(s, w)
}

func (r *renderer) setText(c rgb) { r.pdf.SetTextColor(c.r, c.g, c.b); r.textCol = c }
func (r *renderer) setFill(c rgb) { r.pdf.SetFillColor(c.r, c.g, c.b) }
func (r *renderer) setDraw(c rgb) { r.pdf.SetDrawColor(c.r, c.g, c.b) }

// text draws one line of text in a box of height h at (x, y).
func (r *renderer) text(x, y, w, h float64, s string) {
	r.draw(x, y, w, h, s, "")
}

// draw draws one line of text in a box of width w and height h at (x, y),
// aligned left (""), centred ("C") or right ("R"). Each run of runes in one
// font of the chain is a cell of its own, placed at the measured width of
// the runs before it.
func (r *renderer) draw(x, y, w, h float64, s, align string) {
	type run struct {
		font int
		text string
	}
	var runs []run
	start, cur := 0, -1
	for i, c := range s {
		f := max(r.fonts.pick(c), 0)
		if f != cur && i > start {
			runs = append(runs, run{cur, s[start:i]})
			start = i
		}
		cur = f
	}
	if start < len(s) || len(runs) == 0 {
		runs = append(runs, run{max(cur, 0), s[start:]})
	}
	if len(runs) == 1 {
		r.use(runs[0].font)
		r.pdf.SetXY(x, y)
		r.emboldened(runs[0].font, func() {
			if align == "" {
				r.pdf.Cell(w, h, s)
			} else {
				r.pdf.CellFormat(w, h, s, "", 0, align, false, 0, "")
			}
		})
		return
	}
	switch align {
	case "C":
		x += (w - r.width(s)) / 2
	case "R":
		x += w - r.width(s)
	}
	for _, run := range runs {
		rw := r.width(run.text)
		r.use(run.font)
		r.pdf.SetXY(x, y)
		r.emboldened(run.font, func() { r.pdf.Cell(rw, h, run.text) })
		x += rw
	}
}

// emboldened runs drawText, which draws text in font i of the chain, with
// a synthesised bold if bold is wanted and the font has none (no
// --font-bold): the glyphs are filled and also stroked in the text colour,
// the usual way PDF writers embolden. Widths stay those of the regular
// face, so the layout is unchanged.
func (r *renderer) emboldened(i int, drawText func()) {
	if r.style != "B" || !r.fonts[i].boldSame {
		drawText()
		return
	}
	pdf := r.pdf
	dr, dg, db := pdf.GetDrawColor()
	lw := pdf.GetLineWidth()
	pdf.SetDrawColor(r.textCol.r, r.textCol.g, r.textCol.b)
	pdf.SetLineWidth(r.size * 0.035)
	pdf.SetTextRenderingMode(2) // fill, then stroke
	drawText()
	pdf.SetTextRenderingMode(0)
	pdf.SetLineWidth(lw)
	pdf.SetDrawColor(dr, dg, db)
}

// header is the measured header band.
type header struct {
	title     []string
	titleSize float64
	meta      [][]string // facts per line
	height    float64    // band height
}

const metaSep = "   |   "

func (r *renderer) measureHeader() header {
	var hd header
	y := float64(bandPadTop)
	if r.kicker != "" {
		r.font("B", kickerSize)
		r.kicker = r.fitWidth(r.kicker, r.cw)
		y += kickerSize * 1.7
	}
	if r.title != "" {
		// A long title shrinks before it wraps past three lines.
		for size := float64(titleMax); ; size -= 0.5 {
			r.font("B", size)
			hd.title, hd.titleSize = r.split(r.title, r.cw), size
			if len(hd.title) <= titleLines || size <= titleMin {
				break
			}
		}
		hd.title, _ = r.clip(hd.title, titleLines, r.cw)
		y += float64(len(hd.title)) * hd.titleSize * 1.2
	}
	// Meta facts flow like words, so a date is not broken over two lines.
	r.font("", metaSize)
	sepW := r.width(metaSep)
	var line []string
	lineW := 0.0
	for _, m := range r.meta {
		m = r.fitWidth(m, r.cw)
		mw := r.width(m)
		if len(line) > 0 && lineW+sepW+mw > r.cw {
			hd.meta = append(hd.meta, line)
			line, lineW = nil, 0
		}
		if len(line) > 0 {
			lineW += sepW
		}
		line = append(line, m)
		lineW += mw
	}
	if len(line) > 0 {
		hd.meta = append(hd.meta, line)
	}
	if len(hd.meta) > metaLines {
		// No room for the rest: mark the cut on the last fact shown.
		hd.meta = hd.meta[:metaLines]
		last := hd.meta[metaLines-1]
		room := r.cw - r.metaWidth(last[:len(last)-1], sepW) - sepW
		last[len(last)-1] = r.ellipsis(last[len(last)-1]+" ", room)
	}
	if len(hd.meta) > 0 {
		y += 6 + float64(len(hd.meta))*metaSize*1.45
	}
	hd.height = y + bandPadBot
	return hd
}

// metaWidth is the width of facts joined by separators of width sepW.
func (r *renderer) metaWidth(facts []string, sepW float64) float64 {
	w := 0.0
	for i, f := range facts {
		if i > 0 {
			w += sepW
		}
		w += r.width(f)
	}
	return w
}

func (r *renderer) drawHeader(hd header) {
	pdf := r.pdf
	r.setFill(colBand)
	pdf.Rect(0, 0, r.pw, hd.height, "F")
	r.setFill(colStrip)
	pdf.Rect(0, hd.height, r.pw, stripH, "F")
	y := float64(bandPadTop)
	if r.kicker != "" {
		r.font("B", kickerSize)
		r.setText(colKicker)
		r.text(r.x0, y, r.cw, kickerSize, r.kicker)
		y += kickerSize * 1.7
	}
	r.font("B", hd.titleSize)
	r.setText(colTitle)
	for _, l := range hd.title {
		lead := hd.titleSize * 1.2
		r.text(r.x0, y, r.cw, lead, l)
		y += lead
	}
	if len(hd.meta) > 0 {
		y += 6
		r.font("", metaSize)
		sepW := r.width(metaSep)
		for _, facts := range hd.meta {
			x := r.x0
			for i, f := range facts {
				if i > 0 {
					r.setText(colKicker)
					r.text(x, y, sepW, metaSize*1.45, metaSep)
					x += sepW
				}
				r.setText(colMeta)
				fw := r.width(f)
				r.text(x, y, fw, metaSize*1.45, f)
				x += fw
			}
			y += metaSize * 1.45
		}
	}
}

// footer is the measured page footer.
type footer struct {
	lines []string
	ruleY float64
	top   float64
}

const footerLead = footerSize * 1.4

func (r *renderer) measureFooter() footer {
	var ft footer
	r.font("", footerSize)
	if r.footer != "" {
		ft.lines, _ = r.clip(r.split(r.footer, r.cw*0.7), 2, r.cw*0.7)
	}
	n := max(len(ft.lines), 1) // the omission notice needs a line too
	ft.top = r.ph - footerBottom - float64(n)*footerLead
	ft.ruleY = ft.top - 5
	return ft
}

func (r *renderer) drawFooter(ft footer, dropped int) {
	r.setDraw(colRule)
	r.pdf.SetLineWidth(0.5)
	r.pdf.Line(r.x0, ft.ruleY, r.x0+r.cw, ft.ruleY)
	r.font("", footerSize)
	r.setText(colMuted)
	y := ft.top
	for _, l := range ft.lines {
		r.text(r.x0, y, r.cw*0.7, footerLead, l)
		y += footerLead
	}
	if dropped > 0 {
		// A reader should know the page is not the whole story.
		s := fmt.Sprintf("%d more items left out to fit one page", dropped)
		if dropped == 1 {
			s = "1 more item left out to fit one page"
		}
		r.draw(r.x0+r.cw*0.7, ft.top, r.cw*0.3, footerLead, s, "R")
	}
}
