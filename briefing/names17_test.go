package briefing

import "testing"

// TestPossessiveInPortfolio pins an office whose portfolio names a unit
// after its body with a possessive ("Director of the Agency’s Regional
// Bureau"): the office runs through the possessive to the name, with an
// honorific, across a comma or next to the name. A possessive before an
// office with no "of", or one whose next word is the name, is no part of
// the office.
func TestPossessiveInPortfolio(t *testing.T) {
	checkParties(t, "persons", []partyCase{
		{"The talks were chaired by the Director of the Prime Minister’s Office, Ms Jane Roe, on Monday.",
			[]string{"Jane Roe | Ms | Director of the Prime Minister’s Office"}},
		{"She will join the Director of the Bank's Research Project, Dr. John Doe, on a visit.",
			[]string{"John Doe | Dr. | Director of the Bank's Research Project"}},
		{"The Director of the Agency’s Regional Bureau for Europe, John Doe, will travel too.",
			[]string{"John Doe |  | Director of the Agency’s Regional Bureau for Europe"}},
		{"The Secretary met the Vice Governor of Northland Provincial People’s Government Mr Jan Novak on Monday.",
			[]string{"Jan Novak | Mr | Vice Governor of Northland Provincial People’s Government"}},
		// near misses: the possessor before an office, and a possessive
		// right before the name
		{"The Secretary met Ruritania’s Prime Minister Jan Novak on Monday.",
			[]string{"Jan Novak |  | Prime Minister"}},
		{"He thanked the Director of the Agency’s Jan Novak for the visit.",
			nil},
	}, personRoles)
}

// TestPhoneContacts pins press contacts named by a telephone number after
// the name, with or without a contact label, and the next contact after
// a comma on a contact line.
func TestPhoneContacts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"(202) 555-0100", true},
		{", (202) 555-0100 |", true},
		{" 202-555-0100", true},
		{" 202.555.0100; more", true},
		{" +1 202 555 0100", true},
		{" (202) 555-01000", false}, // too many digits
		{" 10-224", false},
		{" 2024 report", false},
		{" on 12 May", false},
	} {
		if got := phoneNumberAt(tc.text); got != tc.want {
			t.Errorf("phoneNumberAt(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	checkParties(t, "persons", []partyCase{
		{"Jan Novak (202) 555-0100\n\nThe Bank of Ruritania is proposing revisions to its procedures. Vice-Chairman John Doe stated that the changes were needed.",
			[]string{"John Doe |  | Vice-Chairman", "Jan Novak |  | "}},
		{"Statement by Secretary Doe\n\nContacts: Jane Roe, Jan Novak\n(202) 555-0100\n\nSecretary John Doe issued the following statement today.",
			[]string{"John Doe |  | Secretary", "Jane Roe |  | ", "Jan Novak |  | "}},
		// near miss: an office after the comma is no second contact
		{"Statement by Secretary Doe\n\nContact: Jane Roe, Press Secretary\n\nSecretary John Doe issued the following statement today.",
			[]string{"John Doe |  | Secretary", "Jane Roe |  | Press Secretary"}},
	}, personRoles)
}

// TestKinPersons pins relatives named after a kinship noun and a
// possessor, or with one in apposition, as persons even by a given name
// alone, and the rest of a list of them; not a kinship noun after "the".
func TestKinPersons(t *testing.T) {
	checkParties(t, "persons", []partyCase{
		{"Our thoughts are with his wife Bridget, their three daughters Anna, Tilda and Maren and their family.",
			[]string{"Bridget |  | ", "Anna |  | ", "Tilda |  | ", "Maren |  | "}},
		{"We stand with his dear wife, Nora, family and friends at this time.",
			[]string{"Nora |  | "}},
		{"To Joan, his wife of 55 years, and his children Dana and Jon, we offer our condolences.",
			[]string{"Joan |  | ", "Dana |  | ", "Jon |  | "}},
		{"I extend my condolences to Dr. Roe’s wife Phyllis and the family.",
			[]string{"Roe | Dr. | ", "Phyllis |  | "}},
		// an accented kinship noun, looked up folded as the list writes it
		{"Our thoughts are with her fiancé, Tomas, and her family.",
			[]string{"Tomas |  | "}},
		// near misses: no possessor before the noun
		{"The son of President Jan Novak visited the school.",
			[]string{"Jan Novak |  | President"}},
		{"The daughters Anna and Tilda thanked the school.", nil},
	}, personRoles)
}

// TestMiddleInitialSpans pins runs of name words with a middle initial
// and no title or office, proposed to the person model like other runs;
// an initial at a run's edge is an abbreviation's as often.
func TestMiddleInitialSpans(t *testing.T) {
	checkParties(t, "persons", []partyCase{
		{"The complaint against Acme Widgets, LLC, Brendan Q. Harlow and Winifred J. Castellano is the first of its kind.",
			[]string{"Brendan Q. Harlow |  | ", "Winifred J. Castellano |  | "}},
		// near miss: an initial at the edge
		{"U.S. Army officials met the delegation on Monday.", nil},
	}, personRoles)
}

// TestHyphenatedCompoundOffice pins an office of three hyphenated words
// whose first opens an office with the second ("Under-Secretary-General"),
// and a near miss whose first word opens none.
func TestHyphenatedCompoundOffice(t *testing.T) {
	checkParties(t, "persons", []partyCase{
		{"UN Under-Secretary-General Jan Novak attended the ceremony.",
			[]string{"Jan Novak |  | UN Under-Secretary-General"}},
		{"The Under-Secretary-General for Humanitarian Affairs Jane Roe met the donors.",
			[]string{"Jane Roe |  | Under-Secretary-General for Humanitarian Affairs"}},
	}, personRoles)
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"Under-Secretary-General", true},
		{"Secretary-General", true},
		{"Mid-Term-Review", false},
		{"Under-the-Radar", false},
	} {
		if got := hyphenatedOffice(token{text: tc.word, word: true}); got != tc.want {
			t.Errorf("hyphenatedOffice(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
