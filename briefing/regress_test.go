package briefing

import "testing"

// TestPluralOfficeIsNoPerson: a headline whose plural office is followed
// by a capitalised verb names nobody ("Ministers Sign Trade Pact" once
// gave a person "Sign", role "Ministers"); a singular office still does.
func TestPluralOfficeIsNoPerson(t *testing.T) {
	d := parse(t, []byte("Ministers Sign Trade Pact\n\nThe trade ministers of Ruritania and Freedonia signed a trade agreement in Geneva on Monday. They agreed to cut tariffs."))
	if ps := briefOf(t, d, Options{}).Parties.Persons; len(ps) != 0 {
		t.Errorf("persons = %+v, want none", ps)
	}
	d = parse(t, []byte("Minister Sharma Signs Trade Pact\n\nMinister Sharma signed a trade agreement in Geneva on Monday with his counterparts."))
	if ps := briefOf(t, d, Options{}).Parties.Persons; len(ps) != 1 || ps[0].Name != "Sharma" {
		t.Errorf("persons = %+v, want Sharma", ps)
	}
	if !pluralOffice("Ministers") || pluralOffice("Minister") || pluralOffice("Foreign Ministers") || pluralOffice("Affairs") {
		t.Error("pluralOffice is wrong")
	}
}
