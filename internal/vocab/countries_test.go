package vocab

import (
	"reflect"
	"testing"
)

// TestParseCountries: the four fields, each a trimmed ";" list, the
// missing ones empty; every line of countries.txt names a state.
func TestParseCountries(t *testing.T) {
	got := ParseCountries([]string{"United States | U.S.; USA | American | Washington; New York", "Niue | | Niuean | Alofi", "Palestine"})
	want := []Country{
		{Name: "United States", Other: []string{"U.S.", "USA"}, Demonyms: []string{"American"}, Cities: []string{"Washington", "New York"}},
		{Name: "Niue", Demonyms: []string{"Niuean"}, Cities: []string{"Alofi"}},
		{Name: "Palestine"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseCountries = %+v, want %+v", got, want)
	}
	for _, c := range Countries() {
		if c.Name == "" {
			t.Errorf("countries.txt: a line names no state: %+v", c)
		}
	}
}
