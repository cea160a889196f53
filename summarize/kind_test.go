package summarize

import (
	"strings"
	"testing"
)

// Auto chooses the ranker fitted for the document's kind; the kind is told
// from the text, and for documents built from sentences, from those.
func TestAutoChoosesByKind(t *testing.T) {
	transcript := strings.Repeat(`Chair: Good morning, everyone. Let's start with the budget.
Member A: Thank you, Chair. The draft budget is ready and we circulated it last week.
Member B: Um , I think the library line is too low .
Chair: Agreed. Let's raise it by five percent and move on.
`, 3)
	readout := `Readout of the Minister's Meeting with the Ambassador of Norway

The Minister met with the Ambassador of Norway today in Oslo. The two sides discussed cooperation on energy and fisheries, and reaffirmed their commitment to the strategic partnership. They agreed to hold the next round of talks in March.`
	for _, c := range []struct {
		name, text, kind, ranker string
	}{
		{"transcript", transcript, "transcript", "transcript"},
		{"readout", readout, "readout", "default"},
	} {
		d, err := Parse([]byte(c.text), ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if k := d.Kind(); string(k.Kind) != c.kind {
			t.Errorf("%s: kind %s (%.2f), want %s", c.name, k.Kind, k.Confidence, c.kind)
		}
		s, err := Extract(d, Options{Algorithm: Auto, Words: 40})
		if err != nil {
			t.Fatal(err)
		}
		if s.Algorithm != c.ranker {
			t.Errorf("%s: auto chose %q, want %q", c.name, s.Algorithm, c.ranker)
		}
		// The same text as sentences, without its layout, is told the same.
		var sents []string
		for _, st := range d.Sentences {
			sents = append(sents, st.Text)
		}
		if k := FromSentences(c.text, sents).Kind(); string(k.Kind) != c.kind {
			t.Errorf("%s from sentences: kind %s, want %s", c.name, k.Kind, c.kind)
		}
	}
}

// Options.Kind overrides the detected kind; an unknown kind is an error.
func TestAutoKindOverride(t *testing.T) {
	d, err := Parse([]byte("The council met on Monday. It approved the budget for the new library."), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := Extract(d, Options{Algorithm: Auto, Kind: "report", Sentences: 1})
	if err != nil {
		t.Fatal(err)
	}
	if s.Algorithm != "report" {
		t.Errorf("auto with kind report chose %q", s.Algorithm)
	}
	if _, err := Extract(d, Options{Algorithm: Auto, Kind: "memo"}); err == nil {
		t.Error("unknown kind accepted")
	}
}
