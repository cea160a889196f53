package main

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"text/template"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/outfile"
	"github.com/brief-dev/brief/render"
	"github.com/brief-dev/brief/summarize"
	"github.com/brief-dev/brief/templates"
)

func noteCommand() *cli.Command {
	return &cli.Command{
		Name:      "note",
		Usage:     "write a one-page briefing note (Markdown, PDF or JSON)",
		UsageText: "brief note [options] [FILE|-]\n   brief FILE [options]   (shortcut)\n   brief note DIR -o OUTDIR   (the same as brief batch)",
		Description: "Reads a document and writes its briefing note: the bottom line, key outcomes with their\n" +
			"kinds, the parties (people with titles, roles and countries; organisations with their\n" +
			"acronyms; countries), background and next steps, every sentence quoted from the source.\n" +
			"The format comes from -f or the extension of -o (.md, .pdf, .json); Markdown goes to\n" +
			"standard output by default. Files are written atomically: a failed run leaves none.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, DefaultText: "from -o, else md", Usage: "output `FORMAT`: md, pdf or json"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the note to `FILE` instead of standard output"},
			&cli.IntFlag{Name: "sentences", Aliases: []string{"n"}, DefaultText: "a fifth, 3 to 7", Usage: "`N` sentences in the summary"},
			&cli.Float64Flag{Name: "ratio", DefaultText: "unset", Usage: "summary length as a `SHARE` (0-1) of the sentences"},
			&cli.StringFlag{Name: "title", Usage: "use `TITLE` instead of the document's"},
			&cli.StringFlag{Name: "date", Usage: "use `DATE` (YYYY-MM-DD) instead of the document's"},
			&cli.StringFlag{Name: "template", Usage: "render Markdown with the text/template in `FILE`"},
			&cli.BoolFlag{Name: "print-template", DisableDefaultText: true, Usage: "print the default Markdown template and exit"},
			&cli.StringFlag{Name: "paper", Value: "a4", Usage: "PDF paper `SIZE`: a4 or letter"},
			&cli.GenericFlag{Name: "font", Value: &pathList{}, Usage: "PDF fallback font `FILE` (.ttf or .ttc) for scripts the embedded fonts lack; repeat for more"},
			&cli.GenericFlag{Name: "font-bold", Value: &pathList{}, Usage: "bold of the matching --font `FILE` (default: that --font)"},
			&cli.Int64Flag{Name: "max-bytes", Value: summarize.DefaultMaxBytes, Usage: "refuse inputs larger than `BYTES`"},
			kindFlag(),
		},
		Action: runNote,
	}
}

// noteOptions is what the note flags ask for, checked.
type noteOptions struct {
	format, output string
	sentences      int
	ratio          float64
	title, date    string
	kind           string // the kind of document, "" to detect it
	tmpl           *template.Template
	templateText   []byte // the text of --template, read once
	pdf            pdfOptions
	maxBytes       int64
}

func parseNoteOptions(c *cli.Context) (*noteOptions, error) {
	o := &noteOptions{
		format: c.String("format"), output: c.String("output"),
		sentences: c.Int("sentences"), ratio: c.Float64("ratio"),
		title: c.String("title"), date: c.String("date"), maxBytes: c.Int64("max-bytes"), kind: c.String("kind"),
	}
	if o.format == "" {
		switch strings.ToLower(filepath.Ext(o.output)) {
		case ".pdf":
			o.format = "pdf"
		case ".json":
			o.format = "json"
		default:
			o.format = "md"
		}
	}
	switch o.format {
	case "md", "markdown":
		o.format = "md"
	case "pdf", "json":
	default:
		return nil, usagef("unknown format %q (want md, pdf or json)", o.format)
	}
	if err := checkKind(o.kind); err != nil {
		return nil, err
	}
	if o.maxBytes < 1 {
		return nil, usagef("--max-bytes must be a positive number of bytes, not %d", o.maxBytes)
	}
	if o.sentences < 0 || (c.IsSet("sentences") && o.sentences == 0) {
		return nil, usagef("-n must be positive")
	}
	if c.IsSet("ratio") && (o.ratio <= 0 || o.ratio > 1 || math.IsNaN(o.ratio)) {
		return nil, usagef("--ratio must be in (0, 1], not %v", o.ratio)
	}
	if o.date != "" {
		if _, err := time.Parse("2006-01-02", o.date); err != nil {
			return nil, usagef("--date %q is not a YYYY-MM-DD date", o.date)
		}
	}
	if path := c.String("template"); path != "" {
		text, err := os.ReadFile(path)
		if err != nil {
			return nil, &fileError{path, unwrapPathError(err)}
		}
		o.templateText = text
		if o.tmpl, err = render.ParseTemplate(filepath.Base(path), string(text)); err != nil {
			return nil, usagef("%v", &fileError{path, err}) // a bad template is a bad option
		}
	}
	var err error
	if o.pdf, err = readPDFOptions(c); err != nil {
		return nil, err
	}
	return o, nil
}

func runNote(c *cli.Context) error {
	if c.Bool("print-template") {
		text, _ := templates.FS.ReadFile(templates.Markdown)
		_, err := c.App.Writer.Write(text)
		return err
	}
	if c.NArg() == 1 && isDirArg(c.Args().First()) {
		return runBatch(c) // a directory: brief batch
	}
	o, err := parseNoteOptions(c)
	if err != nil {
		return err
	}
	if c.NArg() > 1 {
		return usagef("note takes one document (brief batch handles many)")
	}
	if o.format == "pdf" && o.output == "" && isTerminal(c.App.Writer) {
		return usagef("refusing to write PDF to a terminal: use -o FILE.pdf or redirect")
	}
	in := inputsFrom(c.Args().Slice())[0]
	// The lists and models load on the other core while the document is
	// read, parsed and summarised, instead of one after another on the
	// path of its brief.
	go briefing.Prepare()
	d, err := readDocument(in, c.App.Reader, c.App.ErrWriter, summarize.ReadOptions{MaxBytes: o.maxBytes})
	if err != nil {
		return err
	}
	var b *briefing.Brief
	err = guarded(func() (err error) {
		b, err = buildBrief(d, in.name, o)
		return err
	})
	if err != nil {
		return &fileError{in.name, err}
	}
	write := func(w io.Writer) error {
		var warnings []string
		err := guarded(func() (err error) {
			warnings, err = renderNote(w, b, o)
			return err
		})
		for _, w := range warnings {
			fmt.Fprintf(c.App.ErrWriter, "brief: %s: %s\n", in.name, w)
		}
		if err != nil {
			return &fileError{in.name, err} // the note failed, not the file
		}
		return nil
	}
	if o.output == "" {
		// Render fully before writing, so a failure prints nothing.
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			return err
		}
		_, err := c.App.Writer.Write(buf.Bytes())
		return err
	}
	return writeOutput(o.output, o.format == "pdf", write)
}

// buildBrief makes the brief, its summary exactly what "brief summarize"
// picks with the same -n or --ratio, and applies the overrides.
func buildBrief(d *summarize.Document, source string, o *noteOptions) (*briefing.Brief, error) {
	sum, err := summarize.Extract(d, summarize.Options{Sentences: o.sentences, Ratio: o.ratio, Kind: o.kind})
	if err != nil {
		return nil, err
	}
	b := briefing.New(d, sum, briefing.Options{Source: source})
	if o.title != "" {
		b.Title, b.TitleInferred = o.title, false
	}
	if o.date != "" {
		b.Date = briefing.ISODate(o.date)
	}
	return b, nil
}

// renderNote writes b in the chosen format and returns its warnings (what
// a PDF left out to fit its page), one sentence each.
func renderNote(w io.Writer, b *briefing.Brief, o *noteOptions) (warnings []string, err error) {
	switch o.format {
	case "json":
		return nil, render.JSON(w, b)
	case "pdf":
		res, err := renderPDF(w, b, o.pdf)
		if err != nil {
			return nil, err
		}
		if len(res.Dropped) > 0 {
			warnings = append(warnings, fmt.Sprintf("%d items left out to fit one page", len(res.Dropped)))
		}
		if res.Replaced > 0 {
			warnings = append(warnings, fmt.Sprintf("%d characters the font lacks shown as \uFFFD (try --font)", res.Replaced))
		}
		return warnings, nil
	}
	return nil, render.Markdown(w, b, o.tmpl)
}

// isTerminal reports whether f (a reader or writer) is a terminal, as
// outfile.IsTerminal decides for files: /dev/null is a character device but
// no terminal.
func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	return ok && outfile.IsTerminal(file)
}
