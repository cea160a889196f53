package main

import (
	"math"
	"testing"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/eval"
)

// TestJackknifeSE: the standard error of a difference that is the same
// with every publisher left out is 0; otherwise it is the jackknife's
// sqrt((n-1)/n * sum of squared deviations).
func TestJackknifeSE(t *testing.T) {
	if se := jackknifeSE([]float64{0.7, 0.8, 0.9}, []float64{0.6, 0.7, 0.8}); math.Abs(se) > 1e-12 {
		t.Errorf("constant difference: se = %g, want 0", se)
	}
	// Differences 0.1, -0.1: mean 0, squared deviations 0.02, (1/2)*0.02.
	if se, want := jackknifeSE([]float64{0.8, 0.6}, []float64{0.7, 0.7}), math.Sqrt(0.01); math.Abs(se-want) > 1e-12 {
		t.Errorf("se = %g, want %g", se, want)
	}
	if se := jackknifeSE([]float64{0.5}, []float64{0.1}); se != 0 {
		t.Errorf("one publisher: se = %g, want 0", se)
	}
}

// TestOneSE: the simplest trial within the allowed standard errors of the
// best is taken; a lead larger than that keeps the best; with no
// allowance the best (the first of equals) is taken.
func TestOneSE(t *testing.T) {
	noisy := []float64{0.60, 0.80, 0.70, 0.75} // leave-one-out values of a trial whose lead varies
	steady := []float64{0.70, 0.70, 0.70, 0.70}
	simple := trial{choice: choice{f1: 0.70, loo: steady}}
	better := trial{choice: choice{f1: 0.71, loo: noisy}}
	if got := oneSE([]trial{simple, better}, 1); got != 0 {
		t.Errorf("a lead within one standard error: got trial %d, want the simpler 0", got)
	}
	if got := oneSE([]trial{simple, better}, 0); got != 1 {
		t.Errorf("no allowance: got trial %d, want the best 1", got)
	}
	far := trial{choice: choice{f1: 0.80, loo: []float64{0.79, 0.80, 0.81, 0.80}}}
	if got := oneSE([]trial{simple, far}, 1); got != 1 {
		t.Errorf("a lead of many standard errors: got trial %d, want the best 1", got)
	}
	tie := trial{choice: choice{f1: 0.71, loo: steady}}
	if got := oneSE([]trial{simple, better, tie}, 0); got != 1 {
		t.Errorf("first of equals: got %d, want 1", got)
	}
}

// TestTotalsSub: taking a publisher's counts out undoes adding them.
func TestTotalsSub(t *testing.T) {
	a := totals{tp: 5, ok: 6, pred: 8, gold: 9, noDocs: 2, noWrong: 1}
	u := totals{tp: 1, ok: 2, pred: 3, gold: 2, noDocs: 1, noWrong: 1}
	b := a
	b.addTotals(u)
	b.sub(u)
	if b != a {
		t.Errorf("add then sub = %+v, want %+v", b, a)
	}
}

// TestSmoothed: each place is the mean of its window, cut at the ends, so
// that a lone peak loses to a plateau; half 0 leaves the curve as it is.
func TestSmoothed(t *testing.T) {
	curve := []float64{0.5, 0.9, 0.5, 0.7, 0.8, 0.7}
	got := smoothed(curve, 1)
	want := []float64{0.7, 0.63333, 0.7, 0.66667, 0.73333, 0.75}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-4 {
			t.Fatalf("smoothed = %v, want %v", got, want)
		}
	}
	for i, v := range smoothed(curve, 0) {
		if v != curve[i] {
			t.Fatalf("half 0 changed the curve: %v", smoothed(curve, 0))
		}
	}
}

// TestChooseBand: a band in which a document lists one pick is chosen
// when it keeps an unsure outcome document's one right pick and costs a
// document without outcomes one wrong pick instead of five; when the
// documents the gate is unsure of are only the ones without outcomes,
// closing on them wins and there is no band.
func TestChooseBand(t *testing.T) {
	unsure := bandDoc{p: 0.3, none: docOutcome{gold: 1},
		one:  docOutcome{tp: 1, ok: 1, pred: 1, gold: 1},
		full: docOutcome{tp: 1, ok: 1, pred: 5, gold: 1}}
	sure := bandDoc{p: 0.9, none: docOutcome{gold: 3},
		one:  docOutcome{tp: 1, ok: 1, pred: 1, gold: 3},
		full: docOutcome{tp: 3, ok: 3, pred: 3, gold: 3}}
	noOut := bandDoc{p: 0.5, none: docOutcome{noOutcomes: true},
		one:  docOutcome{noOutcomes: true, noWrong: 1},
		full: docOutcome{noOutcomes: true, noWrong: 5}}
	closeAt, fullAt := chooseBand([]bandDoc{unsure, sure, noOut}, 0.9, 0.05, 0)
	if closeAt != 0 || fullAt != 0.55 {
		t.Errorf("band: closes under %g, full from %g; want 0 and 0.55", closeAt, fullAt)
	}
	// the unsure outcome document now sure, its picks all right: close
	// under the one without; a band would change nothing (a tie)
	unsure.p, unsure.full = 0.8, unsure.one
	closeAt, fullAt = chooseBand([]bandDoc{unsure, sure, noOut}, 0.9, 0.05, 0)
	if closeAt != 0.55 || fullAt != 0 {
		t.Errorf("no band: closes under %g, full from %g; want 0.55 and 0", closeAt, fullAt)
	}
	// the closing threshold stays at or under share
	closeAt, _ = chooseBand([]bandDoc{unsure, sure, noOut}, 0.4, 0.05, 0)
	if closeAt > 0.4 {
		t.Errorf("closes under %g, above the share 0.4", closeAt)
	}
}

// TestChooseClose: the gate closes under the document without outcomes
// when its wrong picks cost more than the outcome document it also closes
// on gives; the threshold stays at or under top.
func TestChooseClose(t *testing.T) {
	outcome := bandDoc{p: 0.9, none: docOutcome{gold: 2}, full: docOutcome{tp: 2, ok: 2, pred: 2, gold: 2}}
	unsure := bandDoc{p: 0.6, none: docOutcome{gold: 1}, full: docOutcome{tp: 1, ok: 1, pred: 2, gold: 1}}
	noOut := bandDoc{p: 0.4, none: docOutcome{noOutcomes: true}, full: docOutcome{noOutcomes: true, pred: 3, noWrong: 3}}
	ds := []bandDoc{outcome, unsure, noOut}
	if th := chooseClose(ds, 0.9, 0.3, 0); th != 0.45 {
		t.Errorf("threshold %g, want 0.45 (closes on the document without outcomes only)", th)
	}
	// the unsure document's picks now all wrong: closing on it too wins
	ds[1].full = docOutcome{pred: 2, gold: 1}
	if th := chooseClose(ds, 0.9, 0.3, 0); th != 0.65 {
		t.Errorf("threshold %g, want 0.65", th)
	}
	if th := chooseClose(ds, 0.5, 0.3, 0); th > 0.5 {
		t.Errorf("threshold %g above top 0.5", th)
	}
}

// TestGateRows: with target "picks" a document weighs in by its right
// and wrong picks, and one that lists nothing not at all; with "doc" it
// is one row, 1 when it records an outcome.
func TestGateRows(t *testing.T) {
	withOutcome := &doc{gold: eval.GoldDoc{Outcomes: []eval.GoldOutcome{{Text: "The two sides signed an accord."}}}}
	without := &doc{gold: eval.GoldDoc{NoOutcomes: true}}
	open := docOutcome{tp: 1, ok: 2, pred: 5, gold: 1}
	if got := gateRows(withOutcome, open, "picks"); len(got) != 2 || got[0] != (gateRow{1, 2}) || got[1] != (gateRow{0, 3}) {
		t.Errorf("picks: %v, want [{1 2} {0 3}]", got)
	}
	if got := gateRows(without, docOutcome{noOutcomes: true}, "picks"); len(got) != 0 {
		t.Errorf("nothing listed: %v, want no rows", got)
	}
	if got := gateRows(withOutcome, open, "doc"); len(got) != 1 || got[0] != (gateRow{1, 1}) {
		t.Errorf("doc: %v, want [{1 1}]", got)
	}
	if got := gateRows(without, open, "doc"); len(got) != 1 || got[0] != (gateRow{0, 1}) {
		t.Errorf("doc without outcomes: %v, want [{0 1}]", got)
	}
}

// TestChooseMore: when every sentence of the documents is a key outcome,
// listing all of them pays and chooseMore lets the documents list past
// the fifth from a threshold that keeps them; when only two of eight are,
// the sixth is wrong more often than right and five stay the most; a
// bound of five chooses nothing.
func TestChooseMore(t *testing.T) {
	all := ungatedModel(t)
	var keys, twos []*doc
	var models []*briefing.OutcomeModel
	for k := range 3 {
		twos = append(twos, rankDoc(t, k))
		d := rankDoc(t, k)
		d.gold.Outcomes = nil
		for i, ex := range d.examples {
			d.gold.Outcomes = append(d.gold.Outcomes, eval.GoldOutcome{Rank: i + 1, Text: ex.Text})
		}
		keys = append(keys, d)
		models = append(models, &all)
	}
	if n := len(keys[0].examples); n != 8 {
		t.Fatalf("%d candidates, want 8", n)
	}
	mp := chooseMore(keys, models, 8, 0.3, 0.05)
	if mp == nil || mp.Max != 8 {
		t.Fatalf("all key outcomes: %+v, want up to 8", mp)
	}
	for _, d := range keys {
		m := all
		m.More = mp
		if s := d.score(d.cands.Outcomes(&m)); s.tp != 8 || s.pred != 8 {
			t.Errorf("%s: %d of %d picks right, want 8 of 8", d.gold.ID, s.tp, s.pred)
		}
	}
	if mp := chooseMore(twos, models, 8, 0.3, 0.05); mp != nil {
		t.Errorf("two key outcomes of eight: %+v, want five at most", mp)
	}
	if mp := chooseMore(keys, models, 5, 0.3, 0.05); mp != nil {
		t.Errorf("bound 5: %+v", mp)
	}
}

// TestParsePicks: -picks-also reads settings more=N, semicolon-separated,
// and refuses any other.
func TestParsePicks(t *testing.T) {
	po, err := parsePicks("more=7;more=8")
	if err != nil || len(po) != 2 || po[0] != (picksOptions{7}) || po[1] != (picksOptions{8}) {
		t.Errorf("parsePicks: %+v, %v", po, err)
	}
	for _, bad := range []string{"most=3", "fill=2", "more=x"} {
		if _, err := parsePicks(bad); err == nil {
			t.Errorf("parsePicks accepts %s", bad)
		}
	}
}
