// Command trainkind fits the document-kind classifier of package kind and
// reports its accuracy on held-out documents.
//
// Each development set stands for one kind: the meetings of
// long/qmsum_dev.jsonl and the press briefings of testdata/kinds/transcript
// are transcripts; the speeches of testdata/kinds/speech and the prepared
// remarks of earnings calls (long/ectsum_dev.jsonl) are speeches; bills
// (long/billsum_dev.jsonl), CRS reports (long/crs_dev.jsonl), news stories
// (summaries/cnndm_dev.jsonl and bbc_dev.jsonl) and readouts and press
// releases (briefing/dev and testdata/whitehouse). Documents whose id is in
// the training half (rank.InTrainingHalf) are fitted on; the rest are held
// out. Each kind weighs the same in the fit whatever its number of
// documents. Every document is also fitted and measured hard-wrapped at 80
// columns without blank lines, as PDF text comes. The run is deterministic.
//
// Usage (from internal/kind, as go generate runs it):
//
//	go run ../cmd/trainkind -eval ../../../shared/eval -testdata ../../testdata -out model.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
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
}

func main() {
	var (
		evalDir  = flag.String("eval", "../shared/eval", "the development data")
		testdata = flag.String("testdata", "testdata", "the repository's testdata (whitehouse/, kinds/)")
		out      = flag.String("out", "model.json", "where to write the model")
		l2       = flag.Float64("l2", 1, "L2 penalty on the standardised weights")
		verbose  = flag.Bool("v", false, "list the misclassified held-out documents")
	)
	flag.Parse()
	var docs []*doc
	add := func(id, source string, k kind.Kind, text string) {
		docs = append(docs, &doc{id: id, source: source, kind: k, x: kind.Features(text), train: rank.InTrainingHalf(id)})
		// The same text hard-wrapped at 80 columns without blank lines, as
		// text taken from a PDF comes, in the same half as the original:
		// the kind must not hang on the line layout of one source.
		if w := wrap(text, 80); w != text {
			docs = append(docs, &doc{id: id + "#wrapped", source: source + " (wrapped)", kind: k, x: kind.Features(w), train: rank.InTrainingHalf(id)})
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
		{"testdata/kinds/speech/*.txt", kind.Speech},
		{"testdata/kinds/transcript/*.txt", kind.Transcript},
	} {
		dir := *evalDir
		if rest, ok := strings.CutPrefix(s.glob, "testdata/"); ok {
			dir = *testdata
			s.glob = rest
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
			add(filepath.Base(filepath.Dir(f))+"/"+filepath.Base(f), filepath.Dir(s.glob), s.kind, string(b))
		}
	}

	// Each kind weighs the same.
	perKind := map[kind.Kind]int{}
	for _, d := range docs {
		if d.train {
			perKind[d.kind]++
		}
	}
	var xs [][]float64
	var ws []float64
	var train []*doc
	for _, d := range docs {
		if d.train {
			train = append(train, d)
			xs = append(xs, d.x)
			ws = append(ws, 100/float64(perKind[d.kind]))
		}
	}
	m := &kind.Model{
		Description: "One-vs-rest logistic regressions over text features (kind.Features); the probabilities are normalised to sum to 1.",
		Training:    trainingNote(perKind),
		Split:       "training half only: documents whose id has an even FNV-1a 32-bit hash (rank.InTrainingHalf)",
		Fit:         fmt.Sprintf("Newton's method on the L2-penalised log-likelihood of standardised features, penalty %g per kind, intercept unpenalised; each kind weighs the same", *l2),
		Features:    kind.FeatureNames(),
	}
	for _, k := range kind.Kinds {
		ys := make([]float64, len(train))
		for i, d := range train {
			if d.kind == k {
				ys[i] = 1
			}
		}
		icpt, w, mean, scale := fit.Logistic(xs, ys, ws, *l2*float64(len(kind.Kinds)))
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
	if err := m.Check(); err != nil {
		fatal(err)
	}
	if _, err := fit.WriteJSON(*out, m); err != nil {
		fatal(err)
	}
	fmt.Printf("wrote %s\n", *out)
	report(m, docs, *verbose)
}

func trainingNote(perKind map[kind.Kind]int) string {
	var parts []string
	for _, k := range kind.Kinds {
		parts = append(parts, fmt.Sprintf("%s %d", k, perKind[k]))
	}
	return "training documents per kind: " + strings.Join(parts, ", ") +
		" (transcript: long/qmsum_dev.jsonl and testdata/kinds/transcript; speech: testdata/kinds/speech and long/ectsum_dev.jsonl; bill: long/billsum_dev.jsonl; report: long/crs_dev.jsonl; news: summaries/cnndm_dev.jsonl and bbc_dev.jsonl; readout: briefing/dev and testdata/whitehouse)"
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
		var row struct{ ID, Text string }
		if err := json.Unmarshal([]byte(line), &row); err != nil {
			return fmt.Errorf("%s:%d: %v", path, i+1, err)
		}
		f(row.ID, row.Text)
	}
	return nil
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "trainkind:", err)
	os.Exit(1)
}
