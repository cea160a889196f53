package pdfnote

import (
	"cmp"
	"slices"
	"strings"
)

// metrics are the body dimensions at one type size; everything scales with
// the size so that a shrunken page keeps its proportions, except that table
// text, a little smaller than the body at larger sizes, never goes below the
// smallest body size: names and roles are read like the sentences, and the
// floor of the range is the smallest type a reader is asked to read.
type metrics struct {
	size     float64 // body text
	lead     float64 // body line height
	headSize float64 // section heading
	headLead float64
	secGap   float64 // above a section heading
	ruleGap  float64 // below the heading rule
	paraGap  float64 // after a paragraph
	itemGap  float64 // after a list item
	tagSize  float64 // label tag text
	tagH     float64 // label tag box
	cellSize float64 // table text
	cellLead float64
}

// newMetrics gives the dimensions at body size size; floor is the smallest
// body size of the range (Options.MinSize), never above size.
func newMetrics(size, floor float64) metrics {
	m := metrics{size: size, lead: size * 1.32}
	m.headSize = size * 1.12
	m.headLead = m.headSize * 1.25
	m.secGap = size * 1.3
	m.ruleGap = size * 0.5
	m.paraGap = size * 0.55
	m.itemGap = size * 0.3
	m.tagSize = size * 0.68
	m.tagH = m.tagSize * 1.6
	m.cellSize = max(size*0.92, floor)
	m.cellLead = m.cellSize * 1.25
	return m
}

// layout is the body measured at one type size with one set of kept units.
type layout struct {
	m     metrics
	secs  []*secLayout
	total float64
}

type secLayout struct {
	sec    *section
	head   []string // heading lines
	over   float64  // height of everything but the units: gap, heading, rule, table header
	tagW   float64  // width of the label tag column, 0 if none
	indent float64  // text indent from the left edge
	cols   []float64
	header [][]string // wrapped header cells
	headH  float64
	units  []*unitLayout
}

type unitLayout struct {
	u         int
	label     string
	lines     []string   // Paragraphs, List
	cells     [][]string // Table
	h         float64
	truncated bool
}

// measure lays out the kept units at size. With limit > 0 each unit is cut
// to fit within limit together with its section's overhead, so that any
// single unit fits on the page alone. Measuring stops as soon as the total
// passes avail (the layout is then only good for saying "does not fit"),
// which bounds the work for a huge note by about a page of text.
func (r *renderer) measure(size float64, keep []bool, limit, avail float64) *layout {
	lay := &layout{m: newMetrics(size, r.opt.MinSize)}
	m := &lay.m
	for si := range r.secs {
		sec := &r.secs[si]
		var kept []int
		for _, u := range sec.units {
			if keep[u] {
				kept = append(kept, u)
			}
		}
		if len(kept) == 0 {
			continue // never a heading alone
		}
		sl := &secLayout{sec: sec}
		r.font("B", m.headSize)
		sl.head, _ = r.clip(r.split(sec.heading, r.cw), 2, r.cw)
		if sec.heading == "" {
			sl.head = nil
		}
		sl.over = m.secGap + float64(len(sl.head))*m.headLead + m.ruleGap
		room := avail - lay.total
		switch {
		case sec.empty:
			r.measureEmpty(sl, kept[0], m, limit)
		case sec.kind == Table:
			r.measureTable(sl, kept, m, limit, room)
		default:
			r.measureText(sl, kept, m, limit, room)
		}
		lay.secs = append(lay.secs, sl)
		lay.total += sl.height()
		if lay.total > avail {
			break
		}
	}
	return lay
}

// height is the section's height as measured so far.
func (sl *secLayout) height() float64 {
	h := sl.over
	for _, ul := range sl.units {
		h += ul.h
	}
	return h
}

// maxLines is how many lines of height lead fit in limit after the
// overhead over and a fixed extra, at least one; 0 limit means no cap.
func maxLines(limit, over, extra, lead float64) int {
	if limit <= 0 {
		return int(^uint(0) >> 1)
	}
	return max(1, int((limit-over-extra)/lead))
}

func (r *renderer) measureEmpty(sl *secLayout, u int, m *metrics, limit float64) {
	r.font("", m.size)
	ul := &unitLayout{u: u}
	ul.lines, ul.truncated = r.clip(r.split(r.units[u].text, r.cw), maxLines(limit, sl.over, m.paraGap, m.lead), r.cw)
	ul.h = float64(len(ul.lines))*m.lead + m.paraGap
	sl.units = append(sl.units, ul)
}

func (r *renderer) measureText(sl *secLayout, kept []int, m *metrics, limit, room float64) {
	sec := sl.sec
	if sec.labels {
		// One tag column per section so the texts line up; a very long
		// label is cut rather than squeezing the text.
		r.font("B", m.tagSize)
		for _, u := range kept {
			if l := r.units[u].label; l != "" {
				sl.tagW = max(sl.tagW, r.width(l)+2*tagPadH)
			}
		}
		sl.tagW = min(sl.tagW, r.cw*0.28)
		if sl.tagW > 0 {
			sl.indent = sl.tagW + tagGap
		}
	} else if sec.kind == List {
		sl.indent = bulletIndent
	}
	gap := m.paraGap
	if sec.kind == List {
		gap = m.itemGap
	}
	w := r.cw - sl.indent
	n := maxLines(limit, sl.over, gap, m.lead)
	for _, u := range kept {
		ul := &unitLayout{u: u}
		if l := r.units[u].label; l != "" {
			r.font("B", m.tagSize)
			ul.label = r.fitWidth(l, sl.tagW-2*tagPadH)
		}
		r.font("", m.size)
		ul.lines, ul.truncated = r.clip(r.split(r.units[u].text, w), n, w)
		ul.h = max(float64(len(ul.lines))*m.lead, m.tagH) + gap
		sl.units = append(sl.units, ul)
		if room -= ul.h; room < sl.over {
			return // does not fit: the caller stops measuring
		}
	}
}

func (r *renderer) measureTable(sl *secLayout, kept []int, m *metrics, limit, room float64) {
	// Column count: the header's, else the widest row's, within reason.
	ncol := len(sl.sec.columns)
	if ncol == 0 {
		for _, u := range kept {
			ncol = max(ncol, len(r.units[u].cells))
		}
	}
	ncol = min(max(ncol, 1), maxColumns)
	rows := make([][]string, len(kept))
	for i, u := range kept {
		rows[i] = fitCells(r.units[u].cells, ncol)
	}
	var head []string
	if len(sl.sec.columns) > 0 {
		head = fitCells(sl.sec.columns, ncol)
	}
	sl.cols = r.columnWidths(head, rows, ncol, m)

	if head != nil {
		r.font("B", m.cellSize)
		sl.header, sl.headH = r.wrapRow(head, sl.cols, m, 2)
		sl.over += sl.headH
	}
	sl.over += m.paraGap // space after the table
	n := maxLines(limit, sl.over, 2*tablePadV, m.cellLead)
	for i, u := range kept {
		ul := &unitLayout{u: u}
		ul.cells = make([][]string, ncol)
		lines := 1
		for c, s := range rows[i] {
			r.font(cellStyle(c, ncol), m.cellSize)
			w := sl.cols[c] - 2*tablePadH
			var cut bool
			ul.cells[c], cut = r.clip(r.split(s, w), n, w)
			ul.truncated = ul.truncated || cut
			lines = max(lines, len(ul.cells[c]))
		}
		ul.h = float64(lines)*m.cellLead + 2*tablePadV
		sl.units = append(sl.units, ul)
		if room -= ul.h; room < sl.over {
			return // does not fit: the caller stops measuring
		}
	}
}

// cellStyle makes the first column bold when there are several: it usually
// names the row (a person, a document), and bold lets the eye run down it.
func cellStyle(col, ncol int) string {
	if col == 0 && ncol > 1 {
		return "B"
	}
	return ""
}

// fitCells returns exactly n cells: missing ones empty, extra ones joined
// into the last so that no text is silently lost.
func fitCells(cells []string, n int) []string {
	out := make([]string, n)
	copy(out, cells)
	if len(cells) > n {
		out[n-1] = strings.Join(cells[n-1:], " · ")
	}
	return out
}

// wrapRow wraps the cells of one row in the current font, at most maxN
// lines each, and returns them with the row height.
func (r *renderer) wrapRow(cells []string, cols []float64, m *metrics, maxN int) ([][]string, float64) {
	out := make([][]string, len(cells))
	lines := 1
	for c, s := range cells {
		w := cols[c] - 2*tablePadH
		out[c], _ = r.clip(r.split(s, w), maxN, w)
		lines = max(lines, len(out[c]))
	}
	return out, float64(lines)*m.cellLead + 2*tablePadV
}

// columnWidths fits columns to their content, in the manner of HTML's
// automatic table layout: if every cell fits on one line the columns get
// their natural widths, stretched to the full width; otherwise each column
// gets at least its longest word and the rest of the width is shared in
// proportion to how much more each column would like.
func (r *renderer) columnWidths(head []string, rows [][]string, ncol int, m *metrics) []float64 {
	W := r.cw
	natural := make([]float64, ncol)
	minimum := make([]float64, ncol)
	measure := func(c int, s, style string) {
		r.font(style, m.cellSize)
		natural[c] = max(natural[c], r.width(s))
		for word := range strings.FieldsSeq(s) {
			minimum[c] = max(minimum[c], r.width(word))
		}
	}
	for c, s := range head {
		measure(c, s, "B")
	}
	for _, row := range rows {
		for c, s := range row {
			measure(c, s, cellStyle(c, ncol))
		}
	}
	var sumNat, sumMin float64
	for c := range ncol {
		natural[c] = min(natural[c]+2*tablePadH, W)
		// A long URL must not take the whole table.
		minimum[c] = min(minimum[c]+2*tablePadH, natural[c], W*0.4)
		sumNat += natural[c]
		sumMin += minimum[c]
	}
	w := make([]float64, ncol)
	switch {
	case sumNat <= W:
		for c := range w {
			w[c] = natural[c] * W / sumNat
		}
	case sumMin >= W:
		for c := range w {
			w[c] = minimum[c] * W / sumMin
		}
	default:
		extra := sumNat - sumMin
		for c := range w {
			w[c] = minimum[c] + (W-sumMin)*(natural[c]-minimum[c])/extra
		}
	}
	// No column narrower than a floor, taken from the wider ones, so that
	// an empty column still has room for a word.
	floor := min(W/float64(ncol), 28)
	var deficit, spare float64
	for c := range w {
		if w[c] < floor {
			deficit += floor - w[c]
			w[c] = floor
		} else {
			spare += w[c] - floor
		}
	}
	if deficit > 0 && spare > 0 {
		for c := range w {
			if w[c] > floor {
				w[c] -= deficit * (w[c] - floor) / spare
			}
		}
	}
	return w
}

// fit chooses the type size and the units to keep so that the body fits in
// avail: the largest size that fits everything, else the smallest size with
// the least important units dropped one at a time.
func (r *renderer) fit(avail float64) (*layout, Result) {
	all := make([]bool, len(r.units))
	for i := range all {
		all[i] = true
	}
	lo, hi := r.opt.MinSize, r.opt.MaxSize
	if lay := r.measure(hi, all, 0, avail); lay.total <= avail {
		return lay, Result{FontSize: hi}
	}
	if lay := r.measure(lo, all, 0, avail); lay.total <= avail {
		// Binary search over the steps between lo (fits) and hi
		// (doesn't). Height is not strictly monotonic in size, because
		// of line breaks, but only measured fits are ever accepted.
		best := lay
		a, b := 0, int((hi-lo)/sizeStep) // a fits, b does not
		for b-a > 1 {
			mid := (a + b) / 2
			if l := r.measure(lo+float64(mid)*sizeStep, all, 0, avail); l.total <= avail {
				a, best = mid, l
			} else {
				b = mid
			}
		}
		return best, Result{FontSize: best.m.size}
	}

	// Dropping the least important unit one at a time until the rest
	// fits keeps the longest run of the most important units that fits,
	// so find that run's length by binary search instead of measuring
	// once per dropped unit. Units too long for the page alone are cut
	// (limit), so one unit always fits.
	order := make([]int, len(r.units)) // most important first
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ua, ub := &r.units[a], &r.units[b]
		return cmp.Or(cmp.Compare(ua.prio, ub.prio), cmp.Compare(ua.order, ub.order))
	})
	keep := make([]bool, len(r.units))
	prefix := func(k int) []bool {
		clear(keep)
		for _, u := range order[:k] {
			keep[u] = true
		}
		return keep
	}
	a, b := 0, len(order) // a fits, b does not, unless the cuts suffice
	best := r.measure(lo, prefix(b), avail, avail)
	if best.total <= avail {
		a = b
	} else {
		best = r.measure(lo, prefix(0), avail, avail)
	}
	for b-a > 1 {
		mid := (a + b) / 2
		if l := r.measure(lo, prefix(mid), avail, avail); l.total <= avail {
			a, best = mid, l
		} else {
			b = mid
		}
	}
	res := Result{FontSize: lo}
	for _, u := range order[a:] {
		res.Dropped = append(res.Dropped, r.units[u].orig)
	}
	for _, sl := range best.secs {
		for _, ul := range sl.units {
			if ul.truncated {
				res.Truncated++
			}
		}
	}
	return best, res
}

// drawBody draws the layout from y down and returns where it ended.
func (r *renderer) drawBody(lay *layout, y float64) float64 {
	pdf := r.pdf
	m := &lay.m
	for _, sl := range lay.secs {
		y += m.secGap
		r.font("B", m.headSize)
		r.setText(colAccent)
		for _, l := range sl.head {
			r.text(r.x0, y, r.cw, m.headLead, l)
			y += m.headLead
		}
		r.setDraw(colRule)
		pdf.SetLineWidth(0.7)
		ry := y + m.ruleGap*0.3
		pdf.Line(r.x0, ry, r.x0+r.cw, ry)
		y += m.ruleGap
		switch {
		case sl.sec.empty:
			r.font("", m.size)
			r.setText(colMuted)
			for _, l := range sl.units[0].lines {
				r.text(r.x0, y, r.cw, m.lead, l)
				y += m.lead
			}
			y += m.paraGap
		case sl.sec.kind == Table:
			y = r.drawTable(sl, m, y)
		default:
			y = r.drawText(sl, m, y)
		}
	}
	return y
}

func (r *renderer) drawText(sl *secLayout, m *metrics, y float64) float64 {
	pdf := r.pdf
	w := r.cw - sl.indent
	for _, ul := range sl.units {
		if ul.label != "" {
			// The tag sits on the first line, centred on it.
			ty := y + (m.lead-m.tagH)/2
			r.setFill(colAccent)
			// Tags share the column width, so they read as a column.
			r.font("B", m.tagSize)
			pdf.RoundedRect(r.x0, ty, sl.tagW, m.tagH, 1.6, "1234", "F")
			r.setText(colTagText)
			r.draw(r.x0, ty, sl.tagW, m.tagH, ul.label, "C")
		} else if sl.sec.kind == List && !sl.sec.labels {
			r.font("B", m.size)
			r.setText(colAccent)
			r.text(r.x0+1.5, y, bulletIndent, m.lead, "•")
		}
		r.font("", m.size)
		r.setText(colText)
		ly := y
		for _, l := range ul.lines {
			r.text(r.x0+sl.indent, ly, w, m.lead, l)
			ly += m.lead
		}
		y += ul.h
	}
	return y
}

func (r *renderer) drawTable(sl *secLayout, m *metrics, y float64) float64 {
	pdf := r.pdf
	ncol := len(sl.cols)
	row := func(cells [][]string, h float64, fill *rgb, head bool) {
		if fill != nil {
			r.setFill(*fill)
			pdf.Rect(r.x0, y, r.cw, h, "F")
		}
		x := r.x0
		for c, lines := range cells {
			style := cellStyle(c, ncol)
			col := colText
			if head {
				style, col = "B", colAccent
			}
			r.font(style, m.cellSize)
			r.setText(col)
			ly := y + tablePadV
			for _, l := range lines {
				r.text(x+tablePadH, ly, sl.cols[c]-2*tablePadH, m.cellLead, l)
				ly += m.cellLead
			}
			x += sl.cols[c]
		}
		y += h
	}
	if sl.header != nil {
		head := colTableHead
		row(sl.header, sl.headH, &head, true)
	}
	zebra := colZebra
	for i, ul := range sl.units {
		var fill *rgb
		if i%2 == 1 {
			fill = &zebra
		}
		row(ul.cells, ul.h, fill, false)
	}
	r.setDraw(colRule)
	pdf.SetLineWidth(0.5)
	pdf.Line(r.x0, y, r.x0+r.cw, y)
	return y + m.paraGap
}
