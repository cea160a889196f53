package render

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/brief-dev/brief/briefing"
)

// TestKeyParties: a note lists the eight people (and bodies) mentioned in
// the most sentences, in the brief's order, earlier ones first among
// equals, and says how many more the document names.
func TestKeyParties(t *testing.T) {
	var p briefing.Parties
	for i := range 12 {
		mentions := 1
		if i%3 == 0 {
			mentions = 3 // persons 0, 3, 6, 9 are mentioned most, then 1, 2, 4, 5 come first among equals
		}
		p.Persons = append(p.Persons, briefing.Person{Name: fmt.Sprintf("P%d", i), Indices: make([]int, mentions)})
	}
	listed, more := keyPersons(p)
	var names []string
	for _, x := range listed {
		names = append(names, x.Name)
	}
	if got := strings.Join(names, " "); got != "P0 P1 P2 P3 P4 P5 P6 P9" || more != 4 {
		t.Errorf("listed %s and %d more, want P0 P1 P2 P3 P4 P5 P6 P9 and 4 more", got, more)
	}
	p.Persons = p.Persons[:5]
	if listed, more := keyPersons(p); len(listed) != 5 || more != 0 {
		t.Errorf("five persons: %d listed, %d more; want all five", len(listed), more)
	}
	var md strings.Builder
	p.Persons = nil
	for i := range 11 {
		p.Organisations = append(p.Organisations, briefing.Organisation{Name: fmt.Sprintf("Body %d", i)})
	}
	if err := Markdown(&md, &briefing.Brief{Title: "x", Analysed: true, Parties: p}, nil); err != nil {
		t.Fatal(err)
	}
	// The front matter keeps every body; the note's list stops at eight.
	_, body, _ := strings.Cut(md.String(), "**Organisations**")
	if !strings.Contains(body, "- Body 7\n- _and 3 more named in the document_\n") || strings.Contains(body, "Body 8") {
		t.Errorf("the note lists:\n%s\nwant Body 0 to Body 7 and 3 more", body)
	}
}

// TestShownAliases: a note leaves out the article form of a body's name
// or alias, and keeps every other alias.
func TestShownAliases(t *testing.T) {
	o := briefing.Organisation{Name: "Board of Trustees of the Harbour Trust", Aliases: []string{"HT", "Board", "the Board", "the Trust"}}
	got := shownAliases(o)
	if want := []string{"HT", "Board", "the Trust"}; !slices.Equal(got, want) {
		t.Errorf("shownAliases(%+v) = %q, want %q", o, got, want)
	}
}
