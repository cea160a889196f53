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

// TestProTemporeOffice pins "President Pro Tempore" as one office, not
// "Pro Tempore" as a person's name.
func TestProTemporeOffice(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		{"Statement from the Office\n\nOn Monday, Senator Jane Roe, President Pro Tempore of the United States Senate, presented the resolution.",
			[]string{"Jane Roe |  | President Pro Tempore of the United States Senate"}},
		{"Statement from the Office\n\nOn Monday, Senator Jane Roe, President of the United States Senate, presented the resolution.",
			[]string{"Jane Roe |  | President of the United States Senate"}},
	})
}
