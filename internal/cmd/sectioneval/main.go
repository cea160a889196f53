// Command sectioneval measures the sections a note has for each kind of
// document against the human summaries of the long-document development
// sets: are a report's findings and recommendations, a meeting's decisions
// and action items, a speech's announcements closer to what the summary's
// author kept than other sentences the note could have shown?
//
// For each section it reports, averaged over the section's items, the
// ROUGE-1 and ROUGE-2 precision of the item against the document's
// reference summary, beside two baselines drawn from the same documents:
// as many sentences as the section holds, taken next in the ranker's order
// after the summary's picks (what a note without the section would show
// next), and every sentence of the document.
//
//	go run ./internal/cmd/sectioneval -eval ../shared/eval -half test
//
// -share tries another briefing.Options.SectionTopShare; choose it on
// -half train.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/longeval"
	"github.com/brief-dev/brief/internal/rouge"
	"github.com/brief-dev/brief/summarize"
)

func main() {
	evalDir := flag.String("eval", "../shared/eval", "directory holding long/*_dev.jsonl")
	sets := flag.String("corpus", "crs,billsum,qmsum,ectsum,cnndm", "comma-separated sets (long/NAME_dev.jsonl, or cnndm and bbc of summaries/)")
	share := flag.Float64("share", briefing.DefaultSectionTopShare, "briefing.Options.SectionTopShare: the share of best-ranked sentences sections choose from")
	half := flag.String("half", "all", "documents: all, train (the rankers' training half) or test")
	flag.Parse()
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "set\tsection\tdocs\titems\tR-1 P\tR-2 P\tnext-ranked R-1 P\tR-2 P\tall sentences R-1 P\tR-2 P\t")
	for _, set := range strings.Split(*sets, ",") {
		path := filepath.Join(*evalDir, "long", set+"_dev.jsonl")
		if set == "cnndm" || set == "bbc" {
			path = filepath.Join(*evalDir, "summaries", set+"_dev.jsonl")
		}
		f, err := os.Open(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "sectioneval:", err)
			os.Exit(1)
		}
		rows, err := longeval.Read(f)
		f.Close()
		if err != nil {
			fmt.Fprintln(os.Stderr, "sectioneval:", set+":", err)
			os.Exit(1)
		}
		acc := map[string]*tally{}
		var order []string
		kinds := map[string]int{}
		for _, r := range rows {
			if *half != "all" && r.Train() != (*half == "train") {
				continue
			}
			d, err := summarize.Load(r.ID+".txt", []byte(r.Text), summarize.ReadOptions{})
			if err != nil {
				continue
			}
			sum, err := summarize.Extract(d, summarize.Options{})
			if err != nil {
				continue
			}
			b := briefing.New(d, sum, briefing.Options{SectionTopShare: *share})
			kinds[b.Kind]++
			for _, sec := range sections(b) {
				if len(sec.idx) == 0 {
					continue
				}
				t := acc[sec.name]
				if t == nil {
					t = &tally{}
					acc[sec.name] = t
					order = append(order, sec.name)
				}
				t.docs++
				for _, i := range sec.idx {
					t.add(&t.sec, r.Reference, d.Sentences[i].Text)
				}
				for _, i := range nextRanked(sum, b, len(sec.idx)) {
					t.add(&t.next, r.Reference, d.Sentences[i].Text)
				}
				for _, s := range d.Sentences {
					t.add(&t.all, r.Reference, s.Text)
				}
			}
		}
		fmt.Fprintf(os.Stderr, "%s: %d documents, kinds %v\n", set, len(rows), kinds)
		for _, name := range order {
			t := acc[name]
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t\n", set, name, t.docs, t.sec.n,
				t.sec.mean(0), t.sec.mean(1), t.next.mean(0), t.next.mean(1), t.all.mean(0), t.all.mean(1))
		}
	}
	tw.Flush()
}

type section struct {
	name string
	idx  []int
}

// sections are the kind's sections of b as sentence indices.
func sections(b *briefing.Brief) []section {
	items := func(its []briefing.Item) []int {
		var out []int
		for _, it := range its {
			out = append(out, it.Index)
		}
		return out
	}
	var outs, actions []int
	for _, o := range b.Outcomes {
		outs = append(outs, o.Index)
	}
	for _, a := range b.ActionItems {
		actions = append(actions, a.Index)
	}
	name := b.OutcomesHeading()
	if name == "" {
		name = "outcomes"
	}
	var bluf []int
	if b.BLUF != nil {
		bluf = []int{b.BLUF.Index}
	}
	return []section{{"bottom line", bluf},
		{"findings", items(b.Findings)}, {"recommendations", items(b.Recommendations)},
		{"announcements", items(b.Announcements)}, {strings.ToLower(name), outs},
		{"action items", actions}, {"key facts", items(b.KeyFacts)},
	}
}

// nextRanked returns the k best-scored sentences that are neither in the
// summary nor the bottom line.
func nextRanked(sum *summarize.Summary, b *briefing.Brief, k int) []int {
	shown := map[int]bool{}
	for _, p := range sum.Picks {
		shown[p.Index] = true
	}
	if b.BLUF != nil {
		shown[b.BLUF.Index] = true
	}
	idx := make([]int, len(sum.Scores))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(x, y int) bool { return sum.Scores[idx[x]] > sum.Scores[idx[y]] })
	idx = slices.DeleteFunc(idx, func(i int) bool { return shown[i] })
	return idx[:min(k, len(idx))]
}

// tally sums the precision of items of a section and of its baselines.
type tally struct {
	docs           int
	sec, next, all sums
}

type sums struct {
	n      int
	p1, p2 float64
}

func (s *sums) mean(which int) float64 {
	if s.n == 0 {
		return 0
	}
	if which == 0 {
		return 100 * s.p1 / float64(s.n)
	}
	return 100 * s.p2 / float64(s.n)
}

func (t *tally) add(s *sums, reference, text string) {
	sc := rouge.Compare(reference, text)
	s.n++
	s.p1 += sc.R1.Precision
	s.p2 += sc.R2.Precision
}
