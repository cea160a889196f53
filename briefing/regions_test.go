package briefing

import (
	"testing"

	"github.com/brief-dev/brief/internal/vocab"
)

// TestRegions: every name of the generated regions.txt ("New Mexico",
// "Port of Spain") names no state where a sentence mentions it, though it
// holds a state's name; the state's own name beside it still does.
func TestRegions(t *testing.T) {
	regions := vocab.Sections("regions.txt")[""]
	if len(regions) == 0 {
		t.Fatal("regions.txt lists no region")
	}
	for _, r := range regions {
		text := "Officials from " + r + " attended the meeting on Monday."
		if got := briefOf(t, parse(t, []byte(text)), Options{}).Parties.Countries; len(got) != 0 {
			t.Errorf("%q: countries %v, want none", text, got)
		}
	}
	text := "The governor of New Mexico met the ambassador of Mexico on Monday."
	got := briefOf(t, parse(t, []byte(text)), Options{}).Parties.Countries
	if len(got) != 1 || got[0].Name != "Mexico" {
		t.Errorf("%q: countries %v, want Mexico alone", text, got)
	}
}
