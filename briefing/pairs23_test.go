package briefing

import (
	"slices"
	"testing"
)

// TestPairHeads pins the bodies named by two parties joined by a hyphen:
// a dialogue word heads the name only after such a pair, the pair may
// open with a body's acronym or end in a country of two words, and an
// alliance right after the pair is the two states' relationship.
func TestPairHeads(t *testing.T) {
	checkParties(t, "organisations", []partyCase{
		// a body's acronym, then a country
		{"The Third High-level Meeting of the OPEC-China Energy Dialogue was held in Vienna.",
			[]string{"OPEC-China Energy Dialogue"}},
		// a country of two words after the hyphen
		{"Ministers met at the UK-New Zealand Trade Dialogue in London on Monday.",
			[]string{"UK-New Zealand Trade Dialogue"}},
		// spaced over three tokens, and "and" inside the name
		{"The U.S.-China Economic and Financial Dialogue met in Beijing on Monday.",
			[]string{"U.S.-China Economic and Financial Dialogue"}},
		// the acronym's expansion keeps the pair
		{"The ministers launched the U.S.-Armenia Strategic Dialogue (USASD) in Washington.",
			[]string{"U.S.-Armenia Strategic Dialogue"}},
		// the same pair in the other order is the same body
		{"The UK-US Strategic Energy Dialogue met in London. The US-UK Strategic Energy Dialogue will meet again next year.",
			[]string{"UK-US Strategic Energy Dialogue"}},
		// the short form of the same pair and head is the long one's
		{"The UK-Chile Trade Dialogue met in London. Ministers welcomed the UK-Chile Dialogue.",
			[]string{"UK-Chile Trade Dialogue"}},
		// a headline in title case names the mechanism by its pair
		{"14th High-Level Meeting of the EU-OPEC Energy Dialogue\n\nThe meeting took place via videoconference on 27 October.",
			[]string{"EU-OPEC Energy Dialogue"}},
		// but names nothing else there
		{"14th High-Level Meeting of the Energy Dialogue Held in Vienna\n\nThe meeting took place via videoconference on 27 October.",
			nil},
		// without the pair, no body
		{"The Third High-level Meeting of the Energy Dialogue was held in Vienna.",
			nil},
		// the two states' alliance is no body, but a named alliance is
		{"The ministers reaffirmed the Japan-U.S. Alliance on Monday.",
			nil},
		{"The ministers launched the U.S.-Pakistan Green Alliance on Monday.",
			[]string{"U.S.-Pakistan Green Alliance"}},
	}, orgNames)
}

// TestPairCountries pins the countries of a mechanism named by its
// parties: they count as named, though the name holds them.
func TestPairCountries(t *testing.T) {
	p := briefOf(t, parse(t, []byte("The US-UK Strategic Energy Dialogue met in London on Monday.")), Options{}).Parties
	var got []string
	for _, c := range p.Countries {
		got = append(got, c.Name)
	}
	for _, want := range []string{"United States", "United Kingdom"} {
		if !slices.Contains(got, want) {
			t.Errorf("countries %q, want %q among them", got, want)
		}
	}
}

// TestPartyPair pins which hyphenated words join two parties.
func TestPartyPair(t *testing.T) {
	for _, tc := range []struct {
		text string
		tok  int
		want bool
	}{
		{"the OPEC-China Energy Dialogue", 1, true},
		{"the EU-OPEC Energy Dialogue", 1, true},
		{"the UK-New Zealand Trade Dialogue", 1, true},
		{"the Australia-United States Strategic Commercial Dialogue", 1, true},
		{"the Max-Planck Society", 1, false},
		{"the Asia-Pacific Economic Cooperation", 1, false},
		{"the UN-led mission", 1, false},
	} {
		d := parse(t, []byte("Title\n\n"+tc.text+" met.\n"))
		a := analyse(d)
		s := a.segs[len(a.segs)-1]
		if got := s.partyPair(tc.tok); got != tc.want {
			t.Errorf("%q: partyPair(%q) = %v, want %v", tc.text, s.toks[tc.tok].text, got, tc.want)
		}
	}
}

// TestMissionHead pins "Mission" as a head noun when a party names the
// body: a state's mission to a well-known body keeps the body in its
// name, even after the state's name of two words; a programme's mission
// and the word in lower case name no body.
func TestMissionHead(t *testing.T) {
	checkParties(t, "organisations", []partyCase{
		{"The leaders met at the Permanent Mission of Sri Lanka to the United Nations in New York.",
			[]string{"United Nations", "Permanent Mission of Sri Lanka to the United Nations"}},
		{"The U.S. Mission to the United Nations issued a statement on Monday.",
			[]string{"United Nations", "U.S. Mission to the United Nations"}},
		// a programme named by no party
		{"The ministry reviewed the Smart Cities Mission and the Swachh Bharat Mission on Monday.",
			nil},
		{"The mission staff were moved to a safe place on Monday.",
			nil},
	}, orgNames)
}
