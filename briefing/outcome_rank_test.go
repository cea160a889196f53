package briefing

import (
	"reflect"
	"strings"
	"testing"

	"github.com/brief-dev/brief/summarize"
)

// rankText is an invented release whose title names a fund, with seven
// sentences: the first announces the fund, one repeats it, one carries
// amounts and a date, the rest are commitments of little substance.
const rankText = "Ministers launch a regional water fund\n\n" +
	"The ministers launched a regional water fund for the river basin.\n\n" +
	"The fund will lend $40 million in 2025 to 12 water utilities.\n\n" +
	"They will continue to work together.\n\n" +
	"The ministers agreed to meet again next year.\n\n" +
	"They will continue their close cooperation.\n\n" +
	"The ministers launched the regional water fund for the whole river basin.\n\n" +
	"Both sides will keep in touch.\n"

// rankCandidatesOf returns the analysis of rankText and its candidate
// sentences, each given the probability of ps in document order.
func rankCandidatesOf(t *testing.T, ps ...float64) (*analysis, []scoredExample) {
	t.Helper()
	d := parse(t, []byte(rankText))
	sum, err := summarize.Extract(d, summarize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := NewOutcomeCandidates(d, sum)
	if len(c.exs) != len(ps) {
		var texts []string
		for _, ex := range c.exs {
			texts = append(texts, ex.Text)
		}
		t.Fatalf("%d candidates, want %d: %q", len(c.exs), len(ps), texts)
	}
	cands := make([]scoredExample, len(ps))
	for i, ex := range c.exs {
		cands[i] = scoredExample{ex, ps[i]}
	}
	return c.a, cands
}

// TestRankFeatures: each listed sentence is seen against the others: its
// place by probability and in the text, the title's words it repeats,
// the words it shares with the others and with a surer one, its digits
// and names.
func TestRankFeatures(t *testing.T) {
	ps := []float64{0.9, 0.5, 0.6, 0.7, 0.4, 0.8, 0.3}
	a, cands := rankCandidatesOf(t, ps...)
	m, err := builtinOutcomeModel()
	if err != nil {
		t.Fatal(err)
	}
	xs := a.rankFeatures(m, cands)
	get := func(i int, name string) float64 { return xs[i][rankFeatureIndex[name]] }
	if len(xs) != len(cands) || len(xs[0]) != len(RankFeatureNames()) {
		t.Fatalf("%d rows of %d features, want %d of %d", len(xs), len(xs[0]), len(cands), len(RankFeatureNames()))
	}
	// 0.9 is first by probability, 0.3 last; the text's first sentence is
	// first in place.
	if get(0, "rank_order") != 0 || get(6, "rank_order") != 6.0/7 || get(0, "rank_place") != 0 || get(6, "rank_place") != 6.0/7 {
		t.Errorf("order %v and %v, place %v and %v; want 0, 6/7, 0, 6/7", get(0, "rank_order"), get(6, "rank_order"), get(0, "rank_place"), get(6, "rank_place"))
	}
	if lo, hi := get(1, "rank_log_odds"), get(0, "rank_log_odds"); lo != 0 && !(lo < hi) {
		t.Errorf("log-odds of 0.5 and 0.9: %v, %v", lo, hi)
	}
	// The launch repeats the title's words; "keep in touch" none.
	if get(0, "rank_title") < 0.5 || get(6, "rank_title") != 0 {
		t.Errorf("title share: launch %v, keep in touch %v", get(0, "rank_title"), get(6, "rank_title"))
	}
	// The second launch echoes the first, which the model is surer of;
	// the first echoes nothing surer.
	if get(5, "rank_echo") < 0.5 || get(0, "rank_echo") != 0 {
		t.Errorf("echo: second launch %v, first %v", get(5, "rank_echo"), get(0, "rank_echo"))
	}
	if get(0, "rank_gist") <= get(6, "rank_gist") {
		t.Errorf("gist: launch %v, keep in touch %v; the launch shares more with the others", get(0, "rank_gist"), get(6, "rank_gist"))
	}
	if get(1, "rank_numbers") < 0.2 || get(0, "rank_numbers") != 0 {
		t.Errorf("digits: amounts %v, launch %v", get(1, "rank_numbers"), get(0, "rank_numbers"))
	}
	if get(2, "rank_names") != 0 {
		t.Errorf("names in %q: %v", cands[2].ex.Text, get(2, "rank_names"))
	}
	// The sentence features follow the stage's own.
	if f := outcomeFeatureIndex("will_continue"); get(2, "will_continue") != cands[2].ex.Features[f] {
		t.Errorf("will_continue %v, the sentence's %v", get(2, "will_continue"), cands[2].ex.Features[f])
	}
}

// TestRankCandidates: without a rank stage, or with no more sentences
// listed than are picked, the most probable come first; with one, its
// score decides the order.
func TestRankCandidates(t *testing.T) {
	ps := []float64{0.9, 0.5, 0.6, 0.7, 0.4, 0.8, 0.3}
	texts := func(cands []scoredExample) []int {
		var out []int
		for _, c := range cands {
			out = append(out, c.ex.Index)
		}
		return out
	}
	m, err := builtinOutcomeModel()
	if err != nil {
		t.Fatal(err)
	}
	plain := *m
	plain.Rank = nil
	// The document gate is another test's: these invented sentences
	// without a document around them say nothing a gate could weigh, and
	// whether a refit opens it for them is not the rank stage's concern.
	plain.Gate = nil
	plain.GateLexical = nil // the gate's words go with it
	a, cands := rankCandidatesOf(t, ps...)
	byIndex := texts(cands) // the candidates come in the text's order
	a.rankCandidates(&plain, cands)
	for i := 1; i < len(cands); i++ {
		if cands[i-1].p < cands[i].p {
			t.Fatalf("no rank stage: %v, want by probability", cands)
		}
	}
	// A stage that prefers what comes first in the text.
	ranked := plain
	ranked.Rank = &RankModel{Features: []OutcomeFeature{{Name: "rank_place", Weight: -1, Scale: 1}}}
	if err := ranked.Check(); err != nil {
		t.Fatal(err)
	}
	a, cands = rankCandidatesOf(t, ps...)
	a.rankCandidates(&ranked, cands)
	for i := 1; i < len(cands); i++ {
		if cands[i-1].ex.Index > cands[i].ex.Index {
			t.Fatalf("rank stage by place: %v, want the text's order", texts(cands))
		}
	}
	// Five listed: all are picked, the order stays the probability's.
	a, cands = rankCandidatesOf(t, ps...)
	five := cands[:5]
	a.rankCandidates(&ranked, five)
	for i := 1; i < len(five); i++ {
		if five[i-1].p < five[i].p {
			t.Fatalf("five listed: %v, want by probability", texts(five))
		}
	}
	// The picks follow the order: by place, the text's first five
	// sentences (the repeated launch, the surest but one, is left out); by
	// probability, the five surest but the repeated launch, a near
	// duplicate of the first (the last, 0.3, is left out).
	a, cands = rankCandidatesOf(t, ps...)
	outs, _ := a.pickOutcomes(&ranked, cands, docSignals{})
	if got := outcomeIndices(outs); !reflect.DeepEqual(got, byIndex[:5]) {
		t.Errorf("picks by place: %v, want %v", got, byIndex[:5])
	}
	a, cands = rankCandidatesOf(t, ps...)
	outs, _ = a.pickOutcomes(&plain, cands, docSignals{})
	want := []int{byIndex[0], byIndex[3], byIndex[2], byIndex[1], byIndex[4]}
	if got := outcomeIndices(outs); !reflect.DeepEqual(got, want) {
		t.Errorf("picks by probability: %v, want %v", got, want)
	}
}

// outcomeIndices are the sentence indices of outs.
func outcomeIndices(outs []Outcome) []int {
	var out []int
	for _, o := range outs {
		out = append(out, o.Index)
	}
	return out
}

// TestRankModelCheck: a rank stage may weigh only features the code
// computes, each once, each with a scale.
func TestRankModelCheck(t *testing.T) {
	m, err := builtinOutcomeModel()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		feats []OutcomeFeature
		bad   string
	}{
		{[]OutcomeFeature{{Name: "rank_gist", Weight: 1, Scale: 1}, {Name: "will_continue", Weight: -1, Scale: 0.5}}, ""},
		{[]OutcomeFeature{{Name: "rank_nothing", Weight: 1, Scale: 1}}, "no feature"},
		{[]OutcomeFeature{{Name: "rank_gist", Weight: 1, Scale: 1}, {Name: "rank_gist", Weight: 1, Scale: 1}}, "twice"},
		{[]OutcomeFeature{{Name: "rank_title", Weight: 1}}, "scale 0"},
	} {
		c := *m
		c.Rank = &RankModel{Features: tc.feats}
		err := c.Check()
		switch {
		case tc.bad == "" && err != nil:
			t.Errorf("%v: %v", tc.feats, err)
		case tc.bad != "" && (err == nil || !strings.Contains(err.Error(), tc.bad)):
			t.Errorf("%v: error %v, want one saying %q", tc.feats, err, tc.bad)
		}
	}
}

// TestRankFeaturesOfCandidates: the trainer's view lists the candidates a
// model lists, as indices into Examples, each with every rank feature.
func TestRankFeaturesOfCandidates(t *testing.T) {
	d := parse(t, []byte(rankText))
	sum, err := summarize.Extract(d, summarize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m, err := builtinOutcomeModel()
	if err != nil {
		t.Fatal(err)
	}
	all := *m
	all.Threshold = 0
	c := NewOutcomeCandidates(d, sum)
	idx, xs := c.RankFeatures(&all)
	if len(idx) != len(c.Examples()) || len(xs) != len(idx) {
		t.Fatalf("threshold 0: %d listed, %d rows, want all %d", len(idx), len(xs), len(c.Examples()))
	}
	for i, k := range idx {
		if k != i || len(xs[i]) != len(RankFeatureNames()) {
			t.Fatalf("row %d: example %d with %d features", i, k, len(xs[i]))
		}
	}
	none := *m
	none.Threshold = 1.1
	if idx, xs := c.RankFeatures(&none); len(idx) != 0 || len(xs) != 0 {
		t.Errorf("nothing listed, got %v", idx)
	}
}

// TestMorePicks: past the fifth, a document lists the next sentences in
// order only from More's probability and up to its Max; without More,
// five at most. A near-duplicate of a pick takes no place.
func TestMorePicks(t *testing.T) {
	ps := []float64{0.9, 0.5, 0.6, 0.7, 0.4, 0.8, 0.3}
	m, err := builtinOutcomeModel()
	if err != nil {
		t.Fatal(err)
	}
	plain := *m
	plain.Rank = nil
	plain.Gate, plain.GateLexical, plain.GateFull = nil, nil, 0 // as in TestRankCandidates
	_, cands := rankCandidatesOf(t, ps...)
	var byIndex []int
	for _, c := range cands {
		byIndex = append(byIndex, c.ex.Index)
	}
	five := []int{byIndex[0], byIndex[3], byIndex[2], byIndex[1], byIndex[4]}
	for _, tc := range []struct {
		more *MorePicks
		want []int
	}{
		{nil, five},
		{&MorePicks{Max: 7, Threshold: 0.35}, five}, // the sixth is not sure enough
		{&MorePicks{Max: 7, Threshold: 0.25}, append(five[:5:5], byIndex[6])},
		{&MorePicks{Max: 6, Threshold: 0.3}, append(five[:5:5], byIndex[6])},
	} {
		c := plain
		c.More = tc.more
		if err := c.Check(); err != nil {
			t.Fatalf("%+v: %v", tc.more, err)
		}
		a, cands := rankCandidatesOf(t, ps...)
		outs, _ := a.pickOutcomes(&c, cands, docSignals{})
		if got := outcomeIndices(outs); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("more %+v: picks %v, want %v", tc.more, got, tc.want)
		}
	}
	for _, bad := range []*MorePicks{{Max: 5, Threshold: 0.5}, {Max: maxMoreOutcomes + 1, Threshold: 0.5}, {Max: 7, Threshold: 1.5}, {Max: 7, Threshold: -0.1}} {
		c := plain
		c.More = bad
		if c.Check() == nil {
			t.Errorf("more_picks %+v passes the check", *bad)
		}
	}
}
