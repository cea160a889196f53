// Command trainkind fits the document-kind classifier of package kind and
// reports its accuracy on held-out documents.
//
// Each development set stands for one kind: the meetings of
// long/qmsum_dev.jsonl and the press briefings of testdata/kinds/transcript
// are transcripts; the speeches of testdata/kinds/speech and the prepared
// remarks of earnings calls (long/ectsum_dev.jsonl) are speeches; bills
// (long/billsum_dev.jsonl), CRS reports (long/crs_dev.jsonl), news stories
// (summaries/cnndm_dev.jsonl and bbc_dev.jsonl, and the stories of four
// other publishers in testdata/kinds/news-train) and readouts and press
// releases (briefing/dev, testdata/whitehouse and the releases of eleven
// publishers in testdata/corpus). A set that keeps titles apart has them
// put back on the first line. Documents whose id is in the training half
// (rank.InTrainingHalf) are fitted on; the rest are held out. Each kind
// weighs the same in the fit whatever its number of documents, and within
// a kind a large source counts for more than a small one but not in
// proportion (srcWeight). Every document is also fitted and measured
// hard-wrapped at 80 columns without blank lines, as PDF text comes. The
// run is deterministic.
//
// With -loso it also measures how the news class carries over to a
// publisher it has not seen: for each news source, a model fitted without
// it classifies all of its documents. With -measure it reports on an
// existing model file instead of fitting one.
//
// Usage (from internal/kind, as go generate runs it):
//
//	go run ../cmd/trainkind -eval ../../../shared/eval -testdata ../../testdata -out model.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/brief-dev/brief/internal/fit"
	"github.com/brief-dev/brief/internal/kind"
	"github.com/brief-dev/brief/internal/rank"
)

type doc struct {
	id, source string
	kind       kind.Kind
	x          []float64
	train      bool
	lowered    bool // the set lower-cased the text (CNN/DailyMail)
}

func main() {
	var (
		evalDir  = flag.String("eval", "../shared/eval", "the development data")
		testdata = flag.String("testdata", "testdata", "the repository's testdata (whitehouse/, kinds/)")
		out      = flag.String("out", "model.json", "where to write the model")
		l2       = flag.Float64("l2", 1, "L2 penalty on the standardised weights")
		verbose  = flag.Bool("v", false, "list the misclassified held-out documents")
		loso     = flag.Bool("loso", false, "also measure leave-one-source-out accuracy for the news sources")
		measure  = flag.String("measure", "", "measure this model file on the data instead of fitting one (nothing is written)")
	)
	flag.Parse()
	var docs []*doc
	add := func(id, source string, k kind.Kind, text string) {
		lowered := strings.ToLower(text) == text
		docs = append(docs, &doc{id: id, source: source, kind: k, x: kind.Features(text), train: rank.InTrainingHalf(id), lowered: lowered})
		// The same text hard-wrapped at 80 columns without blank lines, as
		// text taken from a PDF comes, in the same half as the original:
		// the kind must not hang on the line layout of one source.
		if w := wrap(text, 80); w != text {
			docs = append(docs, &doc{id: id + "#wrapped", source: source + " (wrapped)", kind: k, x: kind.Features(w), train: rank.InTrainingHalf(id), lowered: lowered})
		}
	}
	for _, s := range []struct {
		file string
		kind kind.Kind
	}{
		{"long/qmsum_dev.jsonl", kind.Transcript},
		{"long/ectsum_dev.jsonl", kind.Speech},
		{"long/billsum_dev.jsonl", kind.Bill},
		{"long/crs_dev.jsonl", kind.Report},
		{"summaries/cnndm_dev.jsonl", kind.News},
		{"summaries/bbc_dev.jsonl", kind.News},
	} {
		if err := readJSONL(filepath.Join(*evalDir, s.file), func(id, text string) { add(id, s.file, s.kind, text) }); err != nil {
			fatal(err)
		}
	}
	for _, s := range []struct {
		glob string
		kind kind.Kind
	}{
		{"briefing/dev/*.txt", kind.Readout},
		{"testdata/whitehouse/*.txt", kind.Readout},
		{"testdata/corpus/*/*.txt", kind.Readout},
		{"testdata/kinds/speech/*.txt", kind.Speech},
		{"testdata/kinds/transcript/*.txt", kind.Transcript},
		{"testdata/kinds/news-train/*/*.txt", kind.News},
	} {
		dir := *evalDir
		prefix := ""
		if rest, ok := strings.CutPrefix(s.glob, "testdata/"); ok {
			dir = *testdata
			s.glob = rest
			prefix = "testdata/"
		}
		files, _ := filepath.Glob(filepath.Join(dir, s.glob))
		if len(files) == 0 {
			fatal(fmt.Errorf("no files match %s", s.glob))
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				fatal(err)
			}
			// The source is the file's folder: one publisher in the
			// corpus and news-train folders.
			rel, err := filepath.Rel(dir, filepath.Dir(f))
			if err != nil {
				fatal(err)
			}
			add(filepath.Base(filepath.Dir(f))+"/"+filepath.Base(f), prefix+filepath.ToSlash(rel), s.kind, string(b))
		}
	}

	imputeCase(docs)
	if *measure != "" {
		b, err := os.ReadFile(*measure)
		if err != nil {
			fatal(err)
		}
		m := new(kind.Model)
		if err := json.Unmarshal(b, m); err != nil {
			fatal(fmt.Errorf("%s: %v", *measure, err))
		}
		if err := m.Check(); err != nil {
			fatal(fmt.Errorf("%s: %v", *measure, err))
		}
		report(m, docs, *verbose)
		return
	}
	m := fitModel(docs, func(d *doc) bool { return d.train }, *l2)
	m.Training = trainingNote(docs)
	if err := m.Check(); err != nil {
		fatal(err)
	}
	if _, err := fit.WriteJSON(*out, m); err != nil {
		fatal(err)
	}
	fmt.Printf("wrote %s\n", *out)
	report(m, docs, *verbose)
	if *loso {
		leaveOneSourceOut(docs, *l2)
	}
}

// fitModel fits one logistic regression per kind on the documents for
// which use is true. Each kind weighs the same in the fit, and within a
// kind a source's documents weigh srcWeight each (the hard-wrapped copies
// count with their source), so that no one publisher's furniture decides
// a kind.
func fitModel(docs []*doc, use func(*doc) bool, l2 float64) *kind.Model {
	perKind := map[kind.Kind]map[string]bool{}
	perSource := map[string]int{}
	for _, d := range docs {
		if use(d) {
			if perKind[d.kind] == nil {
				perKind[d.kind] = map[string]bool{}
			}
			perKind[d.kind][baseSource(d.source)] = true
			perSource[baseSource(d.source)]++
		}
	}
	// A large source still counts for more than a small one, but not n
	// times more; then each kind is scaled to weigh 100.
	kindSum := map[kind.Kind]float64{}
	for _, d := range docs {
		if use(d) {
			kindSum[d.kind] += srcWeight(perSource[baseSource(d.source)])
		}
	}
	var xs [][]float64
	var ws []float64
	var train []*doc
	for _, d := range docs {
		if use(d) {
			train = append(train, d)
			xs = append(xs, d.x)
			ws = append(ws, 100/kindSum[d.kind]*srcWeight(perSource[baseSource(d.source)]))
		}
	}
	m := &kind.Model{
		Description: "One-vs-rest logistic regressions over text features (kind.Features); the probabilities are normalised to sum to 1.",
		Split:       "training half only: documents whose id has an even FNV-1a 32-bit hash (rank.InTrainingHalf)",
		Fit:         fmt.Sprintf("Newton's method on the L2-penalised log-likelihood of standardised features, penalty %g per kind, intercept unpenalised; each kind weighs the same, a document of a source of n documents 1/sqrt(n) within its kind", l2),
		Features:    kind.FeatureNames(),
	}
	for _, k := range kind.Kinds {
		ys := make([]float64, len(train))
		for i, d := range train {
			if d.kind == k {
				ys[i] = 1
			}
		}
		icpt, w, mean, scale := fit.Logistic(xs, ys, ws, l2*float64(len(kind.Kinds)))
		if m.Mean == nil {
			for i := range mean {
				m.Mean = append(m.Mean, fit.Round(mean[i]))
				m.Scale = append(m.Scale, fit.Round(scale[i]))
			}
		}
		c := kind.ClassModel{Kind: k, Intercept: fit.Round(icpt)}
		for _, v := range w {
			c.Weights = append(c.Weights, fit.Round(v))
		}
		m.Classes = append(m.Classes, c)
	}
	return m
}

// srcWeight is the weight of one document of a source of n documents
// before its kind is scaled: 1/sqrt(n). Weighing every document alike let
// the two large news sets (CNN/DailyMail, BBC) make the news class theirs;
// weighing every source alike let one borderline White House meeting
// transcript of fourteen outvote the qmsum meetings. The square root
// measured best of the three on held-out documents.
func srcWeight(n int) float64 { return 1 / math.Sqrt(float64(n)) }

// imputeCase gives the documents of a lower-cased set the mean share of
// upper-case letters of the cased documents of their kind. A lower-cased
// text says nothing about its case, and left at 0 the feature taught the
// news class that news has no capitals, which no real story satisfies.
func imputeCase(docs []*doc) {
	col := slices.Index(kind.FeatureNames(), "upper")
	if col < 0 {
		return
	}
	sum := map[kind.Kind]float64{}
	n := map[kind.Kind]int{}
	for _, d := range docs {
		if !d.lowered {
			sum[d.kind] += d.x[col]
			n[d.kind]++
		}
	}
	for _, d := range docs {
		if d.lowered && n[d.kind] > 0 {
			d.x[col] = sum[d.kind] / float64(n[d.kind])
		}
	}
}

// baseSource is a document's source without the mark of its hard-wrapped
// copy.
func baseSource(s string) string { return strings.TrimSuffix(s, " (wrapped)") }

// leaveOneSourceOut measures how the news and readout classes carry over
// to a publisher they have never seen: for each source of news stories and
// of readouts and releases it fits a model on the training half of every
// other source and classifies all of that source's documents (both
// halves, as written and hard-wrapped). For news sources it also reports
// how many held-out readouts that model takes for news, and for readout
// sources how many of the left-out documents it takes for news.
func leaveOneSourceOut(docs []*doc, l2 float64) {
	for _, k := range []kind.Kind{kind.News, kind.Readout} {
		var sources []string
		seen := map[string]bool{}
		for _, d := range docs {
			if s := baseSource(d.source); d.kind == k && !seen[s] {
				seen[s] = true
				sources = append(sources, s)
			}
		}
		sort.Strings(sources)
		fmt.Printf("\nleave one source out (%s): fitted without the source, tested on all its documents\n", k)
		last := "held-out readouts taken for news"
		if k == kind.Readout {
			last = ""
		}
		fmt.Printf("%-42s %5s %8s  %-34s  %s\n", "source left out", "docs", k, "taken for", last)
		var right, n int
		for _, s := range sources {
			m := fitModel(docs, func(d *doc) bool { return d.train && baseSource(d.source) != s }, l2)
			sRight, sN := 0, 0
			wrong := map[kind.Kind]int{}
			ro, roNews := 0, 0
			for _, d := range docs {
				r := m.Classify(d.x)
				if baseSource(d.source) == s {
					sN++
					if r.Kind == k {
						sRight++
					} else {
						wrong[r.Kind]++
					}
				}
				if d.kind == kind.Readout && !d.train && baseSource(d.source) != s {
					ro++
					if r.Kind == kind.News {
						roNews++
					}
				}
			}
			right += sRight
			n += sN
			var parts []string
			for _, k := range kind.Kinds {
				if wrong[k] > 0 {
					parts = append(parts, fmt.Sprintf("%s %d", k, wrong[k]))
				}
			}
			extra := ""
			if k == kind.News {
				extra = fmt.Sprintf("%d/%d", roNews, ro)
			}
			fmt.Printf("%-42s %5d %7.1f%%  %-34s  %s\n", s, sN, 100*float64(sRight)/float64(max(sN, 1)), strings.Join(parts, ", "), extra)
		}
		fmt.Printf("%-42s %5d %7.1f%%\n", "all", n, 100*float64(right)/float64(max(n, 1)))
	}
}

func trainingNote(docs []*doc) string {
	perKind := map[kind.Kind]int{}
	for _, d := range docs {
		if d.train && !strings.HasSuffix(d.source, " (wrapped)") {
			perKind[d.kind]++
		}
	}
	var parts []string
	for _, k := range kind.Kinds {
		parts = append(parts, fmt.Sprintf("%s %d", k, perKind[k]))
	}
	return "training documents per kind (each also hard-wrapped): " + strings.Join(parts, ", ") +
		" (transcript: long/qmsum_dev.jsonl and testdata/kinds/transcript; speech: testdata/kinds/speech and long/ectsum_dev.jsonl; bill: long/billsum_dev.jsonl; report: long/crs_dev.jsonl; news: summaries/cnndm_dev.jsonl and bbc_dev.jsonl, testdata/kinds/news-train; readout: briefing/dev, testdata/whitehouse and testdata/corpus)"
}

// report prints accuracy and the confusion of each source, train and
// held-out halves.
func report(m *kind.Model, docs []*doc, verbose bool) {
	type key struct {
		source string
		half   string
	}
	conf := map[key]map[kind.Kind]int{}
	var sources []string
	seen := map[string]bool{}
	correct := map[string]int{}
	total := map[string]int{}
	kindRight := map[kind.Kind]int{}
	kindTotal := map[kind.Kind]int{}
	for _, d := range docs {
		r := m.Classify(d.x)
		half := "test"
		if d.train {
			half = "train"
		}
		k := key{d.source, half}
		if conf[k] == nil {
			conf[k] = map[kind.Kind]int{}
		}
		conf[k][r.Kind]++
		if !seen[d.source] {
			seen[d.source] = true
			sources = append(sources, d.source)
		}
		total[half]++
		if half == "test" {
			kindTotal[d.kind]++
			if r.Kind == d.kind {
				kindRight[d.kind]++
			}
		}
		if r.Kind == d.kind {
			correct[half]++
		} else if verbose && half == "test" {
			fmt.Printf("  miss %s (%s): %s %.2f\n", d.id, d.kind, r.Kind, r.Confidence)
		}
	}
	sort.Strings(sources)
	fmt.Printf("\n%-42s %-5s %5s  predicted kinds\n", "source", "half", "docs")
	for _, s := range sources {
		for _, half := range []string{"train", "test"} {
			c := conf[key{s, half}]
			n := 0
			var parts []string
			for _, k := range kind.Kinds {
				if c[k] > 0 {
					parts = append(parts, fmt.Sprintf("%s %d", k, c[k]))
					n += c[k]
				}
			}
			fmt.Printf("%-42s %-5s %5d  %s\n", s, half, n, strings.Join(parts, ", "))
		}
	}
	fmt.Println("held-out accuracy by kind:")
	for _, k := range kind.Kinds {
		fmt.Printf("  %-10s %4d/%-4d = %5.1f%%\n", k, kindRight[k], kindTotal[k], 100*float64(kindRight[k])/float64(max(kindTotal[k], 1)))
	}
	for _, half := range []string{"train", "test"} {
		fmt.Printf("accuracy %s: %d/%d = %.1f%%\n", half, correct[half], total[half], 100*float64(correct[half])/float64(total[half]))
	}
}

// wrap joins each line's words into lines of at most width bytes (a longer
// word has a line of its own) and drops blank lines.
func wrap(text string, width int) string {
	var b strings.Builder
	for _, para := range strings.Split(text, "\n") {
		n := 0
		for _, w := range strings.Fields(para) {
			switch {
			case n == 0:
			case n+1+len(w) > width:
				b.WriteByte('\n')
				n = 0
			default:
				b.WriteByte(' ')
				n++
			}
			b.WriteString(w)
			n += len(w)
		}
		if n > 0 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func readJSONL(path string, f func(id, text string)) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var row struct{ ID, Title, Text string }
		if err := json.Unmarshal([]byte(line), &row); err != nil {
			return fmt.Errorf("%s:%d: %v", path, i+1, err)
		}
		// A set that stores the title apart (BBC) gets it back on the
		// first line, as every document the tool reads has one: without
		// it the news class learned that a news story has no title line.
		if row.Title != "" {
			row.Text = row.Title + "\n\n" + row.Text
		}
		f(row.ID, row.Text)
	}
	return nil
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "trainkind:", err)
	os.Exit(1)
}
