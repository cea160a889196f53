package briefing

import "testing"

// TestRankAfterPreposition pins a rank after "in" or "under": the office
// before the preposition is another person's, held in the rank holder's
// government, and is not the rank holder's; the office that holds "in"
// after its head stays whole.
func TestRankAfterPreposition(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		{"Statement from the Office\n\nShe was appointed Minister of Industry, Tourism and Trade in President Jane Roe’s cabinet.",
			[]string{"Jane Roe |  | President"}},
		{"Statement from the Office\n\nThe country made progress under President Jane Roe’s leadership.",
			[]string{"Jane Roe |  | President"}},
		// "in" after the office's head is where it is held
		{"Speaking at the ceremony, Permanent Secretary in the Ministry, Jane Roe, said the plan would work.",
			[]string{"Jane Roe |  | Permanent Secretary in the Ministry"}},
	})
}

// TestProfessorOfAsOffice pins "Professor of …" as an office in
// apposition (in lower case too), while "Professor" before a name stays
// the title.
func TestProfessorOfAsOffice(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		{"Statement from the Office\n\nPanellists will include Sir John Doe, Professor of International Development at the Centre for Environmental Policy.",
			[]string{"John Doe | Sir | Professor of International Development at the Centre for Environmental Policy"}},
		{"Statement from the Office\n\nDr. Jane Roe, a professor of mechanical engineering at the university, visited the campus.",
			[]string{"Jane Roe | Dr. | a professor of mechanical engineering at the university"}},
		{"Statement from the Office\n\nThe study was led by Professor Jane Roe of Uppsala.",
			[]string{"Jane Roe | Professor | "}},
	})
}

// TestCapitalSurnameAfterGivenNames pins a family name in capitals after
// an honorific and more than one given name, the name ending there; an
// acronym that goes on into an office is not the name's.
func TestCapitalSurnameAfterGivenNames(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		{"Statement from the Office\n\nThe King held a telephone conversation with His Excellency Mr. John Paul Ade DOE, President of the Republic.",
			[]string{"John Paul Ade DOE | His Excellency Mr. | President of the Republic"}},
		{"Statement from the Office\n\nThe talks with Mr. John Smith NATO Secretary General were held.",
			[]string{"John Smith | Mr. | NATO Secretary General"}},
	})
}

// TestServedAsYieldsToStatedOffice pins an office read from a past
// service ("has served as … since") as one that an office stated with
// the name replaces, whatever their lengths; alone it stays the office.
func TestServedAsYieldsToStatedOffice(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		{"Statement from the Office\n\nThe Organization welcomes its new Secretary-General, Jane Roe, who will head it for four years. Ms Roe has served as the Director-General of the National Meteorological Institute since 2002.",
			[]string{"Jane Roe | Ms | Secretary-General"}},
		{"Statement from the Office\n\nThe Board thanked Jane Roe, who served as Chair of the Audit Committee for six years.",
			[]string{"Jane Roe |  | Chair of the Audit Committee"}},
	})
}

// TestOfficeEndingInLowerBody pins an office before "Office, Name" that
// ends in a body's noun in lower case; a body with no office before the
// comma gives the name none.
func TestOfficeEndingInLowerBody(t *testing.T) {
	checkCandidateRoles(t, []partyCase{
		{"Statement from the Office\n\nThe deal was signed by Minister of Social Development in the Palestinian government, Jane Roe, on Monday.",
			[]string{"Jane Roe |  | Minister of Social Development in the Palestinian government"}},
		{"Statement from the Office\n\nThey met the Director of the National Weather service, Jane Roe. They discussed cooperation.",
			[]string{"Jane Roe |  | Director of the National Weather service"}},
		{"Statement from the Office\n\nThe plan was welcomed by the Palestinian government, Jane Roe said.",
			[]string{"Jane Roe |  | "}},
	})
}

// TestAppointmentOfInTitle pins the noun of an appointment in a title:
// "welcomes appointment of Jane Roe as …" gives the office there too; a
// title's "as" with no office after it gives none.
func TestAppointmentOfInTitle(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		{"Agency welcomes appointment of Jane Roe as Special Envoy on Tuberculosis\n\nThe Agency welcomed the news on Monday. Dr Roe will work on the response.",
			[]string{"Jane Roe | Dr | Special Envoy on Tuberculosis"}},
		{"Agency welcomes appointment of Jane Roe as a member of its board\n\nThe Agency welcomed the news on Monday. Dr Roe will work on the response.",
			[]string{"Jane Roe | Dr | "}},
	})
}

// TestServesAsAfterName pins the office a clause after a name without a
// title says is held now, after the full name or the surname alone, past
// an apposition; a past "served as" gives none.
func TestServesAsAfterName(t *testing.T) {
	checkCandidateRoles(t, []partyCase{
		{"Statement from the Office\n\nJane Roe was re-elected today for a second term. Roe, a Swedish national, has served as the president of the Fund since April 2001.",
			[]string{"Jane Roe |  | president of the Fund"}},
		{"Statement from the Office\n\nJane Roe, a native of Missouri, currently serves as the Bank's executive vice president.",
			[]string{"Jane Roe |  | Bank's executive vice president"}},
		{"Statement from the Office\n\nJane Roe spoke on Monday. Roe, a native of Missouri, served as the president of the Fund in 1990.",
			[]string{"Jane Roe |  | "}},
	})
}

// TestThirdNameWord pins a name of three words an office introduces in a
// sentence, whose last word the lexicons know as an office's or a body's
// word, the name's end plain after it; in a title such a word is the
// title's ("Secretary Jane Roe Statement on …").
func TestThirdNameWord(t *testing.T) {
	checkRuleRoles(t, []partyCase{
		{"Statement from the Office\n\nThe Department announced that Deputy Secretary Jane Torres Small is leading the first trade mission.",
			[]string{"Jane Torres Small |  | Deputy Secretary"}},
		{"Secretary Jane Torres Statement on the Passing of a Friend\n\nThe Secretary said the nation had lost a friend.",
			[]string{"Jane Torres |  | Secretary"}},
	})
}
