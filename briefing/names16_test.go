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
