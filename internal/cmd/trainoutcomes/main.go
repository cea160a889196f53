// Command trainoutcomes fits the outcome model of package briefing on the
// annotated gold sets and reports how it does on publishers it was not
// fitted on.
//
// Each gold document is read and summarised as brief note does; every
// candidate sentence (briefing.OutcomeExamples) is labelled 1 when it
// matches one of the document's primary outcomes by the scorer's rule,
// 0 when it matches none of its primary or acceptable outcomes, and is left
// out when it matches only an acceptable one. The model is an L2-penalised
// logistic regression (internal/logit); its threshold is the one that
// maximises outcome F1 over the training documents.
//
// The figure to quote is leave-one-publisher-out: for each publisher, fit
// on the others, choose the threshold on them, and score the left-out
// publisher with the gold scorer (internal/eval). The final model is fitted
// on everything. Run from briefing/ by go generate:
//
//	go run ../internal/cmd/trainoutcomes -out outcome_model.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/eval"
	"github.com/brief-dev/brief/internal/fit"
	"github.com/brief-dev/brief/summarize"
)

func main() {
	var (
		out  = flag.String("out", "", "write the model fitted on every document to `FILE`")
		l2   = flag.Float64("l2", 0.05, "L2 penalty on the standardised weights, per training document")
		lopo = flag.Bool("lopo", true, "report the leave-one-publisher-out figures (slow: one fit per publisher)")
		gate = flag.Bool("gate", true, "fit the document gate that decides whether a document records any outcome")
		sets = flag.String("gold", "../../shared/eval/briefing/dev,../testdata/whitehouse,../testdata/corpus/*", "comma-separated gold folders (globs allowed)")
	)
	flag.Parse()
	docs, err := load(*sets)
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainoutcomes:", err)
		os.Exit(1)
	}
	pubs := publishers(docs)
	fmt.Printf("%d documents from %d publishers\n", len(docs), len(pubs))

	if *lopo {
		leaveOnePublisherOut(docs, pubs, *l2, *gate)
	}
	if *out != "" {
		m := fitModel(docs, *l2, *gate)
		m.Training = fmt.Sprintf("%d annotated documents from %d publishers: %s", len(docs), len(pubs), strings.Join(pubs, ", "))
		data, err := json.MarshalIndent(m, "", "  ")
		if err == nil {
			err = os.WriteFile(*out, append(data, '\n'), 0o644)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "trainoutcomes:", err)
			os.Exit(1)
		}
	}
}

// leaveOnePublisherOut prints, for each publisher, the outcomes of the
// model fitted on the other publishers, and the whole.
func leaveOnePublisherOut(docs []*doc, pubs []string, l2 float64, gate bool) {
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "publisher\tdocs\tthreshold\tP\tR\tF1\tno-outcome picks\t")
	var all []scoredDoc
	for _, pub := range pubs {
		var train, test []*doc
		for _, d := range docs {
			if d.publisher == pub {
				test = append(test, d)
			} else {
				train = append(train, d)
			}
		}
		m := fitModel(train, l2, gate)
		got := predict(test, m)
		all = append(all, got...)
		t := score(got)
		row := fmt.Sprintf("%s\t%d\t%.3f\t%.1f\t%.1f\t%.1f\t%d\t", pub, len(test), m.Threshold, 100*t.Outcomes.P, 100*t.Outcomes.R, 100*t.Outcomes.F1, t.NoOutcomeDocs.Picks-t.NoOutcomeDocs.AcceptablePicks)
		fmt.Fprintln(tw, row)
	}
	t := score(all)
	row := fmt.Sprintf("all (micro)\t%d\t\t%.1f\t%.1f\t%.1f\t%d\t", len(docs), 100*t.Outcomes.P, 100*t.Outcomes.R, 100*t.Outcomes.F1, t.NoOutcomeDocs.Picks-t.NoOutcomeDocs.AcceptablePicks)
	fmt.Fprintln(tw, row)
	tw.Flush()
	fmt.Println("(P, R, F1: outcomes of each publisher predicted by the model fitted on the others; no-outcome picks: wrong picks on documents without outcomes)")
}

// doc is one annotated document, read and analysed once.
type doc struct {
	gold      eval.GoldDoc
	publisher string
	d         *summarize.Document
	sum       *summarize.Summary
	examples  []briefing.OutcomeExample
	labels    []float64 // 1, 0, or -1 for an acceptable-only sentence (left out)
}

// load reads every gold folder of sets and the text beside each
// annotation; annotations whose text is not there are skipped.
func load(sets string) ([]*doc, error) {
	var docs []*doc
	for _, pat := range strings.Split(sets, ",") {
		dirs, err := filepath.Glob(pat)
		if err != nil {
			return nil, err
		}
		for _, dir := range dirs {
			if st, err := os.Stat(dir); err != nil || !st.IsDir() {
				continue
			}
			if filepath.Base(dir) == "agreement" {
				continue // second annotations of documents already counted
			}
			fsys := os.DirFS(dir)
			gold, err := eval.ReadGold(fsys)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", dir, err)
			}
			for _, g := range gold {
				text, err := fs.ReadFile(fsys, g.ID+".txt")
				if err != nil {
					continue // the text is kept out of the repository
				}
				d, err := summarize.Load(g.ID+".txt", text, summarize.ReadOptions{})
				if err != nil {
					return nil, fmt.Errorf("%s/%s.txt: %w", dir, g.ID, err)
				}
				sum, err := summarize.Extract(d, summarize.Options{})
				if err != nil {
					return nil, err
				}
				x := &doc{gold: g, publisher: publisherOf(dir, g), d: d, sum: sum, examples: briefing.OutcomeExamples(d, sum)}
				for _, ex := range x.examples {
					x.labels = append(x.labels, label(ex.Text, g))
				}
				docs = append(docs, x)
			}
		}
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("no annotated documents in %s", sets)
	}
	return docs, nil
}

// label is 1 for a primary outcome, 0 for a sentence that is none, and
// -1 for one that is only acceptable.
func label(text string, g eval.GoldDoc) float64 {
	for _, o := range g.Outcomes {
		if eval.SameOutcome(text, o.Text) {
			return 1
		}
	}
	for _, o := range g.Acceptable {
		if eval.SameOutcome(text, o) {
			return -1
		}
	}
	return 0
}

// publisherOf names the publisher a document counts under: the folder of
// testdata/corpus and testdata/whitehouse, the source's publisher for the
// dev set, so that one publisher's documents in several sets are one.
func publisherOf(dir string, g eval.GoldDoc) string {
	name := filepath.Base(dir)
	if slug, ok := samePublisher[name]; ok {
		return slug
	}
	if name != "dev" {
		return name
	}
	p := g.Source.Publisher
	for key, slug := range map[string]string{
		"White House": "whitehouse", "European Parliament": "european-parliament",
		"United Nations": "united-nations-press", "Sri Lanka": "lk-pmd", "Press Information Bureau": "pib",
	} {
		if strings.Contains(p, key) {
			return slug
		}
	}
	return "dev"
}

// samePublisher names folders that hold one publisher under another name.
var samePublisher = map[string]string{
	"us-white-house": "whitehouse", "lk-presidential-media-division": "lk-pmd", "pmd": "lk-pmd",
	"india-pib": "pib", "cab": "lk-cabinet-decisions", "pkmofa": "pakistan-mofa",
}

func publishers(docs []*doc) []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range docs {
		if !seen[d.publisher] {
			seen[d.publisher] = true
			out = append(out, d.publisher)
		}
	}
	sort.Strings(out)
	return out
}

// fitModel fits the model on docs and chooses its threshold on them.
func fitModel(docs []*doc, l2 float64, gate bool) *briefing.OutcomeModel {
	var xs [][]float64
	var ys []float64
	for _, d := range docs {
		for i, ex := range d.examples {
			if d.labels[i] >= 0 {
				xs = append(xs, ex.Features)
				ys = append(ys, d.labels[i])
			}
		}
	}
	m := &briefing.OutcomeModel{
		Description:   "Logistic regression over general sentence features (cue families, modifiers, signal words, position, the ranker's score); the probability that a sentence states one of the document's key outcomes.",
		Labels:        "1 for a candidate sentence matching a primary outcome of the annotation (the gold scorer's rule), 0 for one matching no primary or acceptable outcome; sentences matching only an acceptable outcome are left out",
		Fit:           fmt.Sprintf("Newton's method on the L2-penalised log-likelihood of standardised features, penalty %g per training document, intercept unpenalised; threshold: the probability with the best outcome F1 on the training documents at a precision of at least 0.8", l2),
		LogisticModel: *logistic(briefing.OutcomeFeatureNames(), xs, ys, l2*float64(len(docs))),
	}
	// The threshold with the best F1 at a precision of at least 0.8 (a
	// note that lists wrong outcomes misleads more than one that lists
	// too few), or the best F1 if none reaches it.
	m.Threshold = bestThreshold(docs, m, &m.Threshold, 5, 13, 0.8)
	if gate {
		m.Gate = fitGate(docs, m, l2)
	}
	return m
}

// fitGate fits the document gate of the sentence model m on docs: a
// logistic regression of whether a document records an outcome, its
// threshold the one with the best outcome F1 on docs (0: the gate never
// closes, when no threshold helps).
func fitGate(docs []*doc, m *briefing.OutcomeModel, l2 float64) *briefing.LogisticModel {
	var xs [][]float64
	var ys []float64
	for _, d := range docs {
		xs = append(xs, briefing.OutcomeGateFeatures(d.d, d.sum, m))
		y := 1.0
		if len(d.gold.Outcomes) == 0 {
			y = 0
		}
		ys = append(ys, y)
	}
	g := logistic(briefing.OutcomeGateFeatureNames(), xs, ys, l2*float64(len(docs)))
	m.Gate = g
	g.Threshold = bestThreshold(docs, m, &g.Threshold, 0, 12, 0)
	m.Gate = nil
	return g
}

// logistic fits a logistic regression of ys on the rows xs, every row
// weighing the same, as a model over the named features (rounded to six
// decimals so that the model file stays readable).
func logistic(names []string, xs [][]float64, ys []float64, lambda float64) *briefing.LogisticModel {
	ws := make([]float64, len(ys))
	for i := range ws {
		ws[i] = 1
	}
	intercept, weights, mean, scale := fit.Logistic(xs, ys, ws, lambda)
	lm := &briefing.LogisticModel{Intercept: fit.Round(intercept)}
	for k, name := range names {
		lm.Features = append(lm.Features, briefing.OutcomeFeature{Name: name, Weight: fit.Round(weights[k]), Mean: fit.Round(mean[k]), Scale: fit.Round(scale[k])})
	}
	return lm
}

// bestThreshold tries *th = from/20 … to/20 with m predicting docs and
// returns the one with the best outcome F1 among those whose precision is
// at least minP, or the best F1 of all when none is; the first of equals.
func bestThreshold(docs []*doc, m *briefing.OutcomeModel, th *float64, from, to int, minP float64) float64 {
	best, bestTh, bestPrecise, bestPreciseTh := -1.0, float64(from)/20, -1.0, -1.0
	for step := from; step <= to; step++ {
		*th = float64(step) / 20
		t := score(predict(docs, m)).Outcomes
		if t.F1 > best+1e-9 {
			best, bestTh = t.F1, *th
		}
		if t.P >= minP && t.F1 > bestPrecise+1e-9 {
			bestPrecise, bestPreciseTh = t.F1, *th
		}
	}
	if bestPreciseTh >= 0 {
		return bestPreciseTh
	}
	return bestTh
}

// scoredDoc is a document's gold annotation and brief's prediction.
type scoredDoc struct {
	gold eval.GoldDoc
	pred eval.Prediction
}

// predict makes the prediction of each document with model m.
func predict(docs []*doc, m *briefing.OutcomeModel) []scoredDoc {
	out := make([]scoredDoc, len(docs))
	for i, d := range docs {
		b := briefing.New(d.d, d.sum, briefing.Options{OutcomeModel: m})
		out[i] = scoredDoc{d.gold, eval.FromBrief(d.gold.ID, b)}
	}
	return out
}

// score scores predictions with the gold scorer.
func score(docs []scoredDoc) eval.Totals {
	gold := make([]eval.GoldDoc, len(docs))
	preds := map[string]eval.Prediction{}
	for i, d := range docs {
		gold[i] = d.gold
		gold[i].ID = fmt.Sprint(i) // ids repeat across sets
		p := d.pred
		p.ID = gold[i].ID
		preds[p.ID] = p
	}
	return eval.ScoreGold(gold, preds).Total
}
