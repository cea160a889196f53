package briefing

import "testing"

// TestCapitalSurnames pins family names written in capitals, the UN and
// East Asian way, after an office (two letters are enough there), after
// an honorific before a hyphenated given name, and in apposition between
// commas after an office; and acronyms before an office, which stay
// bodies.
func TestCapitalSurnames(t *testing.T) {
	checkCandidateRoles(t, []partyCase{
		{"The ABC Director-General KO Minho thanked the delegates for their work.",
			[]string{"KO Minho |  | ABC Director-General"}},
		{"Agency Director-General Dr PAK Sun-hee encouraged member states to act.",
			[]string{"PAK Sun-hee | Dr | Agency Director-General"}},
		{"The Director General of the Agency for Rural Growth (ARG), KO Minho, today expressed his support.",
			[]string{"KO Minho |  | Director General of the Agency for Rural Growth (ARG)"}},
		{"The ARG Director visited the plant with XYZ officials.", nil},
		// no office before the commas: not a name
		{"The plant, XY Tools, opened on Monday.", nil},
	})
}
