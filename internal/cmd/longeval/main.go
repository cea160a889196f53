// Command longeval prints ROUGE tables of every ranker on the long-document
// development sets (meetings, earnings calls, bills, reports): each raw text
// is read with summarize.Parse and summarised within its reference's word
// budget, as `brief summarize --words N` would, and scored with
// internal/rouge. Rows are split into a training half (rank.InTrainingHalf)
// and a held-out half; tune on "train", report "test".
//
// Usage (from the repository root):
//
//	go run ./internal/cmd/longeval -eval ../shared/eval [-corpus crs,billsum] [-algorithm default,report]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/brief-dev/brief/internal/longeval"
	"github.com/brief-dev/brief/internal/rouge"
	"github.com/brief-dev/brief/summarize"
)

func main() {
	var (
		evalDir = flag.String("eval", "../shared/eval", "directory holding long/*_dev.jsonl")
		corpora = flag.String("corpus", strings.Join(longeval.Corpora, ","), "comma-separated sets")
		algs    = flag.String("algorithm", "", "comma-separated rankers (default: all of summarize.Algorithms, after the sets' own LEAD)")
		limit   = flag.Int("limit", 0, "use the first N rows of each set (0: all)")
	)
	flag.Parse()
	names := append([]string{"lead-sentences"}, summarize.Algorithms()...)
	if *algs != "" {
		names = strings.Split(*algs, ",")
	}
	sc := rouge.NewScorer()
	for _, corpus := range strings.Split(*corpora, ",") {
		f, err := os.Open(filepath.Join(*evalDir, "long", corpus+"_dev.jsonl"))
		if err != nil {
			fatal(err)
		}
		rows, err := longeval.Read(f)
		f.Close()
		if err != nil {
			fatal(fmt.Errorf("%s: %w", corpus, err))
		}
		if *limit > 0 && *limit < len(rows) {
			rows = rows[:*limit]
		}
		groups := []group{
			{"train", func(r *longeval.Row) bool { return r.Train() }},
			{"test", func(r *longeval.Row) bool { return !r.Train() }},
			{"all", func(*longeval.Row) bool { return true }},
		}
		if corpus == "qmsum" {
			for _, dom := range []string{"Committee", "Product", "Academic"} {
				groups = append(groups,
					group{dom + "/train", func(r *longeval.Row) bool { return r.Domain == dom && r.Train() }},
					group{dom + "/test", func(r *longeval.Row) bool { return r.Domain == dom && !r.Train() }},
					group{dom, func(r *longeval.Row) bool { return r.Domain == dom }})
			}
		}
		fmt.Printf("\n%s (%d docs), R-1 / R-2 / R-Lsum F1×100, budget = reference words\n", corpus, len(rows))
		fmt.Printf("%-16s", "ranker")
		for _, g := range groups {
			fmt.Printf(" %20s", fmt.Sprintf("%s (%d)", g.name, count(rows, g.keep)))
		}
		fmt.Printf(" %7s %5s\n", "words", "fail")
		for _, name := range names {
			res := longeval.Run(rows, summarizer(name), sc)
			fmt.Printf("%-16s", name)
			var all longeval.Mean
			for _, g := range groups {
				m := longeval.Average(rows, res, g.keep)
				fmt.Printf(" %20s", fmt.Sprintf("%5.2f/%5.2f/%5.2f", m.R1, m.R2, m.RLsum))
				if g.name == "all" {
					all = m
				}
			}
			fmt.Printf(" %7.1f %5d\n", all.Wd, all.Failures)
		}
	}
}

type group struct {
	name string
	keep func(*longeval.Row) bool
}

func count(rows []longeval.Row, keep func(*longeval.Row) bool) int {
	n := 0
	for i := range rows {
		if keep(&rows[i]) {
			n++
		}
	}
	return n
}

// summarizer returns the summariser for a ranker name: "lead-sentences" is
// the sets' own LEAD on their canonical sentences (it reproduces their
// README), every other name reads the raw text as the CLI does.
func summarizer(name string) longeval.Summarizer {
	if name == "lead-sentences" {
		return func(r *longeval.Row) ([]string, error) { return longeval.Lead(r), nil }
	}
	return longeval.Raw(name)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "longeval:", err)
	os.Exit(1)
}
