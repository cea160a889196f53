package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/eval"
	"github.com/brief-dev/brief/summarize"
)

// maxPicks is how many outcomes a brief lists (briefing's maxOutcomes):
// the rank stage only decides anything in a document that lists more.
const maxPicks = 5

// rankDoc is an invented document of eight sentences whose key outcomes
// are the two that carry amounts, placed at k and k+3 among sentences of
// general goodwill, so that the place in the text says nothing.
func rankDoc(t *testing.T, k int) *doc {
	t.Helper()
	filler := []string{
		"The two sides will continue their close cooperation.",
		"Both ministers will keep in touch on regional questions.",
		"They will continue to work together in many areas.",
		"The ministers will stay in contact on all matters of mutual interest.",
		"Both governments will continue to deepen their friendship.",
		"They will keep working together on shared priorities.",
	}
	keys := []string{
		fmt.Sprintf("The fund will lend %d million dollars in 2025 to 12 water utilities.", 40+k),
		fmt.Sprintf("The ministers will invest %d million euros by 2026 in 7 new ports.", 10+k),
	}
	var sents []string
	for i, f := range filler {
		if i == k {
			sents = append(sents, keys[0])
		}
		if i == k+3 {
			sents = append(sents, keys[1])
		}
		sents = append(sents, f)
	}
	text := "Ministers meet on cooperation\n\n" + strings.Join(sents, "\n\n") + "\n"
	d, err := summarize.Parse([]byte(text), summarize.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sum, err := summarize.Extract(d, summarize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	g := eval.GoldDoc{ID: fmt.Sprint("doc", k), Outcomes: []eval.GoldOutcome{{Rank: 1, Text: keys[0]}, {Rank: 2, Text: keys[1]}}}
	c := briefing.NewOutcomeCandidates(d, sum)
	x := &doc{gold: g, cands: c, examples: c.Examples(), scores: map[string]docOutcome{}}
	for _, ex := range x.examples {
		x.labels = append(x.labels, label(ex.Text, g))
		x.ranks = append(x.ranks, goldRank(ex.Text, g))
	}
	return x
}

// TestFitRank: on documents whose key outcomes are the sentences with
// digits, the rank stage weighs digits up and not the place in the text;
// with no document listing more than are picked it has nothing to learn.
func TestFitRank(t *testing.T) {
	all := ungatedModel(t)
	var docs []*doc
	var models []*briefing.OutcomeModel
	for k := range 3 {
		d := rankDoc(t, k)
		if n := len(d.examples); n <= maxPicks {
			t.Fatalf("doc %d: %d candidates, want more than %d", k, n, maxPicks)
		}
		docs = append(docs, d)
		models = append(models, &all)
	}
	ro, err := rankSettings(true, "rank_numbers,rank_place", 0.01, 0.5, false, 6, 0, false)
	if err != nil {
		t.Fatal(err)
	}
	r := fitRank(docs, models, ro)
	if r == nil {
		t.Fatal("no rank stage fitted")
	}
	w := map[string]float64{}
	for _, f := range r.Features {
		w[f.Name] = f.Weight
	}
	if w["rank_numbers"] <= 0 || w["rank_numbers"] <= 2*max(w["rank_place"], -w["rank_place"]) {
		t.Errorf("weights %v: want digits well above the place", w)
	}
	// The fitted stage picks the two key outcomes of a new document first.
	ranked := all
	ranked.Rank = r
	if err := ranked.Check(); err != nil {
		t.Fatal(err)
	}
	d := rankDoc(t, 2)
	s := d.score(d.cands.Outcomes(&ranked))
	if s.tp != 2 {
		t.Errorf("ranked picks find %d of the 2 key outcomes", s.tp)
	}
	// As a correction to the sentence model's log-odds, the stage still
	// learns the digits.
	ro, err = rankSettings(true, "rank_log_odds,rank_numbers,rank_place", 0.01, 0.5, false, 6, 0, true)
	if err != nil {
		t.Fatal(err)
	}
	if r := fitRank(docs, models, ro); r == nil || r.Features[1].Name != "rank_numbers" || r.Features[1].Weight <= 0 {
		t.Errorf("correction: %+v, want a positive weight of rank_numbers", r)
	}
	if _, err := rankSettings(true, "rank_numbers", 0.01, 0.5, false, 6, 0, true); err == nil {
		t.Error("a correction without the log-odds accepted")
	}
	few := all
	few.Threshold = 1.1 // nothing listed
	if r := fitRank(docs, []*briefing.OutcomeModel{&few, &few, &few}, ro); r != nil {
		t.Errorf("nothing listed, a rank stage fitted: %+v", r)
	}
}

// TestRankSettings: the feature sets by name, and -variants overriding
// the base settings one by one.
func TestRankSettings(t *testing.T) {
	own, err := rankSettings(true, "own", 0.1, 0.5, false, 6, 0, false)
	if err != nil {
		t.Fatal(err)
	}
	all, err := rankSettings(true, "all", 0.1, 0.5, false, 6, 0, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(own.features) == 0 || len(all.features) != len(briefing.RankFeatureNames()) || len(own.features) >= len(all.features) {
		t.Errorf("own %d features, all %d of %d", len(own.features), len(all.features), len(briefing.RankFeatureNames()))
	}
	for _, f := range own.features {
		if !strings.HasPrefix(f, "rank_") {
			t.Errorf("own feature %q", f)
		}
	}
	if _, err := rankSettings(true, "rank_gist,nothing", 0.1, 0.5, false, 6, 0, false); err == nil {
		t.Error("an unknown feature accepted")
	}
	vs, err := rankVariants(own, "rank=false;rank-l2=1 rank-features=all;rank-acceptable=0 rank-rethreshold=true")
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 3 || vs[0].on || vs[0].l2 != 0.1 || !vs[1].on || vs[1].l2 != 1 || len(vs[1].features) != len(all.features) ||
		vs[2].acceptable != 0 || !vs[2].rethreshold || len(vs[2].features) != len(own.features) {
		t.Errorf("variants %v", vs)
	}
	if _, err := rankVariants(own, "rank-l3=1"); err == nil {
		t.Error("an unknown setting accepted")
	}
}

// ungatedModel is the embedded outcome model, read as briefing embeds it,
// with its threshold, gate and rank stage taken away, so that every
// candidate sentence is listed.
func ungatedModel(t *testing.T) briefing.OutcomeModel {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "briefing", "outcome_model.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m briefing.OutcomeModel
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	m.Threshold, m.Gate, m.GateLexical, m.GateFull, m.Rank = 0, nil, nil, 0, nil
	return m
}
