package main

// cmd_batch.go is "brief batch" (and "brief note DIR"): the flags, the pool
// of workers that brief the inputs, and what is reported at the end.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/brief-dev/brief/render"
)

func batchCommand() *cli.Command {
	// The options of each note are note's own, but for -o and -f.
	reuse := map[string]bool{"sentences": true, "ratio": true, "template": true, "paper": true, "font": true, "font-bold": true, "max-bytes": true}
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

// batchConfig is what the batch flags ask for, checked.
type batchConfig struct {
	args                    []string
	outDir                  string // "" writes NDJSON to standard output
	workers                 int
	recursive, force, quiet bool
	shard, shards           int
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
	cfg := batchConfig{
		args: c.Args().Slice(), outDir: c.String("output"), workers: c.Int("jobs"),
		recursive: c.Bool("recursive"), force: c.Bool("force"), quiet: c.Bool("quiet"),
	}
	if len(cfg.args) == 0 {
		return usagef("batch needs a directory")
	}
	for _, a := range cfg.args {
		if a == "-" {
			return usagef("batch reads directories and files, not standard input")
		}
	}
	if cfg.outDir == "" && o.format != "json" {
		return usagef("batch needs -o OUTDIR (or -f json for NDJSON on standard output)")
	}
	switch {
	case cfg.workers < 0:
		return usagef("-j must be positive")
	case cfg.workers == 0:
		cfg.workers = runtime.GOMAXPROCS(0)
	}
	if cfg.shard, cfg.shards, err = parseShard(c.String("shard")); err != nil {
		return err
	}
	templateText, _ := os.ReadFile(c.String("template")) // parseNoteOptions read it already
	env := &batchEnv{opt: o, force: cfg.force, optKey: optionsKey(o, templateText), big: newWeighted(bigBudget)}
	defer tuneGC()()
	return runBatchWith(c.Context, env, cfg, c.App.Writer, c.App.ErrWriter)
}

// tuneGC trades memory for CPU time in a batch run, unless the user set
// GOGC or GOMEMLIMIT, and returns what restores the settings. Between
// notes a batch keeps only a few megabytes alive, so the default target
// collects every few documents. Measured on 1,000 short documents, a
// fivefold target takes a sixth off the CPU time of Markdown notes (peak
// RSS 35 -> 60 MB) and a third off PDF notes (48 -> 180 MB). The memory
// limit makes the collector work harder instead when large inputs fill
// the heap: on eight 2.4 MB documents it ran as fast as the default
// settings with less memory, where a 128 MiB limit was a third slower.
func tuneGC() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	percent := debug.SetGCPercent(400)
	limit := debug.SetMemoryLimit(batchMemoryLimit)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}

// batchMemoryLimit is the heap size from which a batch run collects as
// often as it needs to, whatever the GC target.
const batchMemoryLimit = 256 << 20

// optionsKey is a hash of everything that shapes a note besides the
// input: a note made with other options (or by another version) is redone.
func optionsKey(o *noteOptions, templateText []byte) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%d\x00%v\x00%s\x00%s\x00", version, o.format, o.sentences, o.ratio, o.title, o.date)
	switch o.format {
	case "md":
		fmt.Fprintf(h, "%d\x00%s\x00", len(templateText), templateText)
	case "pdf":
		fmt.Fprintf(h, "%s\x00%d\x00%d\x00", o.pdf.Paper, o.pdf.Created.Unix(), len(o.pdf.Fonts))
		for _, f := range o.pdf.Fonts {
			fmt.Fprintf(h, "%s\x00", f.Digest())
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// runBatchWith briefs the inputs cfg names on cfg.workers workers, each
// failure reported once on stderr as it happens, and then writes the
// manifest and the index (or, without OUTDIR, the NDJSON lines in input
// order as they become ready). Interrupted, it stops handing out inputs,
// lets the workers finish what they hold (a note is written whole or not
// at all) and records what was done, so a re-run goes on from there.
func runBatchWith(ctx context.Context, env *batchEnv, cfg batchConfig, stdout, stderr io.Writer) error {
	var skip os.FileInfo
	if cfg.outDir != "" {
		if err := os.MkdirAll(cfg.outDir, 0o755); err != nil {
			return &fileError{cfg.outDir, unwrapPathError(err)}
		}
		root, err := os.OpenRoot(cfg.outDir)
		if err != nil {
			return &fileError{cfg.outDir, unwrapPathError(err)}
		}
		defer root.Close()
		env.root = root
		if skip, err = root.Stat("."); err != nil {
			return &fileError{cfg.outDir, unwrapPathError(err)}
		}
		ms, err := loadManifests(root)
		if err != nil {
			fmt.Fprintf(stderr, "brief: %s: %v (its notes are redone)\n", cfg.outDir, err)
		}
		env.cache = noteCache(ms)
	}
	set, err := findInputs(cfg.args, cfg.recursive, skip)
	if err != nil {
		return err
	}
	defer set.close()
	nameNotes(set.inputs, noteExt(env.opt.format))
	pruned, pruneFailed := 0, 0
	if env.root != nil {
		var err error
		if pruned, err = pruneDeleted(env.root, env.cache, cfg.args, set.inputs); err != nil {
			fmt.Fprintf(stderr, "brief: %s: removing the note of a deleted input: %v\n", cfg.outDir, unwrapPathError(err))
			pruneFailed = 1
		}
	}
	inputs := set.inputs
	if cfg.shards > 1 {
		mine := inputs[:0:0]
		for _, in := range inputs {
			if shardOf(in.name, cfg.shards) == cfg.shard {
				mine = append(mine, in)
			}
		}
		inputs = mine
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type finished struct {
		seq int
		res batchResult
	}
	jobs := make(chan int)
	done := make(chan finished, cfg.workers)
	go func() {
		defer close(jobs)
		for i := range inputs {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range min(cfg.workers, max(len(inputs), 1)) {
		wg.Go(func() {
			for i := range jobs {
				done <- finished{i, env.briefOne(ctx, inputs[i])}
			}
		})
	}
	go func() {
		wg.Wait()
		close(done)
	}()

	prog := newProgress(stderr, len(inputs), !cfg.quiet && isTerminal(stderr))
	ticker := time.NewTicker(250 * time.Millisecond)
	defer ticker.Stop()
	results := make([]*batchResult, len(inputs))
	next := 0 // the next NDJSON line to print
	var written, unchanged, failed int
	var writeErr error
	for collecting := true; collecting; {
		select {
		case <-ticker.C:
			prog.tick(false)
		case f, ok := <-done:
			if !ok {
				collecting = false
				break
			}
			res := &f.res
			results[f.seq] = res
			if res.cancelled {
				continue
			}
			bad := res.entry.Error != ""
			switch {
			case bad:
				failed++
				prog.println("brief: " + inputs[f.seq].name + ": " + res.entry.Error)
			case res.unchanged:
				unchanged++
			default:
				written++
			}
			prog.step(bad)
			for env.root == nil && next < len(results) && results[next] != nil {
				if writeErr == nil {
					writeErr = writeNDJSON(stdout, results[next])
					if writeErr != nil {
						cancel()
					}
				}
				results[next].line = nil
				next++
			}
		}
	}
	summary := prog.on
	prog.finish()
	interrupted := ctx.Err() != nil && writeErr == nil
	if writeErr != nil {
		return fmt.Errorf("writing output: %w", writeErr)
	}

	if env.root != nil {
		m := &manifest{Shard: cfg.shard, Shards: cfg.shards, Written: time.Now().UTC(),
			Format: env.opt.format, Unsupported: set.unsupported}
		for i, res := range results {
			switch {
			case res != nil && !res.cancelled:
				m.Entries = append(m.Entries, res.entry)
			case env.cache != nil:
				// Not reached: what an earlier run wrote is still there.
				if old, ok := env.cache[inputs[i].name]; ok {
					m.Entries = append(m.Entries, old)
				}
			}
		}
		if err := saveManifest(env.root, m); err != nil {
			return &fileError{cfg.outDir, fmt.Errorf("writing the manifest: %w", err)}
		}
		if cfg.shards == 1 {
			if _, err := writeIndex(env.root); err != nil {
				return &fileError{cfg.outDir, fmt.Errorf("writing the index: %w", err)}
			}
		}
	}
	if summary {
		msg := fmt.Sprintf("brief: %d written, %d up to date, %d failed", written, unchanged, failed)
		if len(set.unsupported) > 0 {
			msg += fmt.Sprintf(", %d skipped (not a document type)", len(set.unsupported))
		}
		if pruned > 0 {
			msg += fmt.Sprintf(", %d removed (input deleted)", pruned)
		}
		switch {
		case cfg.outDir != "" && cfg.shards == 1:
			msg += "; index: " + cfg.outDir + "/" + indexMarkdown
		case cfg.outDir != "":
			msg += "; when all shards are done: brief index " + cfg.outDir
		}
		fmt.Fprintln(stderr, msg)
	}
	if interrupted {
		return cli.Exit("interrupted", 130)
	}
	if failed+pruneFailed > 0 {
		return errReported
	}
	return nil
}

// writeNDJSON prints the line of one input: its Brief, or its error.
func writeNDJSON(w io.Writer, res *batchResult) error {
	if res.cancelled {
		return nil
	}
	line := res.line
	if res.entry.Error != "" {
		b, _ := json.Marshal(struct {
			Source string `json:"source"`
			Error  string `json:"error"`
		}{res.entry.Source, res.entry.Error})
		line = append(b, '\n')
	}
	_, err := w.Write(line)
	return err
}
