package briefing

import (
	"slices"
	"testing"
)

// TestOfficeWithFunctionWords pins an office of several words with a
// capitalised function word inside it ("Two"), the title after it kept
// apart.
func TestOfficeWithFunctionWords(t *testing.T) {
	for _, tc := range []partyCase{
		{"The Custodian of the Two Holy Mosques King Fahd bin Saud received the envoy.",
			[]string{"Fahd bin Saud | King | Custodian of the Two Holy Mosques"}},
		{"At the invitation of the Custodian of the Two Holy Mosques, King Fahd bin Saud, the leaders met.",
			[]string{"Fahd bin Saud | King | Custodian of the Two Holy Mosques"}},
	} {
		if got := candidateRoles(t, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: persons %q, want %q", tc.text, got, tc.want)
		}
	}
}
