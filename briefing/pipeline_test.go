package briefing

import "testing"

// TestAnnotatorOrder: every annotator reads only the document's text and
// what an earlier annotator wrote, and no two write the same layer.
func TestAnnotatorOrder(t *testing.T) {
	written := map[layer]string{layerText: "the document"}
	for _, an := range annotators {
		if an.run == nil {
			t.Errorf("%s: nothing to run", an.name)
		}
		for _, l := range an.reads {
			if _, ok := written[l]; !ok {
				t.Errorf("%s reads %q, which no earlier annotator writes", an.name, l)
			}
		}
		for _, l := range an.writes {
			if by, ok := written[l]; ok {
				t.Errorf("%s writes %q, which %s wrote already", an.name, l, by)
			}
			written[l] = an.name
		}
	}
}

// TestAnnotatorsWrite: after each annotator of a release, the layers it
// says it writes hold something.
func TestAnnotatorsWrite(t *testing.T) {
	d := parse(t, []byte("Talks in Canberra\n\nForeign Minister Jane Roe of Australia met officials of the Ministry of Finance in Canberra. Australia and the Ministry agreed to meet again.\n\n-end-\n\nHanna Corbel / Tomas Reyl\n\nHeadquarters, Washington\n\n202-555-0100\n\nhanna.corbel@agency.example\n"))
	a := &analysis{d: d}
	holds := map[layer]func() bool{
		layerTokens:  func() bool { return len(a.segs) > 0 && len(a.segs[len(a.segs)-1].toks) > 0 },
		layerMarks:   func() bool { return len(a.sents) > 0 && len(a.sents[0].cms) > 0 },
		layerPersons: func() bool { return len(a.persons) > 0 },
		layerSignOffs: func() bool {
			for _, p := range a.persons {
				if p.contact {
					return true
				}
			}
			return false
		},
		layerHome: func() bool { return a.home != "" },
		layerOrgs: func() bool { return len(a.orgs) > 0 },
	}
	for _, an := range annotators {
		an.run(a)
		for _, l := range an.writes {
			if f := holds[l]; f == nil {
				t.Errorf("%s writes %q, which this test does not check", an.name, l)
			} else if !f() {
				t.Errorf("after %s, %q is empty", an.name, l)
			}
		}
	}
}
