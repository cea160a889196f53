package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/brief-dev/brief/briefing"
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
	if path := c.String("font"); path != "" {
		if o.Regular, err = os.ReadFile(path); err != nil {
			return o, &fileError{path, unwrapPathError(err)}
		}
	}
	if path := c.String("font-bold"); path != "" {
		if o.Bold, err = os.ReadFile(path); err != nil {
			return o, &fileError{path, unwrapPathError(err)}
		}
	}
	o.Created = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	if epoch := os.Getenv("SOURCE_DATE_EPOCH"); epoch != "" {
		secs, err := strconv.ParseInt(epoch, 10, 64)
		if err != nil {
			return o, usagef("SOURCE_DATE_EPOCH %q is not a number of seconds", epoch)
		}
		o.Created = time.Unix(secs, 0).UTC()
	}
	return o, nil
}

// renderPDF draws the note.
func renderPDF(w io.Writer, b *briefing.Brief, o pdfOptions) (render.PDFResult, error) {
	res, err := render.PDF(w, b, o)
	if err != nil {
		return res, fmt.Errorf("pdf: %w", err)
	}
	return res, nil
}
