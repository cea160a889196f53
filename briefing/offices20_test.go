package briefing

import "testing"

// TestOfficeWithFunctionWords pins an office of several words with a
// capitalised function word inside it ("Two"), the title after it kept
// apart.
func TestOfficeWithFunctionWords(t *testing.T) {
	checkCandidateRoles(t, []partyCase{
		{"The Custodian of the Two Holy Mosques King Fahd bin Saud received the envoy.",
			[]string{"Fahd bin Saud | King | Custodian of the Two Holy Mosques"}},
		{"At the invitation of the Custodian of the Two Holy Mosques, King Fahd bin Saud, the leaders met.",
			[]string{"Fahd bin Saud | King | Custodian of the Two Holy Mosques"}},
	})
}
