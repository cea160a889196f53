// Command trainrank fits the default sentence ranker of package rank and
// reports how every ranker scores.
//
// It reads the CNN/DM and BBC development sets from -eval, labels each
// sentence of the training half (rank.InTrainingHalf) with a greedy ROUGE
// oracle, computes features with rank.Features (the code the ranker itself
// runs), fits an L2-regularised logistic regression by Newton's method, and
// writes model.json. Everything is deterministic, so a rerun on the same
// data writes the same bytes. It then prints ROUGE F1×100 of each ranker on
// the held-out half and the whole file, scored with internal/rouge.
//
// Usage (from internal/rank, as go generate runs it):
//
//	go run ../cmd/trainrank -eval ../../../shared/eval -out model.json
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/brief-dev/brief/internal/fit"
	"github.com/brief-dev/brief/internal/rank"
	"github.com/brief-dev/brief/internal/rouge"
	"github.com/brief-dev/brief/summarize"
)

// example is one evaluation document prepared for ranking.
type example struct {
	corpus    string
	id        string
	doc       rank.Doc
	reference string
	k         int
	train     bool
}

func main() {
	var (
		evalDir = flag.String("eval", "../shared/eval", "directory holding summaries/cnndm_dev.jsonl and summaries/bbc_dev.jsonl")
		out     = flag.String("out", "internal/rank/model.json", "where to write the fitted model")
		l2      = flag.Float64("l2", 0.001, "L2 penalty on the standardised weights (per training document)")
		preds   = flag.String("preds", "", "if set, write prediction JSONL files here for cross-checking with rouge.py")
		evalOn  = flag.Bool("report", true, "score every ranker after fitting")
		bbcW    = flag.Float64("bbcweight", 0.05, "weight of a BBC training document relative to a CNN/DM one")
	)
	flag.Parse()
	start := time.Now()

	var all []*example
	for _, c := range []string{"cnndm", "bbc"} {
		ex, err := load(filepath.Join(*evalDir, "summaries", c+"_dev.jsonl"), c)
		if err != nil {
			fatal(err)
		}
		all = append(all, ex...)
	}

	m := train(all, *l2, *bbcW)
	data, err := fit.WriteJSON(*out, m)
	if err != nil {
		fatal(err)
	}
	fmt.Printf("wrote %s (%d features) in %.1fs\n", *out, len(m.Features), time.Since(start).Seconds())
	for _, f := range m.Features {
		fmt.Printf("  %-14s %+8.4f\n", f.Name, f.Weight)
	}

	if !*evalOn {
		return
	}
	// Score with the model exactly as written (rounded), parsed back.
	var written rank.Model
	if err := json.Unmarshal(data, &written); err != nil {
		fatal(err)
	}
	if err := written.Check(); err != nil {
		fatal(err)
	}
	report(all, &written, *preds)
	fmt.Printf("total %.1fs\n", time.Since(start).Seconds())
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "trainrank:", err)
	os.Exit(1)
}

// load reads one summaries file. BBC text separates paragraphs with blank
// lines; each sentence gets the paragraph it is found in. CNN/DM has no
// layout, so its sentences all stay in paragraph 0.
func load(path, corpus string) ([]*example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var ex []*example
	r := bufio.NewReaderSize(f, 1<<20)
	dec := json.NewDecoder(r)
	for {
		var row struct {
			ID        string   `json:"id"`
			Title     string   `json:"title"`
			Text      string   `json:"text"`
			Sentences []string `json:"sentences"`
			Reference string   `json:"reference"`
			K         int      `json:"k"`
		}
		if err := dec.Decode(&row); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		e := &example{corpus: corpus, id: row.ID, reference: row.Reference, k: row.K, train: rank.InTrainingHalf(row.ID)}
		e.doc.Title = row.Title
		// paragraphs exactly as brief eval finds them
		for i, s := range summarize.FromSentences(row.Text, row.Sentences).Sentences {
			e.doc.Sentences = append(e.doc.Sentences, rank.Sentence{Text: row.Sentences[i], Paragraph: s.Paragraph})
		}
		ex = append(ex, e)
	}
	return ex, nil
}

// train labels the training half and fits the logistic regression.
func train(all []*example, l2, bbcW float64) *rank.Model {
	sc := rouge.NewScorer()
	names := rank.FeatureNames()
	var (
		xs     [][]float64
		ys     []float64
		ws     []float64
		ndocs  = map[string]int{}
		ntrain int
	)
	type prepared struct {
		x [][]float64
		y []bool
	}
	train := make([]*example, 0, len(all))
	for _, e := range all {
		if e.train {
			train = append(train, e)
		}
	}
	prep := make([]prepared, len(train))
	fit.Parallel(len(train), func(i int) {
		e := train[i]
		texts := make([]string, len(e.doc.Sentences))
		for j, st := range e.doc.Sentences {
			texts[j] = st.Text
		}
		prep[i] = prepared{rank.Features(&e.doc), fit.Oracle(sc, e.reference, texts, e.k, nil, 0)}
	})
	for i, e := range train {
		ndocs[e.corpus]++
		ntrain++
		// Each document weighs the same whatever its length (see Weights).
		w := 30 / float64(max(len(e.doc.Sentences), 1))
		if e.corpus == "bbc" {
			w *= bbcW
		}
		fit.AddDocument(&xs, &ys, &ws, prep[i].x, prep[i].y, w)
	}

	// Standardised features, so that the penalty treats features alike and
	// the weights are comparable in model.json.
	icpt, beta, mean, scale := fit.Logistic(xs, ys, ws, l2*float64(ntrain))

	m := &rank.Model{
		Description: "Logistic regression over cheap sentence features; the score is the log-odds that a sentence belongs to a greedy-oracle extract.",
		Training:    fmt.Sprintf("shared/eval summaries: cnndm_dev.jsonl (%d training documents) and bbc_dev.jsonl (%d training documents)", ndocs["cnndm"], ndocs["bbc"]),
		Split:       "training half only: documents whose id has an even FNV-1a 32-bit hash (rank.InTrainingHalf)",
		Labels:      "1 for sentences of the greedy oracle extract (add the sentence that most improves ROUGE-1 F1 + ROUGE-2 F1 against the reference, up to k, while it improves), else 0",
		Weights:     fmt.Sprintf("each document weighs 30/sentences per sentence, so long articles do not outvote short stories; BBC documents additionally ×%g, because BBC references are machine-selected and serve as a sanity check, not the target", bbcW),
		Fit:         fmt.Sprintf("Newton's method on the L2-penalised log-likelihood of standardised features, penalty %g per training document, intercept unpenalised", l2),
		Intercept:   fit.Round(icpt),
	}
	for k, name := range names {
		m.Features = append(m.Features, rank.ModelFeature{Name: name, Weight: fit.Round(beta[k]), Mean: fit.Round(mean[k]), Scale: fit.Round(scale[k])})
	}
	return m
}

// report prints ROUGE of every ranker on each corpus, held-out half and
// whole file.
func report(all []*example, model *rank.Model, predsDir string) {
	sc := rouge.NewScorer()
	fmt.Println()
	fmt.Println("ROUGE F1×100 (internal/rouge), budget k sentences per document")
	fmt.Printf("%-6s %-9s %-5s %5s %6s %6s %6s %6s\n", "corpus", "ranker", "half", "docs", "R-1", "R-2", "R-L", "R-Lsum")
	for _, corpus := range []string{"cnndm", "bbc"} {
		var docs []*example
		for _, e := range all {
			if e.corpus == corpus {
				docs = append(docs, e)
			}
		}
		for _, name := range rank.Names() {
			var r rank.Ranker = model
			if name != "default" {
				var err error
				if r, err = rank.Lookup(name); err != nil {
					fatal(err)
				}
			}
			scores := make([]rouge.Scores, len(docs))
			summaries := make([]string, len(docs))
			fit.Parallel(len(docs), func(i int) {
				e := docs[i]
				picks, _ := rank.Choose(&e.doc, r, rank.Budget{Sentences: e.k})
				lines := make([]string, len(picks))
				for j, p := range picks {
					lines[j] = e.doc.Sentences[p.Index].Text
				}
				summaries[i] = strings.Join(lines, "\n")
				scores[i] = sc.Compare(e.reference, summaries[i])
			})
			for _, half := range []string{"test", "all"} {
				var s [4]float64
				cnt := 0
				for i, e := range docs {
					if half == "test" && e.train {
						continue
					}
					s[0] += scores[i].R1.F1
					s[1] += scores[i].R2.F1
					s[2] += scores[i].RL.F1
					s[3] += scores[i].RLsum.F1
					cnt++
				}
				c := 100 / float64(cnt)
				fmt.Printf("%-6s %-9s %-5s %5d %6.2f %6.2f %6.2f %6.2f\n", corpus, name, half, cnt, s[0]*c, s[1]*c, s[2]*c, s[3]*c)
			}
			if predsDir != "" {
				writePreds(filepath.Join(predsDir, corpus+"_"+name+".jsonl"), docs, summaries)
			}
		}
	}
}

// writePreds writes rouge.py prediction rows for every document.
func writePreds(path string, docs []*example, summaries []string) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for i, e := range docs {
		if err := enc.Encode(map[string]string{"id": e.id, "summary": summaries[i]}); err != nil {
			fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		fatal(err)
	}
	if err := f.Close(); err != nil {
		fatal(err)
	}
}
