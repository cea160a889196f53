package briefing

import (
	"slices"
	"testing"
)

// TestCountryNames pins countries found in sentences written for this test.
func TestCountryNames(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Ships patrolled the Gulf of Guinea with help from France.", []string{"France"}},
		{"The India-Russia working group met in Moscow.", []string{"India", "Russia"}},
		{"The Republic of Korea and Japan held talks.", []string{"South Korea", "Japan"}},
		{"The Government of Türkiye welcomed the plan.", []string{"Türkiye"}},
		{"The road carries 57,329 Passenger Car Units (PCUs) a day.", nil},
		{"The CAR and the UAE signed the accord.", []string{"Central African Republic", "United Arab Emirates"}},
	} {
		b := New(parse(t, []byte(tc.text)), Options{})
		var got []string
		for _, c := range b.Parties.Countries {
			got = append(got, c.Name)
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(tc.want))
		if !slices.Equal(got, want) {
			t.Errorf("%q: countries %q, want %q", tc.text, got, want)
		}
	}
}
