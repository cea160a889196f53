package briefing

import (
	"slices"
	"testing"
)

// TestGivenNamesThroughNew: persons named with no office, title or verb
// of their own are listed when their first word is a common given name of
// the generated list (given-names.txt), and capitalised runs that open
// with a state's name or a word of no given name, or end in a word of
// what an act produces ("Accords", "Plan"), are not.
func TestGivenNamesThroughNew(t *testing.T) {
	for _, c := range []struct {
		text      string
		want, not []string
	}{
		{"Talks on trade\n\nPriya Raman and Tomasz Nowak attended the ceremony in Geneva on Monday. The Jordan Valley was discussed. Later Ahmed Karimi spoke about the Supply Chain.",
			[]string{"Priya Raman", "Ahmed Karimi"}, []string{"Jordan Valley", "Supply Chain"}},
		{"Talks on trade\n\nThe ceremony in Geneva was attended by Daniela Okafor.",
			[]string{"Daniela Okafor"}, nil},
		// a given name opening the name of an agreement, a plan or a fund
		{"Talks on trade\n\nSince the signing of the Abraham Accords, trade has grown. Victor Hale compared it to the Marshall Plan and the Jordan Fund.",
			[]string{"Victor Hale"}, []string{"Abraham Accords", "Marshall Plan", "Jordan Fund"}},
	} {
		var got []string
		for _, p := range briefOf(t, parse(t, []byte(c.text)), Options{}).Parties.Persons {
			got = append(got, p.Name)
		}
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("persons %q: want %q", got, w)
			}
		}
		for _, n := range c.not {
			if slices.Contains(got, n) {
				t.Errorf("persons %q: %q is no person", got, n)
			}
		}
	}
	for _, w := range []string{"priya", "ahmed", "daniela", "mohammed", "jean-paul"} {
		if !givenNames()[w] {
			t.Errorf("%q is not in given-names.txt", w)
		}
	}
	for _, w := range []string{"jordan", "georgia", "minister", "the", "baby", "unknown"} {
		if givenNames()[w] {
			t.Errorf("%q is in given-names.txt: the lexicon or the placeholders should leave it out", w)
		}
	}
}
