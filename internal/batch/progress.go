package batch

// progress.go draws the progress bar of "brief batch" on a terminal.

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progress is a one-line progress bar: files done of total, rate and time
// left. Off, it draws nothing but still passes messages through, so the
// caller prints through it either way. It is not safe for concurrent use:
// the collector of a batch owns it.
type progress struct {
	w      io.Writer
	on     bool
	total  int
	done   int
	failed int
	start  time.Time
	drawn  time.Time // when the bar was last drawn
	shown  bool      // the bar is on the screen
	now    func() time.Time
}

func newProgress(w io.Writer, total int, on bool) *progress {
	p := &progress{w: w, on: on, total: total, now: time.Now}
	p.start = p.now()
	return p
}

// step counts one finished input and redraws, at most ten times a second.
func (p *progress) step(failed bool) {
	p.done++
	if failed {
		p.failed++
	}
	p.tick(p.done == p.total)
}

// tick redraws the bar if it is due (or always when force).
func (p *progress) tick(force bool) {
	if !p.on {
		return
	}
	if now := p.now(); force || now.Sub(p.drawn) >= 100*time.Millisecond {
		p.drawn = now
		p.draw()
	}
}

// println prints a message line (an error), keeping the bar below it.
func (p *progress) println(msg string) {
	p.clear()
	fmt.Fprintln(p.w, msg)
	if p.on {
		p.draw()
	}
}

// finish removes the bar for good.
func (p *progress) finish() {
	p.clear()
	p.on = false
}

func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}

func (p *progress) draw() {
	fmt.Fprint(p.w, "\r"+p.line()+"\x1b[K")
	p.shown = true
}

// line is the bar's text: " 412/1000 [=========>          ]  41%  310 docs/s  ETA 2s  3 failed".
func (p *progress) line() string {
	const width = 24
	frac := 1.0
	if p.total > 0 {
		frac = float64(p.done) / float64(p.total)
	}
	fill := int(frac * width)
	bar := strings.Repeat("=", fill)
	if fill < width {
		bar += ">" + strings.Repeat(" ", width-fill-1)
	}
	digits := len(fmt.Sprint(p.total))
	s := fmt.Sprintf("%*d/%d [%s] %3.0f%%", digits, p.done, p.total, bar, frac*100)
	elapsed := p.now().Sub(p.start).Seconds()
	if p.done > 0 && elapsed > 0 {
		rate := float64(p.done) / elapsed
		s += fmt.Sprintf("  %.0f docs/s", rate)
		if left := p.total - p.done; left > 0 {
			s += "  ETA " + time.Duration(float64(left)/rate*float64(time.Second)).Round(time.Second).String()
		}
	}
	if p.failed > 0 {
		s += fmt.Sprintf("  %d failed", p.failed)
	}
	return s
}
