package briefing

import "testing"

// TestAppointedAsOrdinal pins the office an appointing verb gives past an
// ordinal that counts its holders ("appointed as the first Executive
// Director of …"); an ordinal before a word in lower case gives none.
func TestAppointedAsOrdinal(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		{"Statement from the Office\n\nUpon the recommendation of the Board, Mr. John Doe was appointed as the first Executive Director of the Centre, for three years.",
			[]string{"John Doe | Mr. | Executive Director of the Centre"}},
		{"Statement from the Office\n\nWe congratulate Jane Roe on her appointment as the 18th Secretary of the Department.",
			[]string{"Jane Roe |  | Secretary of the Department"}},
		{"Statement from the Office\n\nMr. John Doe was appointed as the first of the new staff on Monday.",
			[]string{"John Doe | Mr. | "}},
	})
}

// TestClerkOffice pins "Clerk" as the head of an office before an
// honorific and a name; a clerk thanked is no office of the name before.
func TestClerkOffice(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		{"Statement from the Office\n\nThe Clerk of the National Assembly Mr. John Doe met the delegation.",
			[]string{"John Doe | Mr. | Clerk of the National Assembly"}},
		{"Statement from the Office\n\nMr. John Doe thanked the Clerk on Monday.",
			[]string{"John Doe | Mr. | "}},
	})
}

// TestChiefGuestOffice pins "Chief Guest" as an office, so that "Guest"
// is no person's name; a chief's guests are no office.
func TestChiefGuestOffice(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		{"Statement from the Office\n\nPresident Jane Roe attended the ceremony as the\nChief Guest and delivered the keynote address.",
			[]string{"Jane Roe |  | President"}},
		{"Statement from the Office\n\nProf. John Doe, who represented the Chief Guest H.E Jane Roe, opened the exhibition.",
			[]string{"John Doe | Prof. | ", "Jane Roe | H.E | Chief Guest"}},
		{"Statement from the Office\n\nThe chief's guests were welcomed by Mr. John Doe on Monday.",
			[]string{"John Doe | Mr. | "}},
	})
}

// TestRoleNamesOther pins an office that runs on into another person's
// name, read from a headline in title case, as the weakest of a person's
// offices: an office stated elsewhere replaces it. A name after a
// function word is a body's ("of the Red Cross") and leaves the office
// whole.
func TestRoleNamesOther(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		{"Foreign Minister Roe and Secretary-General Doe Meet U.S. Secretary of State Kerry\n\nForeign Minister Jane Roe and Secretary-General John Doe travelled to Washington, where they met Secretary of State John Kerry.",
			[]string{"Jane Roe |  | Foreign Minister", "John Doe |  | Secretary-General", "John Kerry |  | Secretary of State"}},
		{"Statement from the Office\n\nJohn Doe, Director-General of the International Committee of the Red Cross, met Minister Jane Roe on Monday.",
			[]string{"John Doe |  | Director-General of the International Committee of the Red Cross", "Jane Roe |  | Minister"}},
	})
	names := [][]string{{"john", "kerry"}, {"jane", "roe"}}
	for _, tc := range []struct {
		role string
		want bool
	}{
		{"U.S. Secretary of State Kerry", true},
		{"Administrator Kerry and Foreign Minister", true},
		{"Envoy of the Kerry Foundation", false}, // after "the": a body's name
		{"Secretary of State", false},
		{"Minister Roe", false}, // the person's own name
	} {
		if got := roleNamesOther(tc.role, []string{"jane", "roe"}, names); got != tc.want {
			t.Errorf("roleNamesOther(%q) = %v, want %v", tc.role, got, tc.want)
		}
	}
}
