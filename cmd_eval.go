package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/brief-dev/brief/internal/outfile"

	"github.com/brief-dev/brief/internal/eval"
	"github.com/brief-dev/brief/summarize"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:  "eval",
		Usage: "score summaries with ROUGE, or parties and outcomes against a gold set",
		UsageText: "brief eval --corpus FILE.jsonl [--algorithm NAME|all] [--subset all|train|test]\n" +
			"   brief eval --gold DIR [--score PRED.jsonl | --score-gold DIR2] [--per-doc] [--misses]",
		Description: "Summarises every row of a JSON Lines corpus ({\"id\", \"text\" or \"sentences\", \"reference\",\n" +
			"optional \"k\"}; the reference has one sentence per line) and prints ROUGE-1, ROUGE-2, ROUGE-L\n" +
			"and ROUGE-Lsum F1 (×100, mean over documents, with a bootstrap 95% interval) and the\n" +
			"summarisation speed in documents per second. ROUGE follows Google's rouge-score with\n" +
			"Porter stemming. --subset picks the half of the corpus the default ranker was fitted on\n" +
			"(train) or the other half (test).\n\n" +
			"With --gold, scores the persons (and their roles), organisations, countries and outcomes of\n" +
			"brief's notes on the annotated documents in DIR (NN.json with NN.txt, or NAME.gold.json with\n" +
			"NAME.txt) by the rules of the gold sets' scorer, gold_score.py, and prints its report.\n" +
			"--score scores the predictions in a file (gold_score.py's JSON Lines format) instead;\n" +
			"--score-gold scores a second annotation of the same documents (inter-annotator agreement);\n" +
			"--misses lists what was missed or wrong in each document.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "corpus", Usage: "JSON Lines `FILE` with references"},
			&cli.StringFlag{Name: "algorithm", Aliases: []string{"a"}, Value: "default", Usage: "ranker `NAME` to score, or 'all': " + strings.Join(summarize.Algorithms(), ", ")},
			&cli.StringFlag{Name: "subset", Value: "all", Usage: "`PART` of the corpus: all, train or test"},
			&cli.IntFlag{Name: "sentences", Aliases: []string{"n"}, DefaultText: "3", Usage: "`N` sentences for rows without k"},
			&cli.BoolFlag{Name: "json", DisableDefaultText: true, Usage: "print the results as JSON"},
			&cli.StringFlag{Name: "preds", Usage: "also write the summaries (with --gold: the predictions) to `FILE`, for other scorers"},
			&cli.StringFlag{Name: "gold", Usage: "score parties and outcomes against the gold set in `DIR`"},
			&cli.StringFlag{Name: "score", Usage: "with --gold: score the predictions in `FILE` instead of brief's"},
			&cli.StringFlag{Name: "score-gold", Usage: "with --gold: score another annotation of the same documents, in `DIR`, instead of brief's (inter-annotator agreement)"},
			&cli.BoolFlag{Name: "per-doc", DisableDefaultText: true, Usage: "with --gold: also print each document's counts"},
			&cli.BoolFlag{Name: "misses", DisableDefaultText: true, Usage: "with --gold: also list, document by document, what was missed or wrong"},
		},
		Action: runEval,
	}
}

func runEval(c *cli.Context) error {
	if c.IsSet("gold") {
		return runGoldEval(c)
	}
	if c.IsSet("score") || c.IsSet("score-gold") || c.IsSet("per-doc") || c.IsSet("misses") {
		return usagef("--score, --score-gold, --per-doc and --misses go with --gold DIR")
	}
	subset := c.String("subset")
	if !slices.Contains(eval.Subsets, subset) {
		return usagef("unknown subset %q (want all, train or test)", subset)
	}
	algs := []string{c.String("algorithm")}
	if algs[0] == "all" {
		algs = summarize.Algorithms()
	} else if !slices.Contains(summarize.Algorithms(), algs[0]) {
		return usagef("unknown algorithm %q (have %s, or all)", algs[0], strings.Join(summarize.Algorithms(), ", "))
	}
	path := c.String("corpus")
	if path == "" {
		return usagef("eval needs --corpus FILE.jsonl or --gold DIR")
	}
	failed := false
	rows, err := loadCorpus(path, subset, func(line int, err error) {
		fmt.Fprintf(c.App.ErrWriter, "brief: %s: line %d: %v (skipped)\n", outfile.Printable(path), line, err)
		failed = true
	})
	if err != nil {
		return &fileError{path, err}
	}
	if len(rows) == 0 {
		return &fileError{path, fmt.Errorf("no rows in subset %q", subset)}
	}
	k := c.Int("sentences")
	if k <= 0 {
		k = 3
	}
	var results []eval.Result
	var preds *os.File
	if p := c.String("preds"); p != "" {
		if preds, err = os.Create(p); err != nil {
			return err
		}
		defer preds.Close()
	}
	for _, alg := range algs {
		docs, elapsed := eval.SummarizeRows(rows, summarize.Options{Sentences: k, Algorithm: alg})
		res := eval.Score(alg, docs, elapsed)
		for _, d := range docs {
			if d.Err != nil {
				fmt.Fprintf(c.App.ErrWriter, "brief: %s: id %s: %v\n", outfile.Printable(path), d.ID, d.Err)
				failed = true
			}
		}
		results = append(results, res)
		if preds != nil && alg == algs[0] {
			if err := eval.WriteSummaries(preds, docs); err != nil {
				return err
			}
		}
	}
	if err := writeEvalResults(c, path, subset, len(rows), results); err != nil {
		return err
	}
	if failed {
		return errReported // the lines and documents left out were named above
	}
	return nil
}

// writeEvalResults prints the ROUGE table, or the results as JSON.
func writeEvalResults(c *cli.Context, path, subset string, n int, results []eval.Result) error {
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		return enc.Encode(results)
	}
	tw := tabwriter.NewWriter(c.App.Writer, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "corpus %s, %s: %d documents\n", path, subset, n)
	fmt.Fprintln(tw, "algorithm\tR-1\tR-2\tR-L\tR-Lsum\tdocs/s\t")
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t", r.Algorithm)
		for _, m := range eval.Measures {
			s := r.Scores[m]
			fmt.Fprintf(tw, "%.2f [%.2f, %.2f]\t", s[0], s[1], s[2])
		}
		fmt.Fprintf(tw, "%.0f\t\n", r.DocsPerS)
	}
	return tw.Flush()
}

// loadCorpus reads the rows of the corpus file that belong to subset.
func loadCorpus(path, subset string, bad func(line int, err error)) ([]eval.Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	defer f.Close()
	return eval.ReadCorpus(f, subset, bad)
}

// runGoldEval is "brief eval --gold DIR": brief's notes, or the
// predictions of --score, scored against the gold set.
func runGoldEval(c *cli.Context) error {
	if c.IsSet("corpus") || c.IsSet("algorithm") || c.IsSet("subset") || c.IsSet("sentences") {
		return usagef("--gold scores notes; --corpus, --algorithm, --subset and --sentences go with ROUGE")
	}
	if (c.IsSet("score") || c.IsSet("score-gold")) && c.IsSet("preds") {
		return usagef("--preds writes brief's predictions; with --score or --score-gold there are none")
	}
	dir := c.String("gold")
	fsys := os.DirFS(dir)
	gold, err := eval.ReadGold(fsys)
	if err != nil {
		return goldFileError(dir, err)
	}
	if c.IsSet("score") && c.IsSet("score-gold") {
		return usagef("--score and --score-gold each give the predictions: choose one")
	}
	var preds map[string]eval.Prediction
	if other := c.String("score-gold"); other != "" {
		second, err := eval.ReadGold(os.DirFS(other))
		if err != nil {
			return goldFileError(other, err)
		}
		preds = map[string]eval.Prediction{}
		for _, g := range second {
			preds[g.ID] = eval.FromGold(g)
		}
	} else if name := c.String("score"); name != "" {
		f, err := os.Open(name)
		if err != nil {
			return &fileError{name, unwrapPathError(err)}
		}
		defer f.Close()
		if preds, err = eval.ReadPredictions(f); err != nil {
			return &fileError{name, err}
		}
	} else if preds, err = eval.PredictGold(fsys, gold); err != nil {
		return goldFileError(dir, err)
	}
	if name := c.String("preds"); name != "" {
		if err := writePredictions(name, gold, preds); err != nil {
			return &fileError{name, err}
		}
	}
	rep := eval.ScoreGold(gold, preds)
	if n := len(rep.Unknown); n > 0 {
		fmt.Fprintf(c.App.ErrWriter, "brief: %s: %d predictions for no document of the gold set, ignored: %s\n",
			c.String("score"), n, strings.Join(rep.Unknown[:min(n, 5)], ", "))
	}
	if c.Bool("json") {
		if c.Bool("misses") {
			return usagef("--misses lists text; drop --json")
		}
		return rep.WriteJSON(c.App.Writer, c.Bool("per-doc"))
	}
	if err := rep.WriteText(c.App.Writer, c.Bool("per-doc")); err != nil || !c.Bool("misses") {
		return err
	}
	fmt.Fprintln(c.App.Writer)
	return rep.WriteMisses(c.App.Writer)
}

// writePredictions writes the predictions as JSON Lines in the gold set's
// order.
func writePredictions(name string, gold []eval.GoldDoc, preds map[string]eval.Prediction) error {
	f, err := os.Create(name)
	if err != nil {
		return unwrapPathError(err)
	}
	err = eval.WritePredictions(f, gold, preds)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// goldFileError names the file of the gold set in dir that err is about.
func goldFileError(dir string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path != "." {
		return &fileError{filepath.Join(dir, pe.Path), unwrapPathError(pe.Err)}
	}
	return &fileError{dir, unwrapPathError(err)}
}
