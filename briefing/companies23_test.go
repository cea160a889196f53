package briefing

import "testing"

// TestCompanyLegalForms pins companies whose legal form follows a comma
// or is written in capitals, and lists of companies before one.
func TestCompanyLegalForms(t *testing.T) {
	checkParties(t, "organisations", []partyCase{
		{"Cepton, Inc. announced a supply agreement on Monday.", []string{"Cepton, Inc."}},
		{"The agency awarded the contract to Chevo Consulting, LLC on Monday.", []string{"Chevo Consulting, LLC"}},
		{"The contract went to Blue Water Shipping LLC on Monday.", []string{"Blue Water Shipping LLC"}},
		// a list of companies before the last one's legal form
		{"The firm is backed by Vitruvian Partners, Verdane and Searchlight Capital Partners Ltd since May.", []string{"Searchlight Capital Partners Ltd"}},
		// a place before the comma is no company's name
		{"In Washington, Inc. magazine ranked the firm first.", nil},
		// a capitalised stop word the name's start drops after the
		// "and" check began (this panicked)
		{"Joint Blue Water Shipping LLC agreed.", []string{"Blue Water Shipping LLC"}},
	}, orgNames)
}

// TestOfficeLineIsShort pins that a long paragraph ending without a full
// stop (a contact block run into the text) is no office written under a
// name on the line above.
func TestOfficeLineIsShort(t *testing.T) {
	text := "Hiber Acquires Srett Industrie\n\n" +
		"Hiber has acquired Srett Industrie, a hardware maker for remote wells, and the two firms will merge their teams this year. " +
		"Srett Industrie has been a key component of the product since 2020. " +
		"Contact Srett Industrie: Philippe Gambier - General Manager Srett Industrie: pr@example.com\n"
	for _, p := range briefOf(t, parse(t, []byte(text)), Options{}).Parties.Persons {
		if len(p.Role) > maxOfficeLine {
			t.Errorf("%s: role of %d bytes: %q", p.Name, len(p.Role), p.Role)
		}
	}
}
