package briefing

import (
	"math"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/brief-dev/brief/internal/golden"
	"github.com/brief-dev/brief/summarize"
)

// TestOutcomeModelFresh: the embedded model has a weight for exactly the
// features the code computes, in order, and a threshold that lists
// something; a change of features without go generate ./briefing fails
// here.
func TestOutcomeModelFresh(t *testing.T) {
	m, err := builtinOutcomeModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Threshold <= 0 || m.Threshold >= 1 {
		t.Errorf("threshold %v, want a probability", m.Threshold)
	}
	for _, f := range m.Features {
		if math.IsNaN(f.Weight) || math.IsInf(f.Weight, 0) {
			t.Errorf("feature %s has weight %v", f.Name, f.Weight)
		}
	}
}

// TestOutcomeModelSigns: the fitted weights point the way the features
// mean, so the model learned the signal and not an accident of the data:
// a firm cue and a signing count for an outcome, attendance and a
// quotation against.
func TestOutcomeModelSigns(t *testing.T) {
	m, err := builtinOutcomeModel()
	if err != nil {
		t.Fatal(err)
	}
	weight := map[string]float64{}
	for _, f := range m.Features {
		weight[f.Name] = f.Weight
	}
	for _, name := range []string{"cue_weight", "cue_signed"} {
		if weight[name] <= 0 {
			t.Errorf("weight of %s = %v, want positive", name, weight[name])
		}
	}
	for _, name := range []string{"attendance", "quote"} {
		if weight[name] >= 0 {
			t.Errorf("weight of %s = %v, want negative", name, weight[name])
		}
	}
}

// TestGateFeatures: the gate sees how many sentences the sentence model
// lists (at most five count) and how sure it is of the best, and what the
// document says as a whole.
func TestGateFeatures(t *testing.T) {
	cands := listedWith(0.4, 0.9, 0.5, 0.6, 0.7, 0.8)
	cands[1].ex.Features[attendanceFeature] = 1
	cands[2].ex.Features[earlierFeature] = 1
	cands[3].ex.Features[historyFeature] = 1
	got := gateFeatures(cands, docSignals{meeting: true, maxCue: 0.8, firmCues: 2, sympathy: 0.25, meetings: 0.5, sentences: 40, stances: 0.1, titleStance: true})
	want := []float64{1, 0.9, 1, 0, 0.8, 0.4, 0, 0.25, 0.5, 0,
		0.8, 0.05, 0.1, 0, 1, 1.0 / 6, 2.0 / 6, 0}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-9 {
			t.Fatalf("gateFeatures = %v, want %v", got, want)
		}
	}
	if len(got) != len(OutcomeGateFeatureNames()) {
		t.Errorf("%d gate features, %d names", len(got), len(OutcomeGateFeatureNames()))
	}
	// A gate that weighs only "listed" closes on a document with nothing
	// listed and opens on one with five.
	g := &LogisticModel{Threshold: 0.5, Intercept: 0}
	for _, name := range outcomeGateFeatureNames {
		f := OutcomeFeature{Name: name, Scale: 1}
		if name == "listed" {
			f.Weight, f.Mean, f.Scale = 10, 0.1, 1
		}
		g.Features = append(g.Features, f)
	}
	if p := g.Probability(gateFeatures(nil, docSignals{})); p >= 0.5 {
		t.Errorf("nothing listed: p = %v, want the gate closed", p)
	}
	if p := g.Probability(gateFeatures(listedWith(0.6, 0.6, 0.6, 0.6, 0.6), docSignals{sentences: 30})); p < 0.5 {
		t.Errorf("five listed: p = %v, want the gate open", p)
	}
	// In a one-sentence document, that sentence listed is all there is.
	if got := gateFeatures(listedWith(0.9), docSignals{sentences: 1}); got[0] != 1 {
		t.Errorf("one sentence of one listed: listed = %v, want 1", got[0])
	}
}

// TestQuestionsAreNoOutcomes: in a press-briefing transcript, a reporter's
// question, even one full of outcome words, is neither an outcome nor the
// bottom line.
func TestQuestionsAreNoOutcomes(t *testing.T) {
	text := "Press Briefing by the Press Secretary\n\n" +
		"Q Did the two leaders agree to sign the trade agreement next week?\n\n" +
		"Q I just have one quick follow-up on the agreement they signed.\n\n" +
		"MS. SMITH: The two leaders agreed to sign the trade agreement in Geneva next week. They will also establish a joint commission.\n"
	b := briefOf(t, parse(t, []byte(text)), Options{})
	for _, o := range b.Outcomes {
		if isQuestion(o.Text) {
			t.Errorf("outcome %q is a question", o.Text)
		}
	}
	if b.BLUF == nil || isQuestion(b.BLUF.Text) {
		t.Errorf("bottom line %v, want a statement", b.BLUF)
	}
	for _, q := range []string{"Did they agree?", "Q I have a follow-up.", `He asked: "Will they sign?"`} {
		if !isQuestion(q) {
			t.Errorf("isQuestion(%q) = false", q)
		}
	}
	if isQuestion("Quebec signed the accord.") {
		t.Error(`isQuestion("Quebec signed the accord.") = true`)
	}
}

// TestOutcomeCandidatesAsNew: the trainer's path (every feature computed
// once, then a model applied) lists exactly the outcomes New lists, with
// the embedded model and with a gate that closes on every document, for
// every golden case: the figures a trainer reports are the tool's.
func TestOutcomeCandidatesAsNew(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	m, err := builtinOutcomeModel()
	if err != nil {
		t.Fatal(err)
	}
	closed := *m
	gate := *m.Gate
	gate.Threshold = 1.1
	closed.Gate = &gate
	// a band over every probability: one pick at most
	one := *m
	oneGate := *m.Gate
	oneGate.Threshold = 0
	one.Gate, one.GateFull = &oneGate, 1
	// more picks past the fifth
	filled := *m
	filled.More = &MorePicks{Max: 7, Threshold: m.Threshold}
	if err := filled.Check(); err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		ar := golden.Read(t, file)
		d := parse(t, golden.File(ar, "input"))
		sum, err := summarize.Extract(d, summarize.Options{})
		if err != nil {
			t.Fatal(err)
		}
		c := NewOutcomeCandidates(d, sum)
		listed := 0
		var all []Outcome
		for k, model := range []*OutcomeModel{m, &closed, &one, &filled} {
			want := New(d, sum, Options{OutcomeModel: model}).Outcomes
			got := c.Outcomes(model)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: candidates list %+v, New %+v", file, got, want)
			}
			listed += len(got)
			switch k {
			case 0:
				all = got
			case 2:
				if len(all) > 0 && !reflect.DeepEqual(got, all[:1]) {
					t.Errorf("%s: in the gate's band lists %+v, want the first of %+v", file, got, all)
				}
			}
		}
		if len(c.Examples()) == 0 {
			t.Errorf("%s: no candidate sentences", file)
		}
		if filepath.Base(file) == "india-russia-irigc.txtar" && listed == 0 {
			t.Errorf("%s: no outcome listed, the comparison tests nothing", file)
		}
	}
}

// TestGateFullCheck: a model's full-listing gate threshold lies in [0, 1]
// and needs a gate.
func TestGateFullCheck(t *testing.T) {
	m, err := builtinOutcomeModel()
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []func(*OutcomeModel){
		func(c *OutcomeModel) { c.GateFull = 1.5 },
		func(c *OutcomeModel) { c.GateFull = -0.1 },
		func(c *OutcomeModel) { c.GateFull, c.Gate = 0.5, nil },
	} {
		c := *m
		bad(&c)
		if c.Check() == nil {
			t.Errorf("gate_full %g with gate %v passes the check", c.GateFull, c.Gate != nil)
		}
	}
	c := *m
	c.GateFull = 0.9
	if err := c.Check(); err != nil {
		t.Errorf("gate_full 0.9: %v", err)
	}
}

// listedWith returns listed sentences of probabilities ps, with no
// feature set.
func listedWith(ps ...float64) []scoredExample {
	out := make([]scoredExample, len(ps))
	for i, p := range ps {
		out[i] = scoredExample{OutcomeExample{Index: i, Features: make([]float64, len(outcomeFeatureNames))}, p}
	}
	return out
}

// TestActFeatures: a firm act ahead ("will establish"), a result
// stated plainly (an active past verb, then what it produced) and an
// instrument that does something ("the treaty strengthens") are told
// from a wish ahead, a passive, a verb with no product and an instrument
// that is only described or named.
func TestActFeatures(t *testing.T) {
	acts := actSignals()
	for _, c := range []struct {
		text                  string
		future, plan, subject bool
	}{
		{"The parties will establish a joint mechanism.", true, false, false},
		{"Both sides will jointly launch a programme.", true, false, false},
		{"The parties will discuss a mechanism next year.", false, false, false},
		{"The company partnered with the university on a new programme.", false, true, false},
		{"Japan drafted a framework for maritime security.", false, true, false},
		{"A framework was drafted last year.", false, false, false},
		{"The ministers welcomed the progress made so far.", false, false, false},
		{"The programme was launched to help farmers.", false, false, false},
		{"The treaty strengthens the two countries' efforts against crime.", false, false, true},
		{"This MoU also provides for yearly consultations.", false, false, true},
		{"The new trade agreement will enable firms to bid for contracts.", false, false, true},
		{"The agreement is the first of its kind.", false, false, false},
		{"The signing of the agreement took place in Rome.", false, false, false},
		{"Ministers said the agreement strengthens ties.", false, false, false},
	} {
		toks := tokenize(c.text)
		if got := futureAct(toks, acts); got != c.future {
			t.Errorf("futureAct(%q) = %v, want %v", c.text, got, c.future)
		}
		if got := activeResult(toks, acts); got != c.plan {
			t.Errorf("activeResult(%q) = %v, want %v", c.text, got, c.plan)
		}
		if got := instrumentSubject(toks, acts); got != c.subject {
			t.Errorf("instrumentSubject(%q) = %v, want %v", c.text, got, c.subject)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Prime Minister Modi assured India's full support for the growth of Sri Lanka.", true},
		{"The Foundation also offered its full support to the development agenda.", true},
		{"The Minister conveyed his greetings, and support for the plan was discussed.", false},
		{"The President extended the deadline by a month.", false},
		{"The ministers discussed support for farmers.", false},
	} {
		if got := assuredSupport(tokenize(c.text), acts); got != c.want {
			t.Errorf("assuredSupport(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestLeadInCue: the items of a list under a lead-in that ends in a colon
// carry the lead-in's cue (the verb of "The ministers agreed to:" is what
// makes "- establish a joint fund" an outcome); a sentence after the list
// and one under no lead-in carry none.
func TestLeadInCue(t *testing.T) {
	text := "Ministers meet in Rome\n\n" +
		"The ministers met in Rome on Monday to review their cooperation on trade.\n\n" +
		"The ministers agreed to:\n\n" +
		"- establish a joint fund for small exporters in both countries;\n" +
		"- expand the exchange of customs data between the two agencies.\n\n" +
		"The next meeting will take place in Madrid in the spring of next year.\n"
	d := parse(t, []byte(text))
	sum, err := summarize.Extract(d, summarize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	k := outcomeFeatureIndex("lead_in_cue")
	got := map[string]bool{}
	for _, ex := range NewOutcomeCandidates(d, sum).Examples() {
		got[ex.Text] = ex.Features[k] > 0
	}
	for text, want := range map[string]bool{
		"establish a joint fund for small exporters in both countries;":             true,
		"expand the exchange of customs data between the two agencies.":             true,
		"The ministers met in Rome on Monday to review their cooperation on trade.": false,
		"The next meeting will take place in Madrid in the spring of next year.":    false,
	} {
		v, ok := got[text]
		if !ok {
			t.Errorf("%q is no candidate (candidates %v)", text, got)
		} else if v != want {
			t.Errorf("lead_in_cue of %q set %v, want %v", text, v, want)
		}
	}
}

// TestDocumentRelativeFeatures: a sentence is seen against its document:
// the first sentence with a firm cue and the one with the document's
// strongest cue are marked, a weaker cue is a share of the strongest, a
// claim word and "will continue" are told, and the document's share of
// claims is the same for each of its sentences.
func TestDocumentRelativeFeatures(t *testing.T) {
	text := "Ministers meet in Rome\n\n" +
		"The ministers met in Rome on Monday to review their cooperation on trade.\n\n" +
		"The ministers signed an agreement on the mutual recognition of diplomas.\n\n" +
		"They agreed to establish a joint fund for small exporters in both countries.\n\n" +
		"The ministers discussed cooperation on energy and transport.\n\n" +
		"The opposition claimed that the talks had been cut short.\n\n" +
		"Italy will continue to support the reform of the customs union.\n"
	d := parse(t, []byte(text))
	sum, err := summarize.Extract(d, summarize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	idx := func(name string) int { return outcomeFeatureIndex(name) }
	got := map[string][]float64{}
	for _, ex := range NewOutcomeCandidates(d, sum).Examples() {
		got[ex.Text] = ex.Features
	}
	signed := got["The ministers signed an agreement on the mutual recognition of diplomas."]
	agreed := got["They agreed to establish a joint fund for small exporters in both countries."]
	claimed := got["The opposition claimed that the talks had been cut short."]
	continues := got["Italy will continue to support the reform of the customs union."]
	met := got["The ministers met in Rome on Monday to review their cooperation on trade."]
	discussed := got["The ministers discussed cooperation on energy and transport."]
	if signed == nil || agreed == nil || claimed == nil || continues == nil || met == nil || discussed == nil {
		t.Fatalf("a sentence is no candidate: %v", got)
	}
	if signed[idx("first_firm")] != 1 || agreed[idx("first_firm")] != 0 {
		t.Errorf("first_firm: signed %v, agreed %v, want 1 and 0", signed[idx("first_firm")], agreed[idx("first_firm")])
	}
	if signed[idx("strongest_cue")] != 1 || signed[idx("cue_share")] != 1 {
		t.Errorf("the signing holds the strongest cue: strongest %v, share %v", signed[idx("strongest_cue")], signed[idx("cue_share")])
	}
	if s, w := discussed[idx("cue_share")], discussed[idx("cue_weight")]; s <= 0 || s >= 1 || s != w/discussed[idx("doc_max_cue")] || discussed[idx("strongest_cue")] != 0 {
		t.Errorf("a discussion's cue %v: share %v of the strongest, want between 0 and 1, and not the strongest", w, s)
	}
	if met[idx("cue_share")] != 0 || met[idx("strongest_cue")] != 0 {
		t.Errorf("a sentence with no cue: share %v, strongest %v, want 0", met[idx("cue_share")], met[idx("strongest_cue")])
	}
	if claimed[idx("claim")] != 1 || signed[idx("claim")] != 0 {
		t.Errorf("claim: claimed %v, signed %v, want 1 and 0", claimed[idx("claim")], signed[idx("claim")])
	}
	if claimed[idx("doc_claims")] == 0 || claimed[idx("doc_claims")] != signed[idx("doc_claims")] {
		t.Errorf("doc_claims: %v and %v, want the same share above 0", claimed[idx("doc_claims")], signed[idx("doc_claims")])
	}
	if continues[idx("will_continue")] != 1 || agreed[idx("will_continue")] != 0 {
		t.Errorf("will_continue: %v and %v, want 1 and 0", continues[idx("will_continue")], agreed[idx("will_continue")])
	}
}
