package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/brief-dev/brief/render"
	"github.com/brief-dev/brief/summarize"
)

func summarizeCommand() *cli.Command {
	return &cli.Command{
		Name:      "summarize",
		Aliases:   []string{"sum"},
		Usage:     "print the most important sentences of documents",
		UsageText: "brief summarize [options] [FILE|-]...\n   brief summarize --jsonl < corpus.jsonl > summaries.jsonl",
		Description: "Prints the chosen sentences one per line in document order. With no length option the\n" +
			"summary has a fifth of the sentences (3 to 7). --format json adds each sentence's index,\n" +
			"paragraph, section, byte offsets into the input, score and rank, and the document's title,\n" +
			"date and counts. --jsonl reads one JSON object per line ({\"id\", \"text\"} or {\"id\",\n" +
			"\"sentences\": [...]}, optional \"k\") and writes {\"id\", \"summary\": [...]} per line, in order,\n" +
			"using all cores; a bad line gives {\"id\", \"error\"} and exit code 1 at the end.",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output `FORMAT`: text or json"},
			&cli.BoolFlag{Name: "one-per-line", DisableDefaultText: true, Usage: "treat each input line as one sentence (pre-split text)"},
			&cli.BoolFlag{Name: "jsonl", DisableDefaultText: true, Usage: "corpus mode: JSON Lines in, JSON Lines out"},
		}, lengthFlags()...),
		Action: runSummarize,
	}
}

// lengthFlags are the options that size a summary, shared by the commands
// that summarise.
func lengthFlags() []cli.Flag {
	return []cli.Flag{
		&cli.IntFlag{Name: "sentences", Aliases: []string{"n"}, DefaultText: "a fifth, 3 to 7", Usage: "at most `N` sentences"},
		&cli.Float64Flag{Name: "ratio", DefaultText: "unset", Usage: "at most this `SHARE` (0-1) of the sentences"},
		&cli.IntFlag{Name: "words", DefaultText: "unset", Usage: "whole sentences within `W` words"},
		&cli.StringFlag{Name: "algorithm", Aliases: []string{"a"}, Value: summarize.Auto, Usage: "ranker `NAME`: " + strings.Join(summarize.Algorithms(), ", ") + " (auto: the one fitted for the document's kind)"},
		&cli.Int64Flag{Name: "max-bytes", Value: summarize.DefaultMaxBytes, Usage: "refuse inputs larger than `BYTES`"},
		kindFlag(),
	}
}

// summaryOptions reads the length flags, rejecting impossible values.
func summaryOptions(c *cli.Context) (summarize.Options, error) {
	opt := summarize.Options{
		Sentences: c.Int("sentences"),
		Ratio:     c.Float64("ratio"),
		Words:     c.Int("words"),
		Algorithm: c.String("algorithm"),
		Kind:      c.String("kind"),
	}
	switch {
	case opt.Sentences < 0:
		return opt, usagef("-n must be positive, not %d", opt.Sentences)
	case c.IsSet("sentences") && opt.Sentences == 0:
		return opt, usagef("-n must be positive")
	case c.IsSet("ratio") && !(opt.Ratio > 0 && opt.Ratio <= 1): // NaN too
		return opt, usagef("--ratio must be in (0, 1], not %v", opt.Ratio)
	case opt.Words < 0 || (c.IsSet("words") && opt.Words == 0):
		return opt, usagef("--words must be positive")
	case c.Int64("max-bytes") < 1:
		return opt, usagef("--max-bytes must be a positive number of bytes, not %d", c.Int64("max-bytes"))
	}
	if err := checkKind(opt.Kind); err != nil {
		return opt, err
	}
	if !slices.Contains(summarize.Algorithms(), opt.Algorithm) {
		return opt, usagef("unknown algorithm %q (have %s)", opt.Algorithm, strings.Join(summarize.Algorithms(), ", "))
	}
	return opt, nil
}

func runSummarize(c *cli.Context) error {
	opt, err := summaryOptions(c)
	if err != nil {
		return err
	}
	format := c.String("format")
	if format != "text" && format != "json" {
		return usagef("unknown format %q (want text or json)", format)
	}
	readOpt := summarize.ReadOptions{MaxBytes: c.Int64("max-bytes"), OnePerLine: c.Bool("one-per-line")}
	if c.Bool("jsonl") {
		if format != "text" {
			return usagef("--jsonl writes JSON Lines; drop --format")
		}
		return runCorpus(c, opt, readOpt)
	}
	out := bufio.NewWriter(c.App.Writer)
	defer out.Flush()
	inputs := inputsFrom(c.Args().Slice())
	failed := false
	for i, in := range inputs {
		d, err := readDocument(in, c.App.Reader, c.App.ErrWriter, readOpt)
		var s *summarize.Summary
		if err == nil {
			err = guarded(func() (err error) {
				s, err = summarize.Extract(d, opt)
				return err
			})
			if err != nil {
				err = &fileError{in.name, err}
			}
		}
		if err != nil {
			out.Flush()
			fmt.Fprintln(c.App.ErrWriter, "brief:", err)
			failed = true
			continue
		}
		switch format {
		case "json":
			err = render.SummaryJSON(out, in.name, d, s)
		default:
			if len(inputs) > 1 {
				if i > 0 {
					fmt.Fprintln(out)
				}
				fmt.Fprintf(out, "==> %s <==\n", in.name)
			}
			for _, p := range s.Picks {
				fmt.Fprintln(out, p.Text)
			}
		}
		if err != nil {
			return err
		}
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if failed {
		return errReported
	}
	return nil
}

// kindFlag is --kind, which overrides the detected kind of document.
func kindFlag() cli.Flag {
	return &cli.StringFlag{Name: "kind", Usage: "treat the document as `KIND` (" + strings.Join(summarize.Kinds(), ", ") + ") instead of detecting it"}
}

// checkKind refuses a --kind no ranker is chosen for.
func checkKind(k string) error {
	if k != "" && !slices.Contains(summarize.Kinds(), k) {
		return usagef("unknown kind %q (want %s)", k, strings.Join(summarize.Kinds(), ", "))
	}
	return nil
}
