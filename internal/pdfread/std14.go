package pdfread

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

//go:embed std14widths.txt
var std14Data string

var (
	std14Once   sync.Once
	std14Widths map[string][]float64
)

// std14 returns the WinAnsi widths of a standard font named by base (a
// subset prefix, the common TrueType names of the same designs and style
// suffixes are understood), or nil.
func std14(base string) []float64 {
	std14Once.Do(func() {
		std14Widths = map[string][]float64{}
		for _, line := range strings.Split(std14Data, "\n") {
			f := strings.Fields(line)
			if len(f) != 257 || strings.HasPrefix(line, "#") {
				continue
			}
			ws := make([]float64, 256)
			for i, s := range f[1:] {
				w, _ := strconv.Atoi(s)
				ws[i] = float64(w)
			}
			std14Widths[f[0]] = ws
		}
	})
	if i := strings.IndexByte(base, '+'); i == 6 {
		base = base[i+1:]
	}
	lower := strings.ToLower(base)
	family := ""
	switch {
	case strings.HasPrefix(lower, "helvetica"), strings.HasPrefix(lower, "arial"):
		family = "Helvetica"
	case strings.HasPrefix(lower, "times"):
		family = "Times"
	case strings.HasPrefix(lower, "courier"):
		family = "Courier"
	default:
		return nil
	}
	bold := strings.Contains(lower, "bold")
	slant := strings.Contains(lower, "italic") || strings.Contains(lower, "oblique")
	name := family
	switch {
	case family == "Times" && bold && slant:
		name = "Times-BoldItalic"
	case family == "Times" && bold:
		name = "Times-Bold"
	case family == "Times" && slant:
		name = "Times-Italic"
	case family == "Times":
		name = "Times-Roman"
	case bold && slant:
		name += "-BoldOblique"
	case bold:
		name += "-Bold"
	case slant:
		name += "-Oblique"
	}
	return std14Widths[name]
}
