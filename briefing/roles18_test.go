package briefing

import (
	"slices"
	"testing"
)

// ruleRoles lists the rules' persons of a text (no model), each as
// "name | title | role", so that the cases hold whatever a refit keeps.
func ruleRoles(t *testing.T, text string) (out []string) {
	t.Helper()
	for _, c := range PersonCandidates(parse(t, []byte(text))) {
		if !c.Span {
			out = append(out, c.Name+" | "+c.Title+" | "+c.Role)
		}
	}
	return out
}

// checkRuleRoles compares each case's rule persons (ruleRoles) with its
// want.
func checkRuleRoles(t *testing.T, cases []partyCase) {
	t.Helper()
	for _, tc := range cases {
		if got := ruleRoles(t, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: persons %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestRolesOverRanks pins offices that replace a rank of one word before
// the name, or that the rules read where a place or a hyphen hid them.
func TestRolesOverRanks(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		// an office in lower case in apposition says more than the rank
		{"“We are glad,” said Ambassador Jane Roe, the U.S. ambassador to Chile.",
			[]string{"Jane Roe |  | the U.S. ambassador to Chile"}},
		// a line under the name gives the office the rank stood for
		{"Remarks at the Council\n\nAmbassador Jane Roe\n\nU.S. Representative to the United Nations\n\nThank you, Madam President. We support the resolution.",
			[]string{"Jane Roe |  | U.S. Representative to the United Nations"}},
		// a place after "in" holds no office: the office is the next name's
		{"Speaking at the ceremony held in Mandeville, Permanent Secretary in the Ministry, Jane Roe, said the plan would work.",
			[]string{"Jane Roe |  | Permanent Secretary in the Ministry"}},
		// two offices of one word joined by a hyphen, and in the plural
		{"Celebrating the day, the city’s Senator-Mayor Jean Dupont joined the guests.",
			[]string{"Jean Dupont |  | Senator-Mayor"}},
		{"The Chancellor met the Minister-Presidents Hans Weber and Jana Roth in Berlin.",
			[]string{"Hans Weber |  | Minister-President", "Jana Roth |  | Minister-President"}},
	})

}
