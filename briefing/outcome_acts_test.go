package briefing

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestMainVerb checks the class and modality of the main clause's verb
// that mainVerb reads, past a lead-in and the adverbs before the verb.
func TestMainVerb(t *testing.T) {
	for _, c := range []struct {
		text          string
		class         uint16 // a bit the verb must have (0: none)
		future, first bool
	}{
		{"In particular, with a view to supporting the repair, recovery and reconstruction, we will establish a multi-agency Donor Coordination Platform.", vbNew, true, true},
		{"We task the relevant Ministers to monitor the full implementation of sanctions.", vbDirective, false, true},
		{"We will continue to support science to develop safe vaccines.", vbOngoing, true, true},
		{"We remain committed to diplomacy.", vbOngoing, false, true},
		{"The United Nations is dedicated to the realization of Agenda 2063.", vbPledge, false, false},
		{"We hope to conclude the negotiations this year.", vbAspire, false, true},
		{"We call on all participants to share information.", vbAppeal, false, true},
		{"To that end, we endorse the terms of reference and hereby establish an open Climate Club.", vbNew, false, true},
		{"We welcome the agreement reached by the parties.", vbView, false, true},
		{"The two sides signed a memorandum of understanding on health.", vbNew, false, false},
		{"The plan will create jobs.", vbNew, true, false},
		{"We are announcing a new fund for the region.", vbNew, false, true},
		{"The meeting took place in Paris.", 0, false, false},
		{"The two leaders discussed regional security.", vbTalk, false, false},
		{"The ministers will also be discussing trade and energy.", vbTalk, true, false},
		{"The talks covered trade and investment.", 0, false, false},
	} {
		v := mainVerb(tokenize(c.text), verbClasses())
		if c.class == 0 && v.class != 0 || c.class != 0 && v.class&c.class == 0 || v.future != c.future || v.firstPerson != c.first {
			t.Errorf("%q: class %b future %v first %v, want class %b future %v first %v", c.text, v.class, v.future, v.firstPerson, c.class, c.future, c.first)
		}
	}
}

// TestSpecifics checks the specificity signals and the openings of a
// statement's list.
func TestSpecifics(t *testing.T) {
	for _, c := range []struct {
		text                       string
		amount, dateAhead, newName bool
	}{
		{"We will establish a multi-agency Donor Coordination Platform.", false, false, true},
		{"We will provide at least $500 billion a year to developing countries.", true, false, false},
		{"The Bank will lend 1.5 billion euros to the project by the end of March 2023.", true, true, false},
		{"The two sides will meet again next year.", false, true, false},
		{"The treaty was signed in 2019 by a Minister.", false, false, false},
		{"We will continue to support our partners.", false, false, false},
	} {
		a, d, n := specifics(tokenize(c.text), verbSignals(), monthNames(), 2023)
		if a != c.amount || d != c.dateAhead || n != c.newName {
			t.Errorf("%q: amount %v date ahead %v new name %v, want %v %v %v", c.text, a, d, n, c.amount, c.dateAhead, c.newName)
		}
	}
	for _, c := range []struct {
		text            string
		enumerated, end bool
	}{
		{"First, we will deny Russia the status.", true, false},
		{"Sixth, we stand ready to impose further restrictions.", true, false},
		{"To this end, we will adopt further measures.", false, true},
		{"First steps were taken last year.", false, false},
		{"To end the conflict, the parties met.", false, false},
	} {
		e, end := opening(tokenize(c.text), verbSignals())
		if e != c.enumerated || end != c.end {
			t.Errorf("%q: enumerated %v to this end %v, want %v %v", c.text, e, end, c.enumerated, c.end)
		}
	}
}

// TestActFeaturesComplete checks that set writes one value for each name
// of actFeatureNames, and that a document's new act and its continuing
// verbs reach the features that cross them.
func TestActFeaturesComplete(t *testing.T) {
	d := docActs{sents: []sentenceActs{
		{verb: mainVerb(tokenize("We will establish a Donor Coordination Platform."), verbClasses())},
		{verb: mainVerb(tokenize("We will continue to support Ukraine."), verbClasses())},
	}, newActs: 1, ongoing: 0.5, long: 1}
	x := make([]float64, len(actFeatureNames))
	if f := d.set(x, 0, 1); f != len(actFeatureNames) {
		t.Fatalf("set wrote %d features, actFeatureNames names %d", f, len(actFeatureNames))
	}
	want := map[string]float64{"mv_ongoing": 1, "mv_new": 0, "ongoing_x_doc_new": 1.0 / 3, "stance_x_long": 1, "doc_ongoing": 0.5, "mv_talk": 0}
	for k, name := range actFeatureNames {
		if v, ok := want[name]; ok && x[k] != v {
			t.Errorf("%s = %g, want %g", name, x[k], v)
		}
	}
	// talks ahead (a visit's agenda) and talks reported
	for _, c := range []struct {
		text         string
		talk, future float64
	}{
		{"The ministers will discuss migration and trade.", 1, 1},
		{"The leaders discussed migration and trade.", 1, 0},
		{"The leaders will not discuss migration.", 0, 0},
		{"The leaders will sign a treaty on migration.", 0, 0},
	} {
		d := docActs{sents: []sentenceActs{{verb: mainVerb(tokenize(c.text), verbClasses())}}}
		d.set(x, 0, 0)
		talk, future := x[slices.Index(actFeatureNames, "mv_talk")], x[slices.Index(actFeatureNames, "mv_talk_future")]
		if talk != c.talk || future != c.future {
			t.Errorf("%q: mv_talk %g mv_talk_future %g, want %g %g", c.text, talk, future, c.talk, c.future)
		}
	}
}

// TestVerbForms: the table of verb forms answers as verbBits does, for
// every form it holds, for every base form with every ending (doubled or
// not, with or without its "e"), and for every word of the test corpus.
func TestVerbForms(t *testing.T) {
	classes, forms := verbClasses(), verbForms()
	if len(forms) < len(classes) {
		t.Fatalf("%d forms for %d verbs", len(forms), len(classes))
	}
	check := func(w string) {
		if got, want := forms[w], verbBits(w, classes); got != want {
			t.Errorf("verbForms()[%q] = %b, verbBits = %b", w, got, want)
		}
	}
	for w := range forms {
		check(w)
		if !verbFormShapes().May(w) {
			t.Errorf("verbFormShapes refuses the form %q", w)
		}
	}
	for k := range classes {
		for _, stem := range []string{k, k + "e", k + "x", strings.TrimSuffix(k, "e"), k[:max(len(k)-1, 0)]} {
			check(stem)
			for _, suf := range verbSuffixes {
				check(stem + suf)
				check(stem + stem[max(len(stem)-1, 0):] + suf)
			}
		}
	}
	files, _ := filepath.Glob("testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range words(string(b)) {
			check(w)
		}
	}
}
