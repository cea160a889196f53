package briefing

import "testing"

// TestCountryWordNames pins country words that are part of a person's
// name, not mentions of the state: a given name before an initial or
// between an office and a family name, a demonym as a family name.
func TestCountryWordNames(t *testing.T) {
	countries := func(ps Parties) (out []string) {
		for _, c := range ps.Countries {
			out = append(out, c.Name)
		}
		return out
	}
	checkParties(t, "countries", []partyCase{
		{"The message was signed by Dr. Chad B. Morrow, Director of the Office.", nil},
		{"Deputy Chief of Staff Jordan Whitfield opened the event on Monday.", nil},
		{"Georgia Pemberton, Parliamentary Secretary at the Treasury, said the rules would save money.", nil},
		{"The statement was delivered by Chargé d’Affaires Daniela Austrian on Thursday.", nil},
		// near misses: the state itself
		{"The minister visited Georgia and met President Maia Roe.", []string{"Georgia"}},
		{"The Royal Thai Government welcomed the plan.", []string{"Thailand"}},
		{"The GOV.UK App was launched in London.", []string{"United Kingdom"}},
		{"Ambassador Jane Roe presented her credentials to the King of Jordan on Monday.", []string{"Jordan"}},
	}, countries)
	checkParties(t, "persons", []partyCase{
		{"Deputy Chief of Staff Jordan Whitfield opened the event on Monday.",
			[]string{"Jordan Whitfield |  | Deputy Chief of Staff"}},
	}, personRoles)
}

// TestPlaceNamesNoPersons pins names of streets and landmarks after an
// office or a given name, which name no person.
func TestPlaceNamesNoPersons(t *testing.T) {
	checkParties(t, "persons", []partyCase{
		{"The Director will speak at 1600 Clifton Road in Atlanta on Monday.", nil},
		{"The First Minister met the Prime Minister at Downing Street on Monday.", nil},
		{"Veterans gathered at Pearl Harbor to remember the fallen.", nil},
		// near miss: a person whose surname is no such noun
		{"The First Minister met Jane Riverton on Monday.", []string{"Jane Riverton |  | "}},
	}, personRoles)
}

// TestRegionHomonyms pins a state's name that names the region of another
// state sharing it: the US state of Georgia after one of its cities,
// after "state of", or before ", United States".
func TestRegionHomonyms(t *testing.T) {
	countries := func(ps Parties) (out []string) {
		for _, c := range ps.Countries {
			out = append(out, c.Name)
		}
		return out
	}
	checkParties(t, "countries", []partyCase{
		{"The consul will move to Plains, Georgia, United States of America, in May.", []string{"United States"}},
		{"The minister flew from Atlanta, Georgia, to Tbilisi, Georgia, on Monday.", []string{"Georgia"}},
		{"Ministers of Georgia, Armenia and Azerbaijan met in Baku.", []string{"Georgia", "Armenia", "Azerbaijan"}},
		// a plural demonym after a capitalised word is part of a
		// group's name; alone it stands for its state
		{"The Confederated Tribes of Riverbend Indians may apply for aid.", nil},
		{"The fund helps Native Americans start businesses.", nil},
		{"The camp hosts thousands of Afghans.", []string{"Afghanistan"}},
		{"Central Americans crossed the border.", nil},
		// a demonym before "language" or "-speaking" names a language
		{"The course is taught in the Arabic, English and French languages.", nil},
		{"Health care in French-speaking countries was discussed.", nil},
		{"Jurors were helped by British Sign Language interpreters.", nil},
		{"The French delegation spoke first.", []string{"France"}},
		{"The original text is in Japanese.", nil},
		{"The envoy called for an end to violence in Myanmar.", []string{"Myanmar"}},
		{"The company invested in Japanese firms.", []string{"Japan"}},
	}, countries)
}

// TestFamilyNameInCapitals pins names written with the family name in
// capitals first after an honorific, the given name in capitals or
// hyphenated, and a Khmer honorific as the title.
func TestFamilyNameInCapitals(t *testing.T) {
	checkParties(t, "persons", []partyCase{
		{"At the invitation of His Excellency PARK Min-jun, Minister of Trade of the Republic of Korea, the delegation visited Seoul.",
			[]string{"PARK Min-jun | His Excellency | Minister of Trade of the Republic of Korea"}},
		{"The meeting was chaired by Samdech SOK VANNA, Prime Minister of the Kingdom of Cambodia.",
			[]string{"SOK VANNA | Samdech | Prime Minister of the Kingdom of Cambodia"}},
		// near miss: an acronym after an honorific is no given name
		{"The report was presented by Dr. Jane ROE of the WHO, in Geneva.",
			[]string{"Jane ROE | Dr. | "}},
	}, personRoles)
}

// TestKingAsFamilyName pins "King" ending a name after two name words.
func TestKingAsFamilyName(t *testing.T) {
	checkParties(t, "persons", []partyCase{
		{"The staff honoured the legacy of Dr. Martin Luther King, Jr., on Monday.",
			[]string{"Martin Luther King, Jr. | Dr. | "}},
		// near miss: the office before a king's name
		{"The minister was received by King Charles III at the palace.",
			[]string{"Charles III | King | "}},
	}, personRoles)
}

// TestHeadlineVerbsEndNames pins headline verbs after a name.
func TestHeadlineVerbsEndNames(t *testing.T) {
	checkParties(t, "persons", []partyCase{
		{"Secretary Jane Q. Roe Remarks at the Harbour Conference\n\nSecretary Roe spoke on Monday.",
			[]string{"Jane Q. Roe |  | Secretary"}},
		{"Secretary Jane Roe Applauds Passage of the Ports Bill\n\nSecretary Roe welcomed the vote.",
			[]string{"Jane Roe |  | Secretary"}},
	}, personRoles)
}

// TestPluralOfficeInIes pins an office in the plural in "-ies" before a
// list of names: each holds it in the singular.
func TestPluralOfficeInIes(t *testing.T) {
	checkParties(t, "persons", []partyCase{
		{"The meeting was attended by Cabinet Secretaries Jane Wanjiru and Peter Otieno.",
			[]string{"Jane Wanjiru |  | Cabinet Secretary", "Peter Otieno |  | Cabinet Secretary"}},
	}, personRoles)
	for _, tc := range []struct{ in, want string }{
		{"Secretaries", "Secretary"}, {"Deputies", "Deputy"}, {"Ministers", "Minister"}, {"Ties", "Tie"},
	} {
		if got := singularWord(tc.in); got != tc.want {
			t.Errorf("singularWord(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestOfficeStage pins "Elect", "Designate" and "Designee" after an office,
// apart: part of the office, no name.
func TestOfficeStage(t *testing.T) {
	checkParties(t, "persons", []partyCase{
		{"Jane Roe, Chief Executive Designate, said the plan was ready.",
			[]string{"Jane Roe |  | Chief Executive Designate"}},
		{"The Director-General Designee met the ministers on Monday.", nil},
	}, personRoles)
}
