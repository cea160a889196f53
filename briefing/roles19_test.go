package briefing

import (
	"testing"
)

// TestRolesOtherMentions pins offices before a rank that open a list's
// next item, tenure words before an office, and the chair or head of what
// a clause names.
func TestRolesOtherMentions(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		// "and" opens the list's next item: the office before the
		// comma and the rank is the second name's, not the first's
		{"The plan was signed by the Director of the Institute, Ms Jane Roe, and the Agency Director-General, Ambassador John Doe, in Vienna.",
			[]string{"Jane Roe | Ms | Director of the Institute", "John Doe | Ambassador | Agency Director-General"}},
		{"Prime Minister Maria Silva, and Minister of Foreign Affairs and Foreign Trade, Senator Jane Roe, will lead the delegation.",
			[]string{"Maria Silva |  | Prime Minister", "Jane Roe | Senator | Minister of Foreign Affairs and Foreign Trade"}},
		// only a comma between: the office stays the first name's
		{"It was signed by Jane Doe, Minister of Trade, Ambassador John Roe and others.",
			[]string{"Jane Doe |  | Minister of Trade", "John Roe |  | Ambassador"}},
		// a word of when the office is held, in lower case, is the office's
		{"The staff owe a debt of gratitude to former Chairman John Roe.",
			[]string{"John Roe |  | former Chairman"}},
		{"The former building of the Ministry was opened by President John Roe.",
			[]string{"John Roe |  | President"}},
		// the chair or head of what the clause names, when no office
		// is stated
		{"The 12th session of the Board, chaired by Maria Silva (Chile), ended today.",
			[]string{"Maria Silva |  | chair of the 12th session of the Board"}},
		{"The review will be chaired by forensic science expert Mr John Roe. Mr Roe will report next year.",
			[]string{"John Roe | Mr | chair of the review"}},
		{"The Agency’s Regional Office for Asia, headed by Maria Silva, will manage the project.",
			[]string{"Maria Silva |  | head of the Agency’s Regional Office for Asia"}},
		{"Agency’s Regional Office for Asia, headed by Maria Silva, will manage the project.",
			[]string{"Maria Silva |  | head of Agency’s Regional Office for Asia"}},
		{"The Mission is headed by Mr John Roe, a member of the Electoral Commission.",
			[]string{"John Roe | Mr | a member of the Electoral Commission"}},
		{"The meeting was chaired by Minister of Trade Maria Silva.",
			[]string{"Maria Silva |  | Minister of Trade"}},
		{"The Board was chaired by Maria Silva. Minister of Trade Maria Silva spoke first.",
			[]string{"Maria Silva |  | Minister of Trade"}},
		// an office that names its body with "of" before a comma and a
		// rank or honorific is the office; a body alone before it is not
		{"The Secretary General of the Regional Community, Amb. Jane Roe, signed the agreement.",
			[]string{"Jane Roe | Amb. | Secretary General of the Regional Community"}},
		{"The Secretary General of the Regional Community, Ambassador Jane Roe, signed the agreement.",
			[]string{"Jane Roe | Ambassador | Secretary General of the Regional Community"}},
		{"It was signed by John Doe, head of the Agency's Legal Division, Chairwoman Jane Roe of the Board, and others.",
			[]string{"John Doe |  | head of the Agency's Legal Division", "Jane Roe |  | Chairwoman of the Board"}},
		// an honorific between the comma and the rank joins the title
		{"The Secretary received the Ambassador of Sweden to Ethiopia, H.E. Ambassador Jane Roe, on Monday.",
			[]string{"Jane Roe | H.E. Ambassador | Ambassador of Sweden to Ethiopia"}},
		{"The spokesperson of the Ministry, H.E. Ambassador Jane Roe, briefed journalists.",
			[]string{"Jane Roe | H.E. Ambassador | spokesperson of the Ministry"}},
		// ", Sr." ends the name as ", Jr." does
		{"President John Roe, Sr., signed the agreement with Minister Jane Doe, Sr in the capital.",
			[]string{"John Roe, Sr. |  | President", "Jane Doe, Sr |  | Minister"}},
	})
}
