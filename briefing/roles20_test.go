package briefing

import (
	"slices"
	"testing"
)

// candidateRoles lists every person candidate of a text, the rules' and
// the runs of name words alike, each as "name | title | role": the cases
// hold whatever a refit of the names model keeps.
func candidateRoles(t *testing.T, text string) (out []string) {
	t.Helper()
	for _, c := range PersonCandidates(parse(t, []byte(text))) {
		out = append(out, c.Name+" | "+c.Title+" | "+c.Role)
	}
	return out
}

// checkCandidateRoles checks each case's candidateRoles.
func checkCandidateRoles(t *testing.T, cases []partyCase) {
	t.Helper()
	for _, tc := range cases {
		if got := candidateRoles(t, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: persons %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestRolesAfterLetters pins offices in apposition after post-nominal
// letters, "Ph.D." among them, which the tokenizer splits in two ("Ph."
// "D."), and names with their letters on a line of a sign-off.
func TestRolesAfterLetters(t *testing.T) {
	checkCandidateRoles(t, []partyCase{
		// the second part of "Ph.D." is no initial that starts a name
		{"Speakers include Jane Moore, M.D., Ph.D, Chief, Laboratory of Cell Biology, at the meeting.",
			[]string{"Jane Moore |  | Chief, Laboratory of Cell Biology"}},
		{"Speakers include Jane Moore, Ph.D., Chief of the Laboratory of Cell Biology.",
			[]string{"Jane Moore |  | Chief of the Laboratory of Cell Biology"}},
		// an office in lower case after the letters
		{"“The survey will help,” said Peter Lund, Ph.D., NOAA assistant administrator for Oceanic Research.",
			[]string{"Peter Lund |  | NOAA assistant administrator for Oceanic Research"}},
		{"The plan was presented by Dr. Ana Ruiz, Ph.D., Director of the Cell Institute, on Monday.",
			[]string{"Ana Ruiz | Dr. | Director of the Cell Institute"}},
		// a sign-off: the name line keeps its letters, the office is on
		// the line under it
		{"Statement on the agreement\n\nThe Institute welcomes the agreement signed today with the Foundation.\n\nWe look forward to working together.\n\nJohn R. Carter, M.D., Ph.D.\nDirector, National Institute of Health\n",
			[]string{"John R. Carter |  | Director, National Institute of Health"}},
	})
}

// TestTrimLetters pins the letters a sign-off's name line drops, and the
// lines it keeps whole.
func TestTrimLetters(t *testing.T) {
	for in, want := range map[string]string{
		"John R. Carter, M.D., Ph.D.":  "John R. Carter",
		"Jane Roe, C.D.":               "Jane Roe",
		"Jane Roe, MP":                 "Jane Roe",
		"Jane Roe":                     "Jane Roe",
		"Director, National Institute": "Director, National Institute",
		"Roe, M.D.":                    "Roe, M.D.", // no name before the letters
	} {
		if got := trimLetters(in); got != want {
			t.Errorf("trimLetters(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTitlesInBrackets pins a title written in brackets inside a chain of
// titles before a name ("Hon (Dr.)", "H.E. Amb (Eng)"): it is part of the
// title, and the rank before it names no person.
func TestTitlesInBrackets(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		{"The Executive Secretary of the Regional Authority, H.E. Amb (Eng) Peter Kamau, received the envoy.",
			[]string{"Peter Kamau | H.E. Amb (Eng) | Executive Secretary of the Regional Authority"}},
		{"The Secretary General of the Community, Hon (Dr.) Peter Kamau, opened the meeting.",
			[]string{"Peter Kamau | Hon (Dr.) | Secretary General of the Community"}},
		{"The talks were led by Dr. (Mrs.) Jane Okoro in Abuja.",
			[]string{"Jane Okoro | Dr. (Mrs.) | "}},
	})
}
