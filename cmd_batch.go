package main

// cmd_batch.go is "brief batch" (and "brief note DIR"): its flags become a
// batch.Config, and noteJob is what batch runs on every input.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/batch"
	"github.com/brief-dev/brief/render"
	"github.com/brief-dev/brief/summarize"
)

func batchCommand() *cli.Command {
	// The options of each note are note's own, but for -o and -f.
	reuse := map[string]bool{"sentences": true, "ratio": true, "template": true, "paper": true, "font": true, "font-bold": true, "max-bytes": true, "kind": true}
	flags := []cli.Flag{
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, DefaultText: "md", Usage: "notes in `FORMAT`: md, pdf or json (json without -o: NDJSON on standard output)"},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the notes, index.md and index.json into `DIR`"},
	}
	for _, f := range noteCommand().Flags {
		if reuse[f.Names()[0]] {
			flags = append(flags, f)
		}
	}
	return &cli.Command{
		Name:  "batch",
		Usage: "write a briefing note for every document in directories, and an index of them",
		UsageText: "brief batch [options] DIR... -o OUTDIR\n" +
			"   brief batch -f json DIR...          (NDJSON on standard output)\n" +
			"   brief batch --shard I/N DIR... -o OUTDIR; brief index OUTDIR",
		Description: "Briefs every .txt, .md, .html, .docx and .pdf file in the directories (and files) given,\n" +
			"on all cores, into OUTDIR with the same tree of names (sub/a.txt → OUTDIR/sub/a.md), plus\n" +
			"OUTDIR/index.md and index.json: one line per document, by date, and the failures. Other\n" +
			"files are skipped and counted; a bad file is reported once and the others go on (exit 1).\n" +
			"Re-runs skip inputs whose content and options are unchanged (--force redoes them).\n" +
			"A file in OUTDIR that brief did not write is never replaced (--overwrite replaces it).\n" +
			"--shard I/N processes a fixed 1/N of the inputs, so that N copies can share the work;\n" +
			"then \"brief index OUTDIR\" merges their results. \"brief note DIR\" is \"brief batch DIR\".",
		Flags:  append(flags, batchOnlyFlags(false)...),
		Action: runBatch,
	}
}

// batchOnlyFlags are the flags of batch that note lacks.
func batchOnlyFlags(hidden bool) []cli.Flag {
	return []cli.Flag{
		&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, DefaultText: "all cores", Usage: "brief `N` documents at a time", Hidden: hidden},
		&cli.BoolFlag{Name: "recursive", Aliases: []string{"r"}, Usage: "enter subdirectories", DisableDefaultText: true, Hidden: hidden},
		&cli.BoolFlag{Name: "force", Usage: "redo notes that are up to date", DisableDefaultText: true, Hidden: hidden},
		&cli.BoolFlag{Name: "overwrite", Usage: "replace files at note targets that brief did not write", DisableDefaultText: true, Hidden: hidden},
		&cli.StringFlag{Name: "shard", Usage: "process only shard `I/N` of the inputs (0 <= I < N)", Hidden: hidden},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar", DisableDefaultText: true, Hidden: hidden},
	}
}

// withBatchFlags gives the note command batch's flags, hidden, for "brief
// note DIR".
func withBatchFlags(c *cli.Command) *cli.Command {
	c.Flags = append(c.Flags, batchOnlyFlags(true)...)
	return c
}

// isDirArg reports whether a command-line argument names a directory.
func isDirArg(arg string) bool {
	st, err := os.Stat(arg)
	return err == nil && st.IsDir()
}

func runBatch(c *cli.Context) error {
	o, err := parseNoteOptions(c)
	if err != nil {
		return err
	}
	if !c.IsSet("format") {
		o.format = "md" // not from the extension of -o, which is a directory
	}
	o.output = ""
	if o.format == "md" && o.tmpl == nil {
		o.tmpl = render.DefaultTemplate() // parsed once, not for every note
	}
	cfg := batch.Config{
		Inputs: c.Args().Slice(), OutDir: c.String("output"), NoteExt: "." + o.format,
		Workers: c.Int("jobs"), Recursive: c.Bool("recursive"), Force: c.Bool("force"),
		Overwrite: c.Bool("overwrite"), MaxBytes: o.maxBytes, OptionsKey: optionsKey(o),
		Generator: render.Generator + " " + version,
		Stdout:    c.App.Writer, Stderr: c.App.ErrWriter, Prefix: "brief: ",
		Progress:     !c.Bool("quiet") && isTerminal(c.App.ErrWriter),
		NotOwnedHint: " (--overwrite replaces it)",
		Describe:     inputError,
	}
	if o.format == "pdf" {
		// a PDF note allocates several times what a Markdown note does:
		// a larger heap between collections pays for itself (tuneGC)
		cfg.GCPercent = 400
	}
	if len(cfg.Inputs) == 0 {
		return usagef("batch needs a directory")
	}
	for _, a := range cfg.Inputs {
		if a == "-" {
			return usagef("batch reads directories and files, not standard input")
		}
	}
	if cfg.OutDir == "" && o.format != "json" {
		return usagef("batch needs -o OUTDIR (or -f json for NDJSON on standard output)")
	}
	if cfg.Workers < 0 {
		return usagef("-j must be positive")
	}
	if cfg.Shard, cfg.Shards, err = batch.ParseShard(c.String("shard")); err != nil {
		return usagef("--%v", err)
	}
	// the lists and models load on other cores while the first inputs
	// are read, rather than one after the other on the first note's path
	cfg.Warmup = briefing.Prepare
	stats, err := batch.Run(c.Context, cfg, noteJob(o))
	var oi *batch.OutputIsInputError
	var de *batch.DirError
	switch {
	case errors.As(err, &oi):
		return usagef("%v", err)
	case errors.As(err, &de):
		return &fileError{de.Dir, de.Err}
	case err != nil && !errors.Is(err, batch.ErrInterrupted):
		return err
	}
	if cfg.Progress {
		fmt.Fprintln(c.App.ErrWriter, batchSummary(cfg, stats))
	}
	switch {
	case err != nil:
		return cli.Exit("interrupted", 130)
	case stats.Failed+stats.Errors > 0:
		return errReported
	}
	return nil
}

// batchSummary is the line that ends a batch run on a terminal.
func batchSummary(cfg batch.Config, s *batch.Stats) string {
	msg := fmt.Sprintf("brief: %d written, %d up to date, %d failed", s.Written, s.Unchanged, s.Failed)
	if s.Unsupported > 0 {
		msg += fmt.Sprintf(", %d skipped (not a document type)", s.Unsupported)
	}
	if s.Pruned > 0 {
		msg += fmt.Sprintf(", %d removed (input deleted)", s.Pruned)
	}
	switch {
	case cfg.OutDir != "" && cfg.Shards <= 1:
		msg += "; index: " + cfg.OutDir + "/index.md"
	case cfg.OutDir != "":
		msg += "; when all shards are done: brief index " + cfg.OutDir
	}
	return msg
}

// noteJob is what batch does with every input: read it as brief note
// reads a file, brief it, and render its note as brief note would.
func noteJob(o *noteOptions) batch.Job {
	return func(_ context.Context, name string, data []byte) (*batch.Result, error) {
		d, err := summarize.Load(name, data, summarize.ReadOptions{MaxBytes: o.maxBytes})
		if err != nil {
			return nil, err
		}
		b, err := buildBrief(d, name, o)
		if err != nil {
			return nil, err
		}
		return &batch.Result{
			Brief: b, Format: d.Format, Warnings: d.Warnings,
			Render: func(w io.Writer) ([]string, error) { return renderNote(w, b, o) },
		}, nil
	}
}

// optionsKey is a hash of everything that shapes a note besides the
// input: a note made with other options (or by another version) is redone.
func optionsKey(o *noteOptions) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%d\x00%v\x00%s\x00%s\x00%s\x00", version, o.format, o.sentences, o.ratio, o.title, o.date, o.kind)
	switch o.format {
	case "md":
		fmt.Fprintf(h, "%d\x00%s\x00", len(o.templateText), o.templateText)
	case "pdf":
		// The date a PDF is made changes nothing that makes it redone; a
		// SOURCE_DATE_EPOCH set for reproducible files does.
		fmt.Fprintf(h, "%s\x00%s\x00%d\x00", o.pdf.Paper, os.Getenv("SOURCE_DATE_EPOCH"), len(o.pdf.Fonts))
		for _, f := range o.pdf.Fonts {
			fmt.Fprintf(h, "%s\x00", f.Digest())
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
