package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/pdfnote"
	"github.com/brief-dev/brief/render"
)

type pdfOptions = render.PDFOptions

// readPDFOptions reads --paper, --font, --font-bold and SOURCE_DATE_EPOCH.
func readPDFOptions(c *cli.Context) (pdfOptions, error) {
	var o pdfOptions
	o.Paper = strings.ToLower(c.String("paper"))
	if o.Paper != "a4" && o.Paper != "letter" {
		return o, usagef("unknown paper %q (want a4 or letter)", c.String("paper"))
	}
	var err error
	if o.Fonts, err = readFonts(c); err != nil {
		return o, err
	}
	// The note is dated when it is made; SOURCE_DATE_EPOCH fixes the date
	// for reproducible files.
	o.Created = time.Now().UTC().Truncate(time.Second)
	if epoch := os.Getenv("SOURCE_DATE_EPOCH"); epoch != "" {
		secs, err := strconv.ParseInt(epoch, 10, 64)
		if err != nil {
			return o, usagef("SOURCE_DATE_EPOCH %q is not a number of seconds", epoch)
		}
		o.Created = time.Unix(secs, 0).UTC()
	}
	return o, nil
}

// readFonts reads the fallback fonts: each --font in order, the i-th paired
// with the i-th --font-bold if there is one (else its bold text is drawn in
// the regular face). A bad font is reported with its file name.
func readFonts(c *cli.Context) ([]*pdfnote.Font, error) {
	regular, bold := flagPaths(c, "font"), flagPaths(c, "font-bold")
	if len(bold) > len(regular) {
		return nil, usagef("--font-bold needs a --font for each bold font (%d bold, %d regular)", len(bold), len(regular))
	}
	var fonts []*pdfnote.Font
	for i, path := range regular {
		reg, err := os.ReadFile(path)
		if err != nil {
			return nil, &fileError{path, unwrapPathError(err)}
		}
		var bf []byte
		if i < len(bold) {
			if bf, err = os.ReadFile(bold[i]); err != nil {
				return nil, &fileError{bold[i], unwrapPathError(err)}
			}
			// Check each file alone first, so that the error names
			// the one at fault.
			if _, err := pdfnote.ParseFont(bf, nil); err != nil {
				return nil, &fileError{bold[i], err}
			}
		}
		f, err := pdfnote.ParseFont(reg, bf)
		if err != nil {
			return nil, &fileError{path, err}
		}
		fonts = append(fonts, f)
	}
	return fonts, nil
}

// pathList is the value of a flag that may be repeated, each value one
// path as given: a StringSliceFlag would split a path at its commas.
type pathList []string

func (p *pathList) Set(s string) error { *p = append(*p, s); return nil }
func (p *pathList) String() string     { return strings.Join(*p, ", ") }

// flagPaths returns the values of the pathList flag name.
func flagPaths(c *cli.Context, name string) []string {
	if p, ok := c.Generic(name).(*pathList); ok && p != nil {
		return *p
	}
	return nil
}

// renderPDF draws the note. Text the PDF cannot show is refused with
// advice the library cannot give, as it knows nothing of flags.
func renderPDF(w io.Writer, b *briefing.Brief, o pdfOptions) (render.PDFResult, error) {
	res, err := render.PDF(w, b, o)
	var se *pdfnote.ScriptError
	switch {
	case errors.As(err, &se) && se.Shaping:
		return res, fmt.Errorf("pdf: %w: use -f md or -f json", err)
	case errors.As(err, &se):
		return res, fmt.Errorf("pdf: %w: add --font FILE (.ttf or .ttc) with %s glyphs, or use -f md", err, se.Scripts[0])
	case err != nil:
		return res, fmt.Errorf("pdf: %w", err)
	}
	return res, nil
}
