package briefing

import (
	"math"
	"reflect"
	"slices"
	"testing"
)

// TestGateSignals: a rebuttal of another party's claims is read as
// claims and rebuttals with no act of the publisher's own, and a readout
// of a signing as acts with neither.
func TestGateSignals(t *testing.T) {
	for _, c := range []struct {
		name, text                 string
		claims, rebuttals, minActs float64
		maxActs                    float64
	}{
		{"rebuttal",
			"The Ministry of Foreign Affairs rejects the claims made by the spokesperson yesterday. " +
				"The spokesperson alleged that the island had accepted the principle. " +
				"These allegations are baseless and the island's future is for its people alone.",
			2.0 / 3, 2.0 / 3, 0, 0},
		{"signing",
			"The two ministers signed a memorandum of understanding on health cooperation. " +
				"They agreed to establish a joint working group. " +
				"The Ministry committed funding of five million dollars to the programme.",
			0, 0, 1, 1},
	} {
		a := analyse(parse(t, []byte(c.text)))
		_, sig := a.outcomeExamples(make([]float64, len(a.d.Sentences)), nil)
		g := sig.gate
		if math.Abs(g.claims-c.claims) > 1e-9 || math.Abs(g.rebuttals-c.rebuttals) > 1e-9 || g.acts < c.minActs || g.acts > c.maxActs {
			t.Errorf("%s: gate signals %+v, want claims %v, rebuttals %v, acts in [%v, %v]", c.name, g, c.claims, c.rebuttals, c.minActs, c.maxActs)
		}
	}
	if g := readGateSignals(nil, nil, nil, 0, -1); !reflect.DeepEqual(g, gateSignals{}) {
		t.Errorf("no sentences: %+v, want zero", g)
	}
}

// TestStandSignals: an attendance notice, a day's message and an
// obituary are read as attendance, exhortation and remembrance, with no
// new act of their own, while a readout of a signing is read as acts and
// none of these.
func TestStandSignals(t *testing.T) {
	for _, c := range []struct {
		name, text                                   string
		attend, exhort, remembrance, ownActs, courts float64
		title                                        bool
	}{
		{"attendance",
			"The Foreign Ministers held a meeting by video conference to discuss cooperation in public health. " +
				"The meeting was chaired by the Minister of Foreign Affairs. " +
				"Senior officials of the ministries also participated in the meeting.",
			2.0 / 3, 0, 0, 0, 0, false},
		{"message",
			"On this International Day, we remember the millions who go hungry. " +
				"We must do more to end poverty. " +
				"Let us commit to a world where no one is left behind, and I call on every government to act.",
			0, 2.0 / 3, 1.0 / 3, 0, 0, false},
		{"obituary",
			"University remembers a former dean\n\nThe former dean passed away at home last week. " +
				"He was born in Ohio and is survived by his wife. " +
				"Colleagues thanked him for decades of service.",
			0, 0, 2.0 / 3, 0, 1.0 / 3, true},
		{"signing",
			"The two ministers signed a memorandum of understanding on health cooperation. " +
				"They will establish a joint working group. " +
				"The Ministry will fund the programme with five million dollars.",
			0, 0, 0, 1, 0, false},
	} {
		a := analyse(parse(t, []byte(c.text)))
		_, sig := a.outcomeExamples(make([]float64, len(a.d.Sentences)), nil)
		g := sig.gate
		for _, v := range []struct {
			what      string
			got, want float64
		}{{"attend", g.attend, c.attend}, {"exhort", g.exhort, c.exhort}, {"remembrance", g.remembrance, c.remembrance},
			{"own acts", g.ownActs, c.ownActs}, {"courtesy", g.courtesy, c.courts}} {
			if math.Abs(v.got-v.want) > 1e-9 {
				t.Errorf("%s: %s share %v, want %v (%+v)", c.name, v.what, v.got, v.want, g)
			}
		}
		if g.titleRemembrance != c.title {
			t.Errorf("%s: title remembrance %v, want %v (title %q)", c.name, g.titleRemembrance, c.title, a.d.Title)
		}
	}
}

// TestStandFeatures: a sentence's exhort and remembrance features are
// its words' classes, in the order of their names, last among the
// sentence features.
func TestStandFeatures(t *testing.T) {
	for _, c := range []struct {
		text string
		want [2]float64
	}{
		{"Let us commit to ending hunger by 2030.", [2]float64{1, 0}},
		{"A memorial service will be held on Saturday.", [2]float64{0, 1}},
		{"Foreign Ministers of all member states participated in the meeting.", [2]float64{0, 0}},
		{"The two ministers signed a memorandum on health.", [2]float64{0, 0}},
	} {
		var acts uint16
		for _, t := range tokenize(c.text) {
			if t.word {
				acts |= actSignals()[t.folded]
			}
		}
		x := make([]float64, 4)
		if f := setStandFeatures(x, 1, acts); f != 3 {
			t.Fatalf("setStandFeatures returned %d, want 3", f)
		}
		if [2]float64(x[1:3]) != c.want || x[0] != 0 || x[3] != 0 {
			t.Errorf("%q: features %v, want %v between zeros", c.text, x, c.want)
		}
	}
	names := OutcomeFeatureNames()
	if got := names[len(names)-len(standFeatureNames):]; !slices.Equal(got, standFeatureNames) {
		t.Errorf("the last sentence features are %v, want %v", got, standFeatureNames)
	}
}

// TestMoreGateFeatures: the gate's further features are the document's
// shares, then the shares of the listed sentences that take a stance and
// that state an act, then the document's shares of what a document
// without outcomes says instead, and the listed sentences' shares of it.
func TestMoreGateFeatures(t *testing.T) {
	cands := listedWith(0.9, 0.8, 0.7, 0.6)
	cands[0].ex.Features[actionFeature] = 1
	cands[0].ex.Features[instrumentFeature] = 1 // one sentence counts once
	cands[1].ex.Features[futureActFeature] = 1
	cands[2].ex.Features[weCommitFeature] = 1
	cands[3].ex.Features[stanceFeature] = 1
	// the listed sentences are 0 to 3 of the document's 6; 3 is on
	// attendance, 1 and 2 are exhortations, and 5, on attendance too, is
	// not listed
	stands := []uint16{0, actExhort, actExhort, actAttend, 0, actAttend}
	g := gateSignals{claims: 0.5, rebuttals: 0.25, acts: 0.1, attend: 0.2, exhort: 0.3, remembrance: 0.4, courtesy: 0.05,
		ownActs: 0.6, viewVerbs: 0.7, titleRemembrance: true, stands: stands, sentences: 0.5, leadReaction: true}
	got := moreGateFeatures(cands, g)
	// … then the length, the listed sentences' mean probability and their
	// share of the document's sentences, and a lead that reacts
	want := []float64{0.5, 0.25, 0.1, 0.25, 0.75, 0.2, 0.3, 0.4, 0.05, 0.6, 0.7, 1, 0.25, 0.5, 0.5, 0.75, 4.0 / 6, 1}
	if len(got) != len(gateExtraFeatureNames) || len(want) != len(got) {
		t.Fatalf("%d features, %d names, %d wanted", len(got), len(gateExtraFeatureNames), len(want))
	}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-9 {
			t.Fatalf("moreGateFeatures = %v, want %v", got, want)
		}
	}
	if got := moreGateFeatures(nil, gateSignals{}); slices.ContainsFunc(got, func(v float64) bool { return v != 0 }) {
		t.Errorf("nothing listed, no signals: %v, want zeros", got)
	}
	// The gate's features end with these, in the order of their names.
	all := gateFeatures(cands, docSignals{sentences: 10, gate: g})
	names := OutcomeGateFeatureNames()
	if len(all) != len(names) || names[len(names)-len(gateExtraFeatureNames)] != "claims" || all[len(all)-len(want)] != 0.5 {
		t.Errorf("gate features %v, names %v: want the further features last", all, names)
	}
}

// TestLeadSignals: a lead that welcomes others' accord is read as a
// reaction, one that reports talks is not; a longer document reads as
// longer.
func TestLeadSignals(t *testing.T) {
	body := "The minister spoke to reporters in the capital on Monday. " +
		"She described the talks as open and friendly. " +
		"Officials from both sides attended the dinner afterwards."
	read := func(text string) gateSignals {
		a := analyse(parse(t, []byte(text)))
		_, sig := a.outcomeExamples(make([]float64, len(a.d.Sentences)), nil)
		return sig.gate
	}
	talks := read("Minister meets her neighbour\n\n" + body)
	if talks.leadReaction {
		t.Errorf("a lead that reports talks read as a reaction")
	}
	reaction := read("Minister on the neighbours' accord\n\n" +
		"The Minister warmly welcomed the accord reached by the two neighbours last week. " + body)
	if !reaction.leadReaction {
		t.Errorf("a lead that welcomes others' accord not read as a reaction")
	}
	if talks.sentences <= 0 || talks.sentences >= reaction.sentences || reaction.sentences >= 1 {
		t.Errorf("lengths %v and %v, want in (0, 1), the longer document longer", talks.sentences, reaction.sentences)
	}
}

// TestGateLexicalTerms: the gate's words are the title's words and pairs
// and the lead's, the lead's names and numbers written as lexForm writes
// them (a run of names as one), so that two publishers' reactions read
// alike; the lead is the first sentence of eight words or more.
func TestGateLexicalTerms(t *testing.T) {
	a := analyse(parse(t, []byte("Minister welcomes report\n\nThe Ministry of Foreign Affairs welcomes the report published on 3 May by the panel.\n\nIt thanks the panel.")))
	c := &OutcomeCandidates{a: a}
	c.exs, c.sig = a.outcomeExamples(make([]float64, len(a.d.Sentences)), nil)
	terms := c.GateLexicalTerms()
	for _, want := range []string{"t|minister", "t|welcomes", "T|minister welcomes", "T|welcomes report",
		"l|the", "L|the <C>", "L|<C> welcomes", "L|welcomes the", "L|on <N>", "L|<N> <C>"} {
		if !slices.Contains(terms, want) {
			t.Errorf("gate terms %q lack %q", terms, want)
		}
	}
	for _, unwanted := range []string{"l|thanks", "L|<C> <C>", "l|ministry"} {
		if slices.Contains(terms, unwanted) {
			t.Errorf("gate terms %q hold %q", terms, unwanted)
		}
	}
	buckets := c.GateLexical()
	if len(buckets) != len(terms) {
		t.Fatalf("%d buckets for %d terms", len(buckets), len(terms))
	}
	for _, b := range buckets {
		if int(b) >= GateLexicalBuckets() {
			t.Errorf("bucket %d out of %d", b, GateLexicalBuckets())
		}
	}
	// The same reaction by another publisher shares its lead's pairs.
	b := analyse(parse(t, []byte("Statement\n\nThe Secretariat of the Union welcomes the report released today by the commission.")))
	other := &OutcomeCandidates{a: b}
	other.exs, other.sig = b.outcomeExamples(make([]float64, len(b.d.Sentences)), nil)
	if terms := other.GateLexicalTerms(); !slices.Contains(terms, "L|<C> welcomes") || !slices.Contains(terms, "L|welcomes the") {
		t.Errorf("another publisher's reaction: %q", terms)
	}
	if got := gateLexicalFeatures(nil, nil); len(got) != 0 {
		t.Errorf("no title, no lead: %v", got)
	}
}

// TestGateLexicalBlock: a gate's lexical block moves the gate's
// probability by the weights of the document's title and lead words,
// and a model with a block of the wrong size or without a gate fails the
// check.
func TestGateLexicalBlock(t *testing.T) {
	m, err := builtinOutcomeModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Gate == nil {
		t.Skip("the built-in model has no gate")
	}
	a := analyse(parse(t, []byte("Minister sends condolences\n\nThe Minister sends her deepest condolences to the families of the victims of the floods.")))
	cands, sig := a.outcomeExamples(make([]float64, len(a.d.Sentences)), nil)
	var listed []scoredExample
	for _, ex := range cands {
		listed = append(listed, scoredExample{ex, 0.9})
	}
	without := *m
	without.GateLexical = nil
	weights := make([]float64, GateLexicalBuckets())
	condolences := lexHash('t', "condolences", "") & (gateLexBuckets - 1)
	weights[condolences] = -3
	with := *m
	with.GateLexical = NewLexicalBlock("test", weights)
	if err := with.Check(); err != nil {
		t.Fatalf("a model with a gate's block: %v", err)
	}
	p0, p1 := without.gateProbability(listed, sig), with.gateProbability(listed, sig)
	if want := 1 / (1 + math.Exp(-(math.Log(p0/(1-p0)) - 3))); math.Abs(p1-want) > 1e-9 {
		t.Errorf("gate probability %v with the block, want %v (%v without)", p1, want, p0)
	}
	bad := with
	bad.GateLexical = NewLexicalBlock("test", make([]float64, 16))
	if bad.Check() == nil {
		t.Error("a gate's block of 16 buckets passes the check")
	}
	bad = with
	bad.Gate, bad.GateFull = nil, 0
	if bad.Check() == nil {
		t.Error("a gate's block without a gate passes the check")
	}
}
