// Command trainlong fits the long-document rankers of package rank:
// "report" on the official reports of the long-document sets (crs_dev),
// "bill" on the bills (billsum_dev) and "transcript" on the meetings
// (qmsum_dev).
//
// Each raw text is read with summarize.Parse, as the CLI reads it; each
// sentence of the training half (rank.InTrainingHalf of the row id) is
// labelled by a greedy ROUGE oracle under the row's word budget (or, with
// -top, as one of the sentences sharing most words with the reference: the
// better target for meetings, whose references are abstractive); features
// come from rank.LongFeatures (the code the rankers run); the model is an
// L2-penalised logistic regression (internal/fit). The run is
// deterministic. It then prints ROUGE-1/2/Lsum of the fitted model and of
// LEAD on both halves, scored with internal/rouge.
//
// Usage (from internal/rank, as go generate runs it):
//
//	go run ../cmd/trainlong -eval ../../../shared/eval -ranker report -out report.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/brief-dev/brief/internal/fit"
	"github.com/brief-dev/brief/internal/longeval"
	"github.com/brief-dev/brief/internal/rank"
	"github.com/brief-dev/brief/internal/rouge"
	"github.com/brief-dev/brief/summarize"
)

// corporaOf are the sets each ranker is fitted on.
var corporaOf = map[string][]string{
	"report":     {"crs"},
	"bill":       {"billsum"},
	"transcript": {"qmsum"},
}

var (
	committeeWeight = 1.0
	labelTop        = 0.0 // > 0: label the top share of sentences by reference-word precision instead of the oracle
)

// example is one parsed row.
type example struct {
	corpus string
	row    longeval.Row
	doc    *rank.Doc
}

func main() {
	var (
		evalDir = flag.String("eval", "../shared/eval", "directory holding long/*_dev.jsonl")
		ranker  = flag.String("ranker", "report", "report, bill or transcript")
		out     = flag.String("out", "", "where to write the fitted model (default: RANKER.json)")
		l2      = flag.Float64("l2", 1, "L2 penalty on the standardised weights (per training document)")
		sets    = flag.String("corpora", "", "comma-separated sets to fit on instead of the ranker's own")
		domain  = flag.String("domain", "", "fit only on QMSum meetings of this domain (Committee, Product, Academic)")
	)
	flag.Float64Var(&labelTop, "top", 0, "if > 0, label this share of sentences (by share of words in the reference) instead of the oracle")
	flag.Float64Var(&committeeWeight, "committee", 1, "weight of a QMSum committee sitting relative to another meeting")
	flag.Parse()
	corpora, ok := corporaOf[*ranker]
	if !ok {
		fatal(fmt.Errorf("unknown ranker %q", *ranker))
	}
	if *sets != "" {
		corpora = strings.Split(*sets, ",")
	}
	if *out == "" {
		*out = *ranker + ".json"
	}
	var all []*example
	for _, c := range corpora {
		f, err := os.Open(filepath.Join(*evalDir, "long", c+"_dev.jsonl"))
		if err != nil {
			fatal(err)
		}
		rows, err := longeval.Read(f)
		f.Close()
		if err != nil {
			fatal(fmt.Errorf("%s: %w", c, err))
		}
		for _, r := range rows {
			d, err := summarize.Parse([]byte(r.Text), summarize.ReadOptions{})
			if err != nil {
				fatal(fmt.Errorf("%s: %w", r.ID, err))
			}
			all = append(all, &example{corpus: c, row: r, doc: longeval.RankDoc(d)})
		}
	}
	fitOn := all
	if *domain != "" {
		fitOn = nil
		for _, e := range all {
			if e.row.Domain == *domain {
				fitOn = append(fitOn, e)
			}
		}
	}
	m := train(*ranker, corpora, fitOn, *l2)
	data, err := fit.WriteJSON(*out, m)
	if err != nil {
		fatal(err)
	}
	fmt.Printf("wrote %s (%d features)\n", *out, len(m.Features))
	for _, f := range m.Features {
		fmt.Printf("  %-14s %+8.4f\n", f.Name, f.Weight)
	}
	var written rank.Model
	if err := json.Unmarshal(data, &written); err != nil {
		fatal(err)
	}
	if err := written.Check(); err != nil {
		fatal(err)
	}
	report(all, corpora, &written)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "trainlong:", err)
	os.Exit(1)
}

// train labels the training half and fits the model.
func train(name string, corpora []string, all []*example, l2 float64) *rank.Model {
	sc := rouge.NewScorer()
	var trainSet []*example
	for _, e := range all {
		if e.row.Train() {
			trainSet = append(trainSet, e)
		}
	}
	type prepared struct {
		x [][]float64
		y []bool
	}
	prep := make([]prepared, len(trainSet))
	fit.Parallel(len(trainSet), func(i int) {
		e := trainSet[i]
		texts := make([]string, len(e.doc.Sentences))
		words := make([]int, len(texts))
		for j, s := range e.doc.Sentences {
			texts[j] = s.Text
			words[j] = rank.CountWords(s.Text)
		}
		y := fit.Oracle(sc, e.row.Reference, texts, 0, words, e.row.Budget)
		if labelTop > 0 {
			y = topPrecision(sc, e.row.Reference, texts, labelTop)
		}
		prep[i] = prepared{rank.LongFeatures(e.doc), y}
	})
	var (
		ys, ws []float64
		rows   [][]float64
	)
	ndocs := map[string]int{}
	for i, e := range trainSet {
		ndocs[e.corpus]++
		// Each document weighs the same whatever its length.
		w := 100 / float64(max(len(e.doc.Sentences), 1))
		if e.row.Domain == "Committee" {
			w *= committeeWeight
		}
		fit.AddDocument(&rows, &ys, &ws, prep[i].x, prep[i].y, w)
	}
	icpt, weights, mean, scale := fit.Logistic(rows, ys, ws, l2*float64(len(trainSet)))
	var counts []string
	for _, c := range corpora {
		counts = append(counts, fmt.Sprintf("%s_dev.jsonl (%d training documents)", c, ndocs[c]))
	}
	m := &rank.Model{
		Ranker:      name,
		FeatureSet:  "long",
		Description: "Logistic regression over sentence and long-document features; the score is the log-odds that a sentence belongs to a greedy-oracle extract within the reference's word budget.",
		Training:    "shared/eval long-document sets, raw text read by summarize.Parse: " + strings.Join(counts, ", "),
		Split:       "training half only: documents whose id has an even FNV-1a 32-bit hash (rank.InTrainingHalf)",
		Labels:      labelsNote(),
		Weights:     "each document weighs 100/sentences per sentence, so every document counts the same",
		Fit:         fmt.Sprintf("Newton's method on the L2-penalised log-likelihood of standardised features, penalty %g per training document, intercept unpenalised", l2),
		Intercept:   fit.Round(icpt),
	}
	for k, n := range rank.LongFeatureNames() {
		m.Features = append(m.Features, rank.ModelFeature{Name: n, Weight: fit.Round(weights[k]), Mean: fit.Round(mean[k]), Scale: fit.Round(scale[k])})
	}
	return m
}

// labelsNote says how the training labels were made.
func labelsNote() string {
	if labelTop > 0 {
		return fmt.Sprintf("1 for the %g of sentences of at least six tokens whose stemmed tokens are most often in the reference (unigram precision), else 0: meetings' references are abstractive, and the few oracle sentences are a noisy target", labelTop)
	}
	return "1 for sentences of the greedy oracle extract (add the sentence that most improves ROUGE-1 F1 + ROUGE-2 F1 against the reference while it improves and fits the reference's word budget), else 0"
}

// report prints ROUGE of LEAD and the model on each corpus and half.
func report(all []*example, corpora []string, m *rank.Model) {
	sc := rouge.NewScorer()
	lead, _ := rank.Lookup("lead")
	fmt.Printf("\n%-8s %-10s %-15s %5s %6s %6s %6s\n", "corpus", "ranker", "half", "docs", "R-1", "R-2", "R-Lsum")
	for _, c := range corpora {
		var ex []*example
		for _, e := range all {
			if e.corpus == c {
				ex = append(ex, e)
			}
		}
		for _, r := range []rank.Ranker{lead, m} {
			scores := make([]rouge.Scores, len(ex))
			fit.Parallel(len(ex), func(i int) {
				e := ex[i]
				picks, _ := rank.Choose(e.doc, r, rank.Budget{Words: e.row.Budget})
				lines := make([]string, len(picks))
				for j, p := range picks {
					lines[j] = e.doc.Sentences[p.Index].Text
				}
				scores[i] = sc.Compare(e.row.Reference, strings.Join(lines, "\n"))
			})
			groups := []string{"train", "test"}
			if c == "qmsum" {
				groups = append(groups, "Committee/train", "Committee/test", "Committee")
			}
			for _, half := range groups {
				var s [3]float64
				n := 0
				for i, e := range ex {
					dom, h, _ := strings.Cut(half, "/")
					if !strings.Contains(half, "/") && half != "Committee" {
						dom, h = "", half
					}
					if dom != "" && e.row.Domain != dom || h != "" && e.row.Train() != (h == "train") {
						continue
					}
					s[0] += scores[i].R1.F1
					s[1] += scores[i].R2.F1
					s[2] += scores[i].RLsum.F1
					n++
				}
				k := 100 / float64(max(n, 1))
				fmt.Printf("%-8s %-10s %-15s %5d %6.2f %6.2f %6.2f\n", c, r.Name(), half, n, s[0]*k, s[1]*k, s[2]*k)
			}
		}
	}
}

// topPrecision labels the share top of sentences (of at least six tokens)
// whose tokens are most often in the reference.
func topPrecision(sc *rouge.Scorer, reference string, texts []string, top float64) []bool {
	ref := map[string]bool{}
	for _, t := range sc.Tokenize(reference) {
		ref[t] = true
	}
	type sp struct {
		i int
		p float64
	}
	var c []sp
	for i, s := range texts {
		toks := sc.Tokenize(s)
		if len(toks) < 6 {
			continue
		}
		hit := 0
		for _, t := range toks {
			if ref[t] {
				hit++
			}
		}
		c = append(c, sp{i, float64(hit) / float64(len(toks))})
	}
	sort.SliceStable(c, func(a, b int) bool { return c[a].p > c[b].p })
	label := make([]bool, len(texts))
	for _, x := range c[:int(math.Ceil(top*float64(len(c))))] {
		label[x.i] = true
	}
	return label
}
