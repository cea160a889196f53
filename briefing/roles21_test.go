package briefing

import "testing"

// TestAppointedOffices pins offices given by an appointment or an
// election: a re-appointment, post-nominal letters between the name and
// the verb, "as the new …", "on her appointment as …", and an appointed
// office replacing a rank of one word, which stays the title.
func TestAppointedOffices(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		{"Statement from the Office\n\nThe Rt Hon Jane Roe MP has been reappointed as Secretary of State for Scotland.",
			[]string{"Jane Roe | Rt Hon | Secretary of State for Scotland"}},
		{"Statement from the Office\n\nJane Roe has been re-elected President of the Assembly for a second term.",
			[]string{"Jane Roe |  | President of the Assembly"}},
		{"Statement from the Office\n\nThe Council welcomed the appointment of Ambassador Jane Roe as the new Special Representative for the Sahel.",
			[]string{"Jane Roe | Ambassador | Special Representative for the Sahel"}},
		{"Statement from the Office\n\nThe Minister congratulated Jane Roe on her appointment as Director-General of the Agency.",
			[]string{"Jane Roe |  | Director-General of the Agency"}},
		{"Statement from the Office\n\nThe Lord Chancellor has approved the appointment of Jane Roe as Interim Chair of the Board.",
			[]string{"Jane Roe |  | Interim Chair of the Board"}},
		// a headline's participle with no auxiliary; in a sentence the
		// same words are the name's own act
		{"Jane Roe MP reappointed Secretary of State for Scotland\n\nThe Prime Minister made the appointment today.",
			[]string{"Jane Roe |  | Secretary of State for Scotland"}},
		{"Statement from the Office\n\nDr. Jane Roe appointed John Doe as her deputy on Monday, the office said.",
			[]string{"Jane Roe | Dr. | "}},
		// no appointment: the rank stays the office
		{"Statement from the Office\n\nAmbassador Jane Roe thanked the Minister on her behalf.",
			[]string{"Jane Roe |  | Ambassador"}},
		// "on her" with no appointment's noun gives no office
		{"Statement from the Office\n\nThe Minister called Dr. Jane Roe on her return as Chair of the Board had been announced.",
			[]string{"Jane Roe | Dr. | "}},
	})
}

// TestLowerOfficesInApposition pins offices in lower case in apposition
// after a name of up to fourteen words, ended by a relative clause, and
// the longer runs that are a clause.
func TestLowerOfficesInApposition(t *testing.T) {
	checkCandidateRoles(t, []partyCase{
		{"Statement from the Office\n\nAmong the victims was Jane Roe, a leading malaria researcher and former International Health Society president.",
			[]string{"Jane Roe |  | a leading malaria researcher and former International Health Society president"}},
		{"Statement from the Office\n\nThe agreement was signed by Dr. Jane Roe, director of international relations and head of the Chilean delegation, on Friday.",
			[]string{"Jane Roe | Dr. | director of international relations and head of the Chilean delegation"}},
		{"Statement from the Office\n\nSpeakers include Dr. Jane Roe, a survey director who was named one of the most influential people of the year.",
			[]string{"Jane Roe | Dr. | a survey director"}},
		// a clause, not an apposition
		{"Statement from the Office\n\nWe thank Dr. Jane Roe, the director of the new programme in the northern provinces of the country for many long years of service.",
			[]string{"Jane Roe | Dr. | "}},
	})
}

// TestTitleWithFullStops pins a title of several words written with full
// stops ("Rt. Hon."): the sentence goes on after "Rt.", the name is not cut
// inside the title, and the office before the comma is the person's; an
// honorific with a full stop that opens another name still cuts it.
func TestTitleWithFullStops(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		{"Statement from the Office\n\nThe dialogue was chaired by the Secretary of State, the Rt. Hon. Jane Roe.",
			[]string{"Jane Roe | Rt. Hon. | Secretary of State"}},
		{"Statement from the Office\n\nThe memorandum was signed by the Authority Chairman, the Rt. Hon. Lord Smith, in London.",
			[]string{"Smith | Rt. Hon. Lord | Authority Chairman"}},
		{"Statement from the Office\n\nThe Ministry Nominates Ms. Jane Roe for the post, the office said.",
			[]string{"Jane Roe | Ms. | "}},
	})
}
