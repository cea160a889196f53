package render

import (
	"fmt"
	"testing"

	"github.com/brief-dev/brief/briefing"
)

// TestMoreOutcomesGiveWay: a note with more than five outcomes keeps the
// first five before the people when the page is full; the later ones
// give way after the next steps, so that the note stays one page.
func TestMoreOutcomesGiveWay(t *testing.T) {
	b := &briefing.Brief{Title: "Ministers agree on a water fund", Analysed: true}
	for i := range 7 {
		b.Outcomes = append(b.Outcomes, briefing.Outcome{Text: fmt.Sprintf("The ministers agreed on measure %d.", i+1), Kind: "agreement", Index: i})
	}
	n := pdfNote(b)
	found := false
	for _, s := range n.Sections {
		if s.Heading != b.OutcomesHeading() {
			continue
		}
		found = true
		if len(s.Items) != 7 {
			t.Fatalf("%d outcome items, want 7", len(s.Items))
		}
		for i, it := range s.Items {
			if early := it.Priority < priorityPerson; early != (i < shownOutcomes) {
				t.Errorf("outcome %d: priority %d, before the people %v", i+1, it.Priority, early)
			}
			if i >= shownOutcomes && it.Priority <= priorityNextStep+len(b.Outcomes) {
				t.Errorf("outcome %d: priority %d, want after the next steps", i+1, it.Priority)
			}
		}
	}
	if !found {
		t.Fatal("no outcomes section")
	}
}
