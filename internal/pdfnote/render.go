package pdfnote

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"
)

// fontFamily is the name the fonts are registered under in gofpdf. It must
// not be a core font name (helvetica, times…), or gofpdf would pick the
// cp1252 core font.
const fontFamily = "notefont"

// Default body type range, in points.
const (
	defaultMinSize = 8.5
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
	fc, err := loadFace(&opt)
	if err != nil {
		return res, fmt.Errorf("pdfnote: %w", err)
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
	r := newRenderer(n, &opt, fc)
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
	units []unit
	secs  []section

	kicker, title, footer string
	meta                  []string

	// Font currently selected, to skip redundant SetFont calls: each one
	// writes an operator into the page once a page exists.
	style string
	size  float64
}

func newRenderer(n *Note, opt *Options, fc *face) *renderer {
	r := &renderer{opt: opt, san: sanitizer{fc: fc}}
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
	pdf := gofpdf.New("P", "pt", r.opt.Paper, "")
	r.pdf = pdf
	r.pw, r.ph = pdf.GetPageSize()
	r.x0, r.cw = margin, r.pw-2*margin
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCellMargin(0) // so SplitText's width is the drawn width
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(r.opt.Created)
	pdf.SetModificationDate(r.opt.Created)
	pdf.SetTitle(r.title, true)
	// gofpdf writes into the font bytes it is given (generateChecksum pads
	// a table by appending to a sub-slice of the file), so each document
	// gets its own copy: sharing one would be a data race, and it must not
	// touch goregular.TTF or the caller's --font bytes. The copy costs
	// microseconds; gofpdf's own parse of the font costs milliseconds.
	pdf.AddUTF8FontFromBytes(fontFamily, "", bytes.Clone(r.san.fc.regular))
	pdf.AddUTF8FontFromBytes(fontFamily, "B", bytes.Clone(r.san.fc.bold))
	if err := pdf.Error(); err != nil {
		return Result{}, err
	}

	// Everything is measured before the page exists, so that measuring
	// (which selects fonts) writes nothing into the content stream.
	hd := r.measureHeader()
	ft := r.measureFooter()
	top := hd.height + stripH
	bottom := ft.ruleY - 10
	lay, res := r.fit(bottom - top)
	res.Replaced = r.san.replaced

	pdf.AddPage()
	r.style, r.size = "", 0
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

// font selects style ("" or "B") at size, unless already selected.
func (r *renderer) font(style string, size float64) {
	if r.style != style || r.size != size {
		r.pdf.SetFont(fontFamily, style, size)
		r.style, r.size = style, size
	}
}

// split wraps s to width w in the current font. SplitText is what MultiCell
// uses to break lines (SplitLines miscounts with UTF-8 fonts); drawing the
// returned lines one Cell each makes measured and drawn text identical. An
// empty string is one empty line, as MultiCell would draw it.
func (r *renderer) split(s string, w float64) []string {
	lines := r.pdf.SplitText(s, w)
	if len(lines) == 0 {
		return []string{""}
	}
	return lines
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

// ellipsis appends "…" (or "...") to s, dropping runes from the end until it fits w.
func (r *renderer) ellipsis(s string, w float64) string {
	// Cut at a word boundary first, in one pass (trimming rune by rune
	// alone is quadratic on a long string), then trim what still overflows.
	ell := r.san.fc.ell
	if lines := r.pdf.SplitText(s, max(w-r.pdf.GetStringWidth(ell), 1)); len(lines) > 0 {
		s = lines[0]
	}
	rs := []rune(strings.TrimRight(s, " "))
	for len(rs) > 0 && r.pdf.GetStringWidth(string(rs)+ell) > w {
		rs = rs[:len(rs)-1]
	}
	return strings.TrimRight(string(rs), " ") + ell
}

// fitWidth returns s, or s shortened with "…" to fit w in the current font.
func (r *renderer) fitWidth(s string, w float64) string {
	if r.pdf.GetStringWidth(s) <= w {
		return s
	}
	return r.ellipsis(s, w)
}

func (r *renderer) setText(c rgb) { r.pdf.SetTextColor(c.r, c.g, c.b) }
func (r *renderer) setFill(c rgb) { r.pdf.SetFillColor(c.r, c.g, c.b) }
func (r *renderer) setDraw(c rgb) { r.pdf.SetDrawColor(c.r, c.g, c.b) }

// text draws one line of text in a box of height h at (x, y).
func (r *renderer) text(x, y, w, h float64, s string) {
	r.pdf.SetXY(x, y)
	r.pdf.Cell(w, h, s)
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
	sepW := r.pdf.GetStringWidth(metaSep)
	var line []string
	lineW := 0.0
	for _, m := range r.meta {
		m = r.fitWidth(m, r.cw)
		mw := r.pdf.GetStringWidth(m)
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
		w += r.pdf.GetStringWidth(f)
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
		sepW := pdf.GetStringWidth(metaSep)
		for _, facts := range hd.meta {
			x := r.x0
			for i, f := range facts {
				if i > 0 {
					r.setText(colKicker)
					r.text(x, y, sepW, metaSize*1.45, metaSep)
					x += sepW
				}
				r.setText(colMeta)
				fw := pdf.GetStringWidth(f)
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
		r.pdf.SetXY(r.x0+r.cw*0.7, ft.top)
		r.pdf.CellFormat(r.cw*0.3, footerLead, s, "", 0, "R", false, 0, "")
	}
}
