package eval

import (
	"encoding/json"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/brief-dev/brief/internal/rouge"
	"github.com/brief-dev/brief/summarize"
)

// Doc is one summarised corpus row.
type Doc struct {
	ID        json.RawMessage // the row's id
	Reference string
	Summary   []string
	Err       error // why the row has no summary or no reference
}

// Result is the ROUGE score of one ranker over a corpus.
type Result struct {
	Algorithm string                `json:"algorithm"`
	Docs      int                   `json:"docs"`
	Failed    int                   `json:"failed"`
	Scores    map[string][3]float64 `json:"scores"` // measure -> mean, low, high
	DocsPerS  float64               `json:"docs_per_second"`
}

// Measures are the ROUGE measures of a Result, in the order they are shown.
var Measures = []string{"rouge1", "rouge2", "rougeL", "rougeLsum"}

// SummarizeRows summarises every row on all cores and returns the
// summaries in row order with the wall-clock time it took.
func SummarizeRows(rows []Row, opt summarize.Options) ([]Doc, time.Duration) {
	docs := make([]Doc, len(rows))
	start := time.Now()
	parallel(len(rows), func(i int) {
		summary, err := rows[i].Summarize(opt, summarize.ReadOptions{})
		ref, refErr := rows[i].reference()
		if err == nil {
			err = refErr
		}
		docs[i] = Doc{ID: rows[i].ID, Reference: ref, Summary: summary, Err: err}
	})
	return docs, time.Since(start)
}

// Score is the ROUGE F1 of the summaries against their references (×100,
// mean over documents with a bootstrap 95% interval) for the ranker alg;
// elapsed, the time SummarizeRows took, gives the speed. A failed document
// scores 0 and is counted in Failed.
func Score(alg string, docs []Doc, elapsed time.Duration) Result {
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
	res := Result{Algorithm: alg, Docs: len(docs), Scores: map[string][3]float64{}}
	for _, d := range docs {
		if d.Err != nil {
			res.Failed++
		}
	}
	for m, name := range Measures {
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
