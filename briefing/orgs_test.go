package briefing

import "testing"

// TestOrgBoundaries pins where the names of bodies begin and end, on
// sentences written for this test: the words a name may hold (an
// honorific with no name after it, ...) and those that end it.
func TestOrgBoundaries(t *testing.T) {
	checkParties(t, "organisations", []partyCase{
		// an honorific with no name after it is a word of the name
		{"The Ocean Institute signed an agreement with the University of Notre Dame and the University of Washington.",
			[]string{"Ocean Institute", "University of Notre Dame", "University of Washington"}},
	}, func(ps Parties) (out []string) {
		for _, o := range ps.Organisations {
			out = append(out, o.Name)
		}
		return out
	})
}
