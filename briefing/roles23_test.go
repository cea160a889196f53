package briefing

import "testing"

// TestAcronymTailNotName pins the last words of a body's name, spelled out
// by its acronym in brackets from a word before them, as no person's name
// though the lexicon's words before them ended the office; a name its own
// acronym follows stays a person.
func TestAcronymTailNotName(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		{"Statement from the Office\n\nThe Secretary General of the Organization of the Petroleum Exporting Countries (OPEC), HE Jane Roe, met the press.",
			[]string{"Jane Roe | HE | Secretary General of the Organization of the Petroleum Exporting Countries (OPEC)"}},
		{"Statement from the Office\n\nAs a result of an earlier Invitation to Submit Proposals (ISP), the Bank's Board of Directors selected a proposal.",
			nil},
		{"Statement from the Office\n\nThe plan was presented by Minister Jane Roe (JR) on Monday.",
			[]string{"Jane Roe |  | Minister"}},
	})
}

// TestAppointedAfterAdjunct pins the office an appointing verb gives after
// an adjunct that a preposition opens before "as"; "as well as" after the
// adjunct gives none.
func TestAppointedAfterAdjunct(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		{"Statement from the Office\n\nJane Roe has been re-appointed for a second four-year term as Director-General of the Office.",
			[]string{"Jane Roe |  | Director-General of the Office"}},
		{"Statement from the Office\n\nJane Roe was elected by the members as well as the staff.",
			nil},
	})
}

// TestPossessiveTenureAs pins the office a possessive pronoun gives the
// name before it in the sentence ("her new role as …"), as a borrowed
// one; not across another name, nor with a pronoun of the other sex than
// the title's.
func TestPossessiveTenureAs(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		{"Statement from the Office\n\nI am delighted to welcome my colleague, Jane Roe, to her new role as Solicitor General.",
			[]string{"Jane Roe |  | Solicitor General"}},
		{"Statement from the Office\n\nSheikh John Doe was the leading light of the Organization during his eventful years as the Minister of Petroleum of the Kingdom.",
			[]string{"John Doe | Sheikh | Minister of Petroleum of the Kingdom"}},
		{"Statement from the Office\n\nMs. Jane Roe thanked the team for his years as Director of the Office.",
			[]string{"Jane Roe | Ms. | "}},
		{"Statement from the Office\n\nDr. Jane Roe thanked Dr. John Doe for his years as Director of the Office.",
			[]string{"Jane Roe | Dr. | ", "John Doe | Dr. | Director of the Office"}},
	})
}

// TestNextItemOffice pins the office of the next item of a list of holders:
// the words before ", and" are the apposition of the name before them, and
// the next name holds only the office after "and"; an office after a name
// that holds a list of its own stays whole.
func TestNextItemOffice(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		{"Statement from the Office\n\nHe met with Federal Councillor Jane Roe, Head of the Federal Department of Economic Affairs, and State Secretary John Doe to chart a roadmap.",
			[]string{"Jane Roe |  | Head of the Federal Department of Economic Affairs", "John Doe |  | State Secretary"}},
		{"Statement from the Office\n\nThe review is led by Jane Roe, Non-Executive Director at the Agency, and Chair of the Audit Committee.",
			[]string{"Jane Roe |  | Non-Executive Director at the Agency, and Chair of the Audit Committee"}},
	})
}
