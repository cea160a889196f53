package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/brief-dev/brief/internal/rank"
	"github.com/brief-dev/brief/internal/rouge"
	"github.com/brief-dev/brief/summarize"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:      "eval",
		Usage:     "score summaries of a corpus with ROUGE against reference summaries",
		UsageText: "brief eval --corpus FILE.jsonl [--algorithm NAME|all] [--subset all|train|test]",
		Description: "Summarises every row of a JSON Lines corpus ({\"id\", \"text\" or \"sentences\", \"reference\",\n" +
			"optional \"k\"}; the reference has one sentence per line) and prints ROUGE-1, ROUGE-2, ROUGE-L\n" +
			"and ROUGE-Lsum F1 (×100, mean over documents, with a bootstrap 95% interval) and the\n" +
			"summarisation speed in documents per second. ROUGE follows Google's rouge-score with\n" +
			"Porter stemming. --subset picks the half of the corpus the default ranker was fitted on\n" +
			"(train) or the other half (test).",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "corpus", Usage: "JSON Lines `FILE` with references"},
			&cli.StringFlag{Name: "algorithm", Aliases: []string{"a"}, Value: "default", Usage: "ranker `NAME` to score, or 'all': " + strings.Join(summarize.Algorithms(), ", ")},
			&cli.StringFlag{Name: "subset", Value: "all", Usage: "`PART` of the corpus: all, train or test"},
			&cli.IntFlag{Name: "sentences", Aliases: []string{"n"}, DefaultText: "3", Usage: "`N` sentences for rows without k"},
			&cli.BoolFlag{Name: "json", DisableDefaultText: true, Usage: "print the results as JSON"},
			&cli.StringFlag{Name: "preds", Usage: "also write the summaries to `FILE` ({\"id\", \"summary\"} rows, for other scorers)"},
		},
		Action: runEval,
	}
}

// evalDoc is one scored document.
type evalDoc struct {
	ID        json.RawMessage
	Reference string
	Summary   []string
	Err       error
}

// evalResult is the score of one algorithm.
type evalResult struct {
	Algorithm string                `json:"algorithm"`
	Docs      int                   `json:"docs"`
	Failed    int                   `json:"failed"`
	Scores    map[string][3]float64 `json:"scores"` // measure -> mean, low, high
	DocsPerS  float64               `json:"docs_per_second"`
}

var measures = []string{"rouge1", "rouge2", "rougeL", "rougeLsum"}

func runEval(c *cli.Context) error {
	subset := c.String("subset")
	if subset != "all" && subset != "train" && subset != "test" {
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
		return usagef("eval needs --corpus FILE.jsonl")
	}
	rows, err := loadCorpus(path, subset)
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
	var results []evalResult
	var preds *os.File
	if p := c.String("preds"); p != "" {
		if preds, err = os.Create(p); err != nil {
			return err
		}
		defer preds.Close()
	}
	for _, alg := range algs {
		docs, elapsed := summarizeCorpus(rows, summarize.Options{Sentences: k, Algorithm: alg})
		res := scoreCorpus(alg, docs, elapsed)
		for _, d := range docs {
			if d.Err != nil {
				fmt.Fprintf(c.App.ErrWriter, "brief: %s: id %s: %v\n", path, d.ID, d.Err)
			}
		}
		results = append(results, res)
		if preds != nil && alg == algs[0] {
			if err := writePreds(preds, docs); err != nil {
				return err
			}
		}
	}
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		return enc.Encode(results)
	}
	tw := tabwriter.NewWriter(c.App.Writer, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "corpus %s, %s: %d documents\n", path, subset, len(rows))
	fmt.Fprintln(tw, "algorithm\tR-1\tR-2\tR-L\tR-Lsum\tdocs/s\t")
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t", r.Algorithm)
		for _, m := range measures {
			s := r.Scores[m]
			fmt.Fprintf(tw, "%.2f [%.2f, %.2f]\t", s[0], s[1], s[2])
		}
		fmt.Fprintf(tw, "%.0f\t\n", r.DocsPerS)
	}
	return tw.Flush()
}

// loadCorpus reads the rows of a corpus that belong to subset.
func loadCorpus(path, subset string) ([]corpusRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	defer f.Close()
	var rows []corpusRow
	br := bufio.NewReaderSize(f, 1<<20)
	for no := 1; ; no++ {
		line, err := readLine(br, summarize.DefaultMaxBytes)
		if len(strings.TrimSpace(string(line))) > 0 {
			var row corpusRow
			if err := json.Unmarshal(line, &row); err != nil {
				return nil, fmt.Errorf("line %d: %v", no, err)
			}
			var id string
			if json.Unmarshal(row.ID, &id) != nil {
				id = string(row.ID)
			}
			if subset == "all" || rank.InTrainingHalf(id) == (subset == "train") {
				rows = append(rows, row)
			}
		}
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", no, err)
		}
	}
}

// summarizeCorpus summarises every row on all cores and returns the
// summaries in row order with the wall-clock time it took.
func summarizeCorpus(rows []corpusRow, opt summarize.Options) ([]evalDoc, time.Duration) {
	docs := make([]evalDoc, len(rows))
	start := time.Now()
	parallel(len(rows), func(i int) {
		summary, err := summarizeRow(&rows[i], opt, summarize.ReadOptions{})
		ref, refErr := rows[i].reference()
		if err == nil {
			err = refErr
		}
		docs[i] = evalDoc{ID: rows[i].ID, Reference: ref, Summary: summary, Err: err}
	})
	return docs, time.Since(start)
}

// parallel runs fn(0..n-1) on all cores.
func parallel(n int, fn func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int, 256)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

func scoreCorpus(alg string, docs []evalDoc, elapsed time.Duration) evalResult {
	per := make([][4]float64, len(docs))
	scorers := make(chan *rouge.Scorer, runtime.GOMAXPROCS(0))
	for range cap(scorers) {
		scorers <- rouge.NewScorer()
	}
	parallel(len(docs), func(i int) {
		sc := <-scorers
		s := sc.Compare(docs[i].Reference, strings.Join(docs[i].Summary, "\n"))
		scorers <- sc
		per[i] = [4]float64{s.R1.F1, s.R2.F1, s.RL.F1, s.RLsum.F1}
	})
	res := evalResult{Algorithm: alg, Docs: len(docs), Scores: map[string][3]float64{}}
	for _, d := range docs {
		if d.Err != nil {
			res.Failed++
		}
	}
	for m, name := range measures {
		vals := make([]float64, len(per))
		for i := range per {
			vals[i] = per[i][m] * 100
		}
		mean, lo, hi := rouge.Bootstrap(vals)
		res.Scores[name] = [3]float64{mean, lo, hi}
	}
	res.DocsPerS = float64(len(docs)) / elapsed.Seconds()
	return res
}

func writePreds(w io.Writer, docs []evalDoc) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		if err := enc.Encode(struct {
			ID      json.RawMessage `json:"id"`
			Summary string          `json:"summary"`
		}{d.ID, strings.Join(d.Summary, "\n")}); err != nil {
			return err
		}
	}
	return bw.Flush()
}
