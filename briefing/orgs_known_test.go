package briefing

import (
	"slices"
	"testing"
)

// knownBodies returns the candidates of text that the gazetteer of
// well-known bodies knows (the known_body feature), each as "name" or
// "name | alias".
func knownBodies(t *testing.T, text string) (out []string) {
	t.Helper()
	k := slices.Index(OrgFeatureNames(), "known_body")
	if k < 0 {
		t.Fatal("no known_body feature")
	}
	for _, c := range OrgCandidates(parse(t, []byte(text))) {
		if c.Features[k] != 1 {
			continue
		}
		s := c.Name
		if len(c.Aliases) > 0 {
			s += " | " + c.Aliases[0]
		}
		out = append(out, s)
	}
	return out
}

// TestKnownBodies: a body of the generated gazetteer (known-bodies.txt,
// known-legislatures.txt, known-media.txt) is
// proposed when the text names it by its full name, a one-word name or an
// acronym, also as a modifier ("the EFTA countries") or the first part of
// a compound ("EFTA-led"), reported by its full name with the alias seen;
// and not when the words are a common word written in capitals, another
// case of the acronym, or part of a longer name.
func TestKnownBodies(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The EFTA countries Iceland, Liechtenstein and Norway align themselves with this decision.",
			[]string{"European Free Trade Association | EFTA"}},
		{"The operation was coordinated by Europol and Eurojust.",
			[]string{"Europol", "European Union Agency for Criminal Justice Cooperation | Eurojust"}},
		{"The ministers welcomed the work of the Organization for Security and Co-operation in Europe.",
			[]string{"Organization for Security and Co-operation in Europe"}},
		{"An OSCE-led mission will observe the elections.",
			[]string{"Organization for Security and Co-operation in Europe | OSCE"}},
		// already the hand-written lexicon's: not the gazetteer's to propose
		{"The ministers met at NATO headquarters on Monday.", nil},
		// case-exact: "Efta" is no acronym of the body
		{"Efta Smith joined the company in May.", nil},
		// a common word in capitals is no alias, even where a body uses it
		{"WHO WILL PAY FOR THE NEW ROADS?", nil},
		// a line in capitals: an acronym cannot be told from a word
		{"THE EFTA MINISTERS SAID THEY WOULD MEET AGAIN IN GENEVA NEXT YEAR.", nil},
		// part of a longer name the rules take: "EFTA Surveillance Authority"
		{"The EFTA Surveillance Authority opened a case on Monday.", nil},
		// the national legislatures (known-legislatures.txt): a chamber by its
		// name, a one-word name alone (the House of Commons with "House",
		// its short form: organisations.txt [short])
		{"The Speaker announced the death of the Member to the House of Commons.",
			[]string{"House of Commons | House"}},
		{"The Bundestag approved the budget on Friday.", []string{"Bundestag"}},
		// the head of a longer name: the rules' body, with the longer name
		// as its alias, not the gazetteer's "National Parliament" alone
		{"The clock was a gift from the National Parliament of Papua New Guinea.",
			[]string{"National Parliament | National Parliament of Papua New Guinea"}},
		// a hand-written body's alias that opens a longer name the
		// gazetteer holds is that body's: "UN Women" is not the UN
		{"UN Women and the agency signed a memorandum on Monday.",
			[]string{"UN Women"}},
		// a one-word name several legislatures share is a kind of body
		{"The Senate approved the budget on Friday.", nil},
		// the news media (known-media.txt): an agency or broadcaster named
		// in a credit or a source line by its acronym, or by its name
		{"Flowers were laid outside the embassy in Athens.\n\nPHOTO: Greek Public Broadcaster – ERT",
			[]string{"Hellenic Broadcasting Corporation | ERT"}},
		{"Abu Dhabi, August 7 (ANI/WAM): The President received a written message.",
			[]string{"Emirates News Agency | WAM"}},
		{"The minister gave an interview to Ekho Moskvy on Tuesday.", []string{"Ekho Moskvy"}},
		// a common word is no medium ("Today" is a Singapore paper), nor a
		// word of a person's name ("Sabah" a Turkish one)
		{"Today the minister met the ambassador.", nil},
		{"The President met Prime Minister Sheikh Ahmed Abdullah Al Ahmad Al Sabah yesterday.", nil},
	} {
		if got := knownBodies(t, c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q:\n got  %q\n want %q", c.text, got, c.want)
		}
	}
}

// TestGazetteerForms: what newGazetteer keeps of a line. A two-letter
// alias, a function word, an office, a country, a month or a common given
// name is no one-word
// alias, nor is an acronym that spells another body's name; a body the
// hand-written lexicon knows is left to it; a one-word
// alias matches only as written.
func TestGazetteerForms(t *testing.T) {
	g := newGazetteer([]string{
		"Alpha Trade Association | AT; ATA; Who; Minister; Chad; May; Alphapol; ELI",
		"United Nations | Uniting Nations Office",
		"Beta Supply Agency | BSA; BSAG",
		"Beta Service Agency",
	})
	for form, want := range map[string]string{
		"ATA": "Alpha Trade Association", "Alphapol": "Alpha Trade Association",
		"AT": "", "Who": "", "Minister": "", "Chad": "", "May": "", "ata": "", "ELI": "",
		// the initials of another body's name are ambiguous
		"BSA": "", "BSAG": "Beta Supply Agency",
	} {
		if got := g.one[form]; got != want {
			t.Errorf("one-word form %q: got %q, want %q", form, got, want)
		}
	}
	if !g.knows("Alpha Trade Association") || !g.knows("Alpha Trade ASSOCIATION") {
		t.Error("the full name is not known, whatever the case of its words")
	}
	if g.knows("Uniting Nations Office") || g.knows("Alpha Trade") {
		t.Error("a body of the hand-written lexicon, or part of a name, is known")
	}
}
