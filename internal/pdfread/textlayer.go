package pdfread

import (
	"math"
)

// A Char is one glyph placed on a page, in default user space (points,
// y up).
type Char struct {
	Text   string  // Unicode text, "" when the font does not map the code
	X, Y   float64 // origin of the glyph
	W      float64 // advance width without character and word spacing
	Size   float64 // the font size as set on the page
	Space  bool    // a space glyph (code 32 of a simple font)
	Hidden bool    // rendering mode 3 (invisible, as OCR text layers are)
	// Quadrant is the baseline's direction in quarter turns counter-
	// clockwise (0 upright, 1 reading upwards as on a landscape page
	// printed portrait, …), or -1 when it is not a multiple of 90°.
	Quadrant int
}

// maxFormDepth bounds nesting of form XObjects (forms drawing forms).
const maxFormDepth = 8

// Chars interprets the page's content streams, form XObjects included,
// and returns its glyphs in content order. It panics (as the rest of the
// package does) on malformed content, with a limit error when more than
// maxChars glyphs are shown. This replaces the library's Content, which
// took widths per byte rather than per code, ignored word spacing, form
// XObjects and inline images, and kept a leftover operand as text.
func (p Page) Chars(maxChars int) []Char {
	w := &textWalker{max: maxChars, fonts: map[objptr]*FontDecoder{}, forms: map[objptr]bool{}}
	w.run(p.V.Key("Contents"), p.Resources(), ident, 0)
	return w.chars
}

type textState struct {
	ctm                   matrix
	tc, tw, th, tl, trise float64
	fontSize              float64
	font                  *FontDecoder
	mode                  int
}

type textWalker struct {
	max   int
	chars []Char
	fonts map[objptr]*FontDecoder
	forms map[objptr]bool
}

func (w *textWalker) font(v Value) *FontDecoder {
	if v.ptr != (objptr{}) {
		if d, ok := w.fonts[v.ptr]; ok {
			return d
		}
	}
	d := NewFontDecoder(v)
	if v.ptr != (objptr{}) && len(w.fonts) < 4096 {
		w.fonts[v.ptr] = d
	}
	return d
}

func (w *textWalker) run(strm, res Value, ctm matrix, depth int) {
	if strm.Kind() != Stream && strm.Kind() != Array {
		return
	}
	g := textState{ctm: ctm, th: 1}
	var stack []textState
	var tm, tlm matrix
	show := func(raw string) {
		if g.font == nil {
			g.font = &FontDecoder{codeLen: []int{1}, scale: 1, simple: &winAnsiEncoding, missing: 500}
		}
		g.font.Glyphs(raw, func(gl Glyph) {
			// The text rendering matrix is [fs·th 0 0; 0 fs 0; 0 rise 1]
			// × tm × ctm; the scaling is applied to tm's rows, and only
			// the two columns used are multiplied out. Three full 3×3
			// products per glyph were a fifth of reading a page; the
			// result is the same for finite values.
			fh := g.fontSize * g.th
			var s0, s1, s2 [3]float64 // rows of the scaling × tm
			for j := range 3 {
				s0[j] = fh * tm[0][j]
				s1[j] = g.fontSize * tm[1][j]
				s2[j] = g.trise*tm[1][j] + tm[2][j]
			}
			t0x, t0y := g.ctm.apply(s0)
			t1x, t1y := g.ctm.apply(s1)
			x, y := g.ctm.apply(s2)
			mx, my := g.ctm.apply(tm[0])
			adv := gl.Width / 1000 * g.fontSize
			if len(w.chars) >= w.max {
				overLimit("glyphs on one page", int64(w.max))
			}
			w.chars = append(w.chars, Char{
				Text: gl.Text, X: x, Y: y,
				W: adv * g.th * math.Hypot(mx, my), Size: math.Hypot(t1x, t1y),
				Space: gl.Space, Hidden: g.mode == 3,
				Quadrant: quadrant(t0x, t0y),
			})
			tx := adv + g.tc
			if gl.Space {
				tx += g.tw
			}
			// tm = [1 0 0; 0 1 0; tx·th 0 1] × tm: only its last row moves.
			for j := range 3 {
				tm[2][j] += tx * g.th * tm[0][j]
			}
		})
	}
	nextLine := func() {
		tlm = matrix{{1, 0, 0}, {0, 1, 0}, {0, -g.tl, 1}}.mul(tlm)
		tm = tlm
	}
	num := func(args []Value, i int) float64 {
		if i < len(args) {
			f := args[i].Float64()
			if !math.IsNaN(f) && !math.IsInf(f, 0) {
				return f
			}
		}
		return 0
	}
	mat := func(args []Value) matrix {
		var m matrix
		for i := 0; i < 6; i++ {
			m[i/2][i%2] = num(args, i)
		}
		m[2][2] = 1
		return m
	}
	Interpret(strm, func(stk *Stack, op string) {
		args := popArgs(stk)
		switch op {
		case "q":
			if len(stack) < 1024 {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g, stack = stack[n-1], stack[:n-1]
			}
		case "cm":
			if len(args) == 6 {
				g.ctm = mat(args).mul(g.ctm)
			}
		case "BT":
			tm, tlm = ident, ident
		case "Tc":
			g.tc = num(args, 0)
		case "Tw":
			g.tw = num(args, 0)
		case "Tz":
			g.th = num(args, 0) / 100
		case "TL":
			g.tl = num(args, 0)
		case "Ts":
			g.trise = num(args, 0)
		case "Tr":
			g.mode = int(num(args, 0))
		case "Tf":
			if len(args) == 2 {
				g.font = w.font(res.Key("Font").Key(args[0].Name()))
				g.fontSize = num(args, 1)
			}
		case "Td", "TD":
			if len(args) == 2 {
				if op == "TD" {
					g.tl = -num(args, 1)
				}
				tlm = matrix{{1, 0, 0}, {0, 1, 0}, {num(args, 0), num(args, 1), 1}}.mul(tlm)
				tm = tlm
			}
		case "Tm":
			if len(args) == 6 {
				tm = mat(args)
				tlm = tm
			}
		case "T*":
			nextLine()
		case "Tj":
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "'":
			if len(args) == 1 {
				nextLine()
				show(args[0].RawString())
			}
		case "\"":
			if len(args) == 3 {
				g.tw, g.tc = num(args, 0), num(args, 1)
				nextLine()
				show(args[2].RawString())
			}
		case "TJ":
			if len(args) != 1 {
				return
			}
			a := args[0]
			for i := 0; i < a.Len(); i++ {
				x := a.Index(i)
				if x.Kind() == String {
					show(x.RawString())
				} else {
					tx := -x.Float64() / 1000 * g.fontSize * g.th
					if !math.IsNaN(tx) && !math.IsInf(tx, 0) {
						tm = matrix{{1, 0, 0}, {0, 1, 0}, {tx, 0, 1}}.mul(tm)
					}
				}
			}
		case "Do":
			if len(args) != 1 || depth >= maxFormDepth {
				return
			}
			xo := res.Key("XObject").Key(args[0].Name())
			if xo.Kind() != Stream || xo.Key("Subtype").Name() != "Form" || w.forms[xo.ptr] {
				return
			}
			w.forms[xo.ptr] = true
			fres := xo.Key("Resources")
			if fres.Kind() != Dict {
				fres = res
			}
			m := g.ctm
			if fm := xo.Key("Matrix"); fm.Len() == 6 {
				var a []Value
				for i := 0; i < 6; i++ {
					a = append(a, fm.Index(i))
				}
				m = mat(a).mul(g.ctm)
			}
			w.run(xo, fres, m, depth+1)
			delete(w.forms, xo.ptr) // a form may be drawn again, just not inside itself
		}
	})
}

// quadrant returns the direction of the baseline vector (x, y) in quarter
// turns, or -1 when it is more than a degree off one.
func quadrant(x, y float64) int {
	deg := math.Atan2(y, x) * 180 / math.Pi
	q := math.Round(deg / 90)
	if math.Abs(deg-q*90) > 1 || math.IsNaN(deg) {
		return -1
	}
	return (int(q) + 4) % 4
}
