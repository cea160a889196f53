package briefing

import (
	"slices"
	"testing"
)

// TestRolesOtherMentions pins offices stated after a name in a clause
// of its own, and offices before a rank that open a list's next item.
func TestRolesOtherMentions(t *testing.T) {
	for _, tc := range []partyCase{
		// "and" opens the list's next item: the office before the
		// comma and the rank is the second name's, not the first's
		{"The plan was signed by the Director of the Institute, Ms Jane Roe, and the Agency Director-General, Ambassador John Doe, in Vienna.",
			[]string{"Jane Roe | Ms | Director of the Institute", "John Doe | Ambassador | Agency Director-General"}},
		{"Prime Minister Maria Silva, and Minister of Foreign Affairs and Foreign Trade, Senator Jane Roe, will lead the delegation.",
			[]string{"Maria Silva |  | Prime Minister", "Jane Roe | Senator | Minister of Foreign Affairs and Foreign Trade"}},
		// only a comma between: the office stays the first name's
		{"It was signed by Jane Doe, Minister of Trade, Ambassador John Roe and others.",
			[]string{"Jane Doe |  | Minister of Trade", "John Roe |  | Ambassador"}},
		// "as a" after the name: one of several holders, an office all the same
		{"The agencies announced the appointment of Mr. John Roe as a Joint Special Representative for the Andean Region. Mr. Roe brings experience.",
			[]string{"John Roe | Mr. | Joint Special Representative for the Andean Region"}},
		{"Maria Silva has served as a Commissioner of the Authority since 2010.",
			[]string{"Maria Silva |  | Commissioner of the Authority"}},
		// a clause with the name as its subject states the office
		{"The Board appointed Mr Roe as Director General. A career diplomat, Mr Roe is currently Chile’s Ambassador to Austria.",
			[]string{"Roe | Mr | Ambassador to Austria"}},
		{"Federal funding is available. Maria Silva is the Federal Coordinating Officer for the recovery.",
			[]string{"Maria Silva |  | Federal Coordinating Officer"}},
		{"Maria Silva is the President of the Council and Sergey Lavrov is the Minister of Foreign Affairs.",
			[]string{"Maria Silva |  | President of the Council", "Sergey Lavrov |  | Minister of Foreign Affairs"}},
		// no office after "is": no person by the rules
		{"Maria Silva is the first woman to lead the Council.", nil},
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
		{"The Board was chaired by Maria Silva. Maria Silva is the Minister of Trade of Chile.",
			[]string{"Maria Silva |  | Minister of Trade of Chile"}},
	} {
		if got := ruleRoles(t, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: persons %q, want %q", tc.text, got, tc.want)
		}
	}
}
