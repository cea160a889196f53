package main

import (
	"github.com/brief-dev/brief/briefing"
)

// rerankChoice is a second stage chosen on inner folds: the sentence
// threshold from which sentences are listed for it, the second stage
// fitted on every document's out-of-fold sentence probabilities, and
// each document's out-of-fold second stage.
type rerankChoice struct {
	th     float64
	all    *briefing.LogisticModel
	models []*briefing.LogisticModel
	f1     float64
}

// rerankFloors are how far under the sentence threshold chosen without a
// second stage its listing may start: the second stage may then lift a
// sentence the first alone would not list.
var rerankFloors = []float64{0, 0.05, 0.1, 0.15}

// rerank thresholds tried, in fortieths.
const rrFrom, rrTo = 6, 28

// chooseRerank fits the second stage on docs' out-of-fold sentence
// models (models, inner folds folds), for each listing threshold of
// rerankFloors under th, itself out of fold on the same inner folds, and
// returns the one whose out-of-fold outcome F1 (at a precision of at
// least 0.8 when one reaches it, as bestThreshold) beats f1, the sentence
// model's alone; nil when none does.
func chooseRerank(docs []*doc, folds []int, models []*briefing.OutcomeModel, th, f1 float64, opt options) *rerankChoice {
	var best *rerankChoice
	for _, floor := range rerankFloors {
		th1 := th - floor
		if th1 < 0.1 {
			continue
		}
		// Each document's second-stage rows, from its out-of-fold sentence model.
		type rows struct {
			xs     [][]float64
			ys, ws []float64
		}
		data := make([]rows, len(docs))
		for i, d := range docs {
			m := *models[i]
			m.Threshold, m.Gate, m.Rerank = th1, nil, nil
			idx, xs := d.cands.RerankFeatures(&m)
			for j, x := range xs {
				if y, w, ok := target(d.labelOf(idx[j]), 1, opt.acceptable); ok {
					data[i].xs = append(data[i].xs, x)
					data[i].ys = append(data[i].ys, y)
					data[i].ws = append(data[i].ws, w)
				}
			}
		}
		fitOn := func(keep func(i int) bool) *briefing.LogisticModel {
			var xs [][]float64
			var ys, ws []float64
			n := 0
			for i := range docs {
				if keep(i) {
					xs = append(xs, data[i].xs...)
					ys = append(ys, data[i].ys...)
					ws = append(ws, data[i].ws...)
					n++
				}
			}
			return logistic(briefing.OutcomeRerankFeatureNames(), xs, ys, ws, opt.rerankL2*float64(n))
		}
		oof := make([]*briefing.LogisticModel, len(docs))
		for k := range opt.innerFolds {
			r := fitOn(func(i int) bool { return folds[i] != k })
			for i := range docs {
				if folds[i] == k {
					oof[i] = r
				}
			}
		}
		// The second stage's threshold, on the out-of-fold predictions.
		bestF, bestTh, bestP, bestPTh := -1.0, 0.0, -1.0, -1.0
		for step := rrFrom; step <= rrTo; step++ {
			th2 := float64(step) / 40
			var t totals
			for i, d := range docs {
				m := *models[i]
				r := *oof[i]
				r.Threshold = th2
				m.Threshold, m.Gate, m.Rerank = th1, nil, &r
				t.add(d.score(d.cands.Outcomes(&m)))
			}
			if f := t.f1(); f > bestF+1e-9 {
				bestF, bestTh = f, th2
			}
			if f := t.f1(); t.p() >= 0.8 && f > bestP+1e-9 {
				bestP, bestPTh = f, th2
			}
		}
		if bestPTh >= 0 {
			bestF, bestTh = bestP, bestPTh
		}
		if bestF > f1+1e-9 && (best == nil || bestF > best.f1+1e-9) {
			all := fitOn(func(int) bool { return true })
			all.Threshold = bestTh
			ms := make([]*briefing.LogisticModel, len(docs))
			for i := range docs {
				r := *oof[i]
				r.Threshold = bestTh
				ms[i] = &r
			}
			best = &rerankChoice{th: th1, all: all, models: ms, f1: bestF}
		}
	}
	return best
}

// labelOf is the label of the document's candidate sentence of index i
// (1, 0, or -1 for one matching only an acceptable outcome).
func (d *doc) labelOf(i int) float64 {
	for j, ex := range d.examples {
		if ex.Index == i {
			return d.labels[j]
		}
	}
	return 0
}
