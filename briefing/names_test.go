package briefing

import (
	"maps"
	"math"
	"slices"
	"testing"
)

// TestNameModelFresh: the embedded organisation model has a weight for
// exactly the features the code computes, in order, and a threshold that
// lists something; a change of features without go generate ./briefing
// fails here.
func TestNameModelFresh(t *testing.T) {
	m, err := builtinNameModel()
	if err != nil {
		t.Fatal(err)
	}
	if th := m.Orgs.Threshold; th <= 0 || th >= 1 {
		t.Errorf("threshold %v, want a probability", th)
	}
	for _, f := range m.Orgs.Features {
		if math.IsNaN(f.Weight) || math.IsInf(f.Weight, 0) {
			t.Errorf("feature %s has weight %v", f.Name, f.Weight)
		}
	}
}

// TestNameModelSigns: the fitted weights point the way the features mean,
// so the model learned the signal and not an accident of the data: the
// rules' verdict, an acronym definition, a head noun ending a span and
// "the" before a name count for a body; a capitalised span without a head noun against.
// A digit in a span's name ("AI-171", "2030 Agenda") is checked by what
// the brief lists (TestDigitSpans), not by the sign of its weight: the
// spans with a digit the corpus lists are few ("P5", "V4", "G20") and the
// fit on 736 documents weighs the feature slightly for a body (+0.09 per
// unit), where the fit on 666 weighed it against.
func TestNameModelSigns(t *testing.T) {
	m, err := builtinNameModel()
	if err != nil {
		t.Fatal(err)
	}
	weight, perUnit := map[string]float64{}, map[string]float64{}
	for _, f := range m.Orgs.Features {
		weight[f.Name] = f.Weight
		if f.Scale > 0 {
			perUnit[f.Name] = f.Weight / f.Scale
		}
	}
	for _, name := range []string{"rule", "definite", "frac_the"} {
		if weight[name] <= 0 {
			t.Errorf("weight of %s = %v, want positive", name, weight[name])
		}
	}
	if weight["spanned"] >= 0 {
		t.Errorf("weight of spanned = %v, want negative", weight["spanned"])
	}
	// A head noun ending a capitalised span counts for a body. Nearly
	// every body the rules propose has a head noun, so for them
	// "has_head" and "head_last" are an intercept that may point either
	// way; the sign is asked of the sum a span with a head noun gets.
	if h := perUnit["has_head"] + perUnit["head_last"] + perUnit["span*has_head"] + perUnit["span*head_last"]; h <= 0 {
		t.Errorf("a head noun ending a span weighs %v per unit (has_head %v, head_last %v, span*has_head %v, span*head_last %v), want positive",
			h, weight["has_head"], weight["head_last"], weight["span*has_head"], weight["span*head_last"])
	}
}

// TestDigitSpans: capitalised spans with a digit that name a plan, a
// flight or a count are no body, and a body the rules read with its number
// is one.
func TestDigitSpans(t *testing.T) {
	checkParties(t, "organisations", []partyCase{
		{"The 2030 Agenda for Sustainable Development was adopted by the leaders in New York on Monday.", nil},
		{"He spoke about the 17 Independent Groups in the region.", nil},
		{"Flight AI-171 crashed after take-off, the Ministry of Civil Aviation said.", []string{"Ministry of Civil Aviation"}},
		{"The Task Force 59 reported to the Navy on Monday.", []string{"Task Force 59"}},
	}, orgNames)
}

// TestOrgCandidates: the candidates are the rules' bodies and the
// capitalised spans no rule claimed, never a person, a country or a lone
// office, and New lists exactly those the model selects.
func TestOrgCandidates(t *testing.T) {
	text := "Talks in Canberra\n\nForeign Minister Jane Roe met officials of the Ministry of Finance (MoF) and the White House in Canberra.\n\n" +
		"Australia and the Ministry agreed to meet again. The White House welcomed the Minister."
	d := parse(t, []byte(text))
	cands := OrgCandidates(d)
	var names []string
	for _, c := range cands {
		names = append(names, c.Name)
		if len(c.Features) != len(OrgFeatureNames()) {
			t.Errorf("%s: %d features, want %d", c.Name, len(c.Features), len(OrgFeatureNames()))
		}
	}
	for _, want := range []string{"Ministry of Finance", "White House"} {
		if !slices.Contains(names, want) {
			t.Errorf("candidates %q lack %q", names, want)
		}
	}
	for _, not := range []string{"Jane Roe", "Canberra", "Australia", "Minister", "Foreign Minister"} {
		if slices.Contains(names, not) {
			t.Errorf("candidates %q include %q", names, not)
		}
	}
	m, err := builtinNameModel()
	if err != nil {
		t.Fatal(err)
	}
	var want, got []string
	for _, o := range SelectOrgs(cands, m) {
		want = append(want, o.Name)
	}
	for _, o := range briefOf(t, d, Options{}).Parties.Organisations {
		got = append(got, o.Name)
	}
	if !slices.Equal(got, want) {
		t.Errorf("New lists %q, the model selects %q", got, want)
	}
	if !slices.Contains(got, "Ministry of Finance") {
		t.Errorf("New lists %q, want the Ministry of Finance (MoF)", got)
	}
}

// TestPersonCandidates: the candidates are the rules' persons and runs of
// name words without a title or office, and New lists exactly those the
// model selects; the person model's weights point the way its features
// mean.
func TestPersonCandidates(t *testing.T) {
	text := "Talks in Canberra\n\nForeign Minister Jane Roe met Vladimir Putin in Canberra. Vladimir Putin said the Annual Review was useful."
	d := parse(t, []byte(text))
	cands := PersonCandidates(d)
	spans := map[string]bool{}
	for _, c := range cands {
		spans[c.Name] = c.Span
		if len(c.Features) != len(PersonFeatureNames()) {
			t.Errorf("%s: %d features, want %d", c.Name, len(c.Features), len(PersonFeatureNames()))
		}
	}
	if span, ok := spans["Jane Roe"]; !ok || span {
		t.Errorf("candidates %v: want Jane Roe from the rules", spans)
	}
	if span, ok := spans["Vladimir Putin"]; !ok || !span {
		t.Errorf("candidates %v: want Vladimir Putin as a span", spans)
	}
	m, err := builtinNameModel()
	if err != nil {
		t.Fatal(err)
	}
	var want, got []string
	for _, p := range SelectPersons(cands, m) {
		want = append(want, p.Name)
	}
	for _, p := range briefOf(t, d, Options{}).Parties.Persons {
		got = append(got, p.Name)
	}
	if !slices.Equal(got, want) || !slices.Contains(got, "Jane Roe") {
		t.Errorf("New lists %q, the model selects %q; want both to hold Jane Roe", got, want)
	}
	weight := map[string]float64{}
	for _, f := range m.Persons.Features {
		weight[f.Name] = f.Weight
	}
	for _, name := range []string{"rule", "role", "given_name"} {
		if weight[name] <= 0 {
			t.Errorf("person weight of %s = %v, want positive", name, weight[name])
		}
	}
	for _, name := range []string{"lower_elsewhere", "after_the", "noun_ending"} {
		if weight[name] >= 0 {
			t.Errorf("person weight of %s = %v, want negative", name, weight[name])
		}
	}
}

// TestStartsWithGivenName: the given_name feature looks past offices and
// honorifics to the first word of the name.
func TestStartsWithGivenName(t *testing.T) {
	for name, want := range map[string]bool{
		"Maria Lopez":          true,
		"Minister Maria Lopez": true,
		"Supply Chain":         false,
		"Jordan Valley":        false, // a state's name, so no given name
		"Minister Xu":          false,
	} {
		if got := startsWithGivenName(words(name)); got != want {
			t.Errorf("startsWithGivenName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestSpanThingFeatures: a run of name words after "the", or with a word
// that ends as nouns made from other words do, is marked so; a person's
// name, a common given name with such an ending among its words, is not.
func TestSpanThingFeatures(t *testing.T) {
	text := "Talks in Canberra\n\nThe Foreign Minister welcomed Kamau Otieno and Florence Wanjiru to the Summer Olympics. The Autumn Statement was published."
	names := PersonFeatureNames()
	col := func(name string) int { return slices.Index(names, name) }
	want := map[string][2]float64{ // after_the, noun_ending
		"Kamau Otieno":     {0, 0},
		"Florence Wanjiru": {0, 0},
		"Summer Olympics":  {1, 1},
		"Autumn Statement": {1, 1},
	}
	got := map[string][2]float64{}
	for _, c := range PersonCandidates(parse(t, []byte(text))) {
		if c.Span {
			got[c.Name] = [2]float64{c.Features[col("after_the")], c.Features[col("noun_ending")]}
		}
	}
	if !maps.Equal(got, want) {
		t.Errorf("after_the, noun_ending of the runs of name words: %v, want %v", got, want)
	}
	for name, want := range map[string]bool{
		"Vesa Equity":      true,
		"Royal Audience":   true,
		"Jane Roe":         false,
		"Florence Wanjiru": false, // a common given name
		"Lucas Ortiz":      false,
	} {
		if got := nounEnding(words(name)); got != want {
			t.Errorf("nounEnding(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestPersonCandidatesOncePerName: a surname two persons share cannot be
// linked to either when the office and honorific fit both (both are
// presidents, "Dr." says no sex), and its mentions make one candidate,
// not one each.
func TestPersonCandidatesOncePerName(t *testing.T) {
	text := "Visit\n\nPresident Daniel Roe and Vice President Anna Roe arrived on Monday. President Roe met the Governor. Later President Roe spoke to the press. Dr. Roe left on Tuesday."
	seen := map[string]bool{}
	for _, c := range PersonCandidates(parse(t, []byte(text))) {
		if seen[c.Name] {
			t.Errorf("%q proposed twice", c.Name)
		}
		seen[c.Name] = true
	}
	if !seen["Roe"] || !seen["Daniel Roe"] || !seen["Anna Roe"] {
		t.Errorf("candidates %v, want Daniel Roe, Anna Roe and Roe", seen)
	}
}

// TestLowerRoleAfter: an office in lower case in apposition after a name
// is read up to the next comma; a clause without an office is none.
func TestLowerRoleAfter(t *testing.T) {
	for text, want := range map[string]string{
		"They met Heidi Lund, U.S. ambassador to Chile, on Monday.": "U.S. ambassador to Chile",
		"They met Heidi Lund, the minister of trade.":               "the minister of trade",
		"They met Heidi Lund, who arrived on Monday.":               "",
		"They met Heidi Lund, a friend of the family, on Monday.":   "",
	} {
		s := newPassage(text, 0)
		e := -1
		for k, tok := range s.toks {
			if tok.text == "Lund" {
				e = k + 1
			}
		}
		if got := s.lowerRoleAfter(e); got != want {
			t.Errorf("%q: lowerRoleAfter = %q, want %q", text, got, want)
		}
	}
}

// TestPossessiveWithoutApostrophe: a text that drops apostrophes writes
// "Attorney General Ana Ruizs meeting"; that is Ana Ruiz, named once.
func TestPossessiveWithoutApostrophe(t *testing.T) {
	text := "Talks\n\nAttorney General Ana Ruizs meeting with the delegation was short. Attorney General Ana Ruiz thanked them."
	var names []string
	for _, c := range PersonCandidates(parse(t, []byte(text))) {
		names = append(names, c.Name)
	}
	if !slices.Equal(names, []string{"Ana Ruiz"}) {
		t.Errorf("candidates %q, want [Ana Ruiz]", names)
	}
}

// TestSpanPersonsMerge: a shorter run of name words with the same first
// word is the same person as a longer one, which names it.
func TestSpanPersonsMerge(t *testing.T) {
	spans := spanPersonNames(t, "Arrest\n\nPolice arrested Pedro Alvear Montes in Texas on Friday. Officials said Pedro Alvear had fled in 2012.")
	if !slices.Equal(spans, []string{"Pedro Alvear Montes"}) {
		t.Errorf("runs of name words %q, want one, Pedro Alvear Montes", spans)
	}
}

// spanPersonNames lists the person candidates of text proposed as runs
// of name words.
func spanPersonNames(t *testing.T, text string) (spans []string) {
	t.Helper()
	for _, c := range PersonCandidates(parse(t, []byte(text))) {
		if c.Span {
			spans = append(spans, c.Name)
		}
	}
	return spans
}

// TestSpanWithAcronymIsNoPerson: a run of name words whose acronym the
// text defines names a thing, and is proposed as no person.
func TestSpanWithAcronymIsNoPerson(t *testing.T) {
	spans := spanPersonNames(t, "Plan\n\nThe plant is built under the Long-Term Generation Expansion Plan (LTGEP). Officials said Maria Perera would lead it.")
	if !slices.Equal(spans, []string{"Maria Perera"}) {
		t.Errorf("runs of name words %q, want Maria Perera", spans)
	}
}

// TestByLine: the authors of a by-line, whether the by-line reads as a
// heading or as the first sentence, are proposed as credited names (the
// contact_block feature) with the unit after the comma as their office;
// a run of name words elsewhere in a heading is not proposed.
func TestByLine(t *testing.T) {
	contact := slices.Index(PersonFeatureNames(), "contact_block")
	for _, text := range []string{
		"University Signs Partnership\nBy Jane C. Roe & Mary Ann Doe, University System Communication Office\n\nThe university signed a memorandum with Acme on Monday.",
		"University Signs Partnership\n\nBy Jane C. Roe & Mary Ann Doe, University System Communication Office\n\nThe university signed a memorandum with Acme on Monday.",
	} {
		got := map[string]string{}
		for _, c := range PersonCandidates(parse(t, []byte(text))) {
			if c.Span && c.Features[contact] == 1 {
				got[c.Name] = c.Role
			}
		}
		want := map[string]string{"Jane C. Roe": "", "Mary Ann Doe": "University System Communication Office"}
		if !maps.Equal(got, want) {
			t.Errorf("%q: credited runs %q, want %q", text, got, want)
		}
	}
}

// TestPhotoCreditsAndContacts: a photograph's credit read as a heading
// ("Agency/Jane Roe", "Photo: Jane Roe/Agency"), a photographer named by
// the surname alone after a photo label and a slash, and a contact line
// whose label has more words than "Contact" propose their names as
// credited runs; a slash in a heading that credits nobody, or a surname
// alone after a slash without a photo label, does not.
func TestPhotoCreditsAndContacts(t *testing.T) {
	contact := slices.Index(PersonFeatureNames(), "contact_block")
	for text, want := range map[string][]string{
		"Assembly Closes\n\nAgency/Jane Roe\n\nThe assembly adopted 21 resolutions.":                                 {"Jane Roe"},
		"Talks in Berlin\n\nThe talks went well.\n\nPhoto: Jane Roe/Picture Service\n\nThe two sides agreed a plan.": {"Jane Roe"},
		"Talks in Berlin\n\nThe talks went well.\n\nPhoto: Federal Government/Roe\n\nThe two sides agreed a plan.":   {"Roe"},
		"Talks in Berlin\n\nThe ministers toured the new plant in Linz Photo Bundesamt/Roe\n\nThe two sides agreed.": {"Roe"},
		"Talks in Berlin\n\nContact Information: Jane Roe (News Media Only), 202-555-0100\n\nThe two sides agreed.":  {"Jane Roe"},
		"Talks in Berlin\n\nNews Media Contact(s): Jane Roe, 202-555-0100\n\nThe two sides agreed.":                  {"Jane Roe"},
		"Talks in Berlin\n\nThe ministers met in Linz. Credit: Jane Roe/Agency\n\nThe two sides agreed.":             {"Jane Roe"},
		"Talks in Berlin\n\nTrade/Investment Talks\n\nThe two sides agreed.":                                         nil,
		"Talks in Berlin\n\nThe two sides agreed on the Road/Rail Plan and signed a memorandum in Linz/Roe.":         nil,
	} {
		var got []string
		for _, c := range PersonCandidates(parse(t, []byte(text))) {
			if c.Span && c.Features[contact] == 1 {
				got = append(got, c.Name)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: credited runs %q, want %q", text, got, want)
		}
	}
}

// TestSpanAfterOfficeOfIsNoPerson: a run of name words right after an
// office and "of" names where the office is held, and is proposed as no
// person.
func TestSpanAfterOfficeOfIsNoPerson(t *testing.T) {
	spans := spanPersonNames(t, "Flood\n\nAs the mayor of Port Delmar said yesterday, Maria Perera would lead the work. The governor of Lake Tamsin thanked Jane Roe.")
	if !slices.Equal(spans, []string{"Maria Perera", "Jane Roe"}) {
		t.Errorf("runs of name words %q, want Maria Perera and Jane Roe", spans)
	}
}

// TestSpanAfterLocativeIsNoPerson: a run of name words after "in" or
// "at" names a place, and is proposed as no person, unless a possessive
// makes it the person whose the next noun is.
func TestSpanAfterLocativeIsNoPerson(t *testing.T) {
	spans := spanPersonNames(t, "Visit\n\nThe ceremony in Santa Clarita drew crowds, and Maria Perera spoke at Pearl Cove. The guests came at Jane Roe’s invitation.")
	if !slices.Equal(spans, []string{"Maria Perera", "Jane Roe"}) {
		t.Errorf("runs of name words %q, want Maria Perera and Jane Roe", spans)
	}
}

// TestFusedInitials: a token of initials fused to a surname is a whole
// name; initials alone, acronyms and abbreviations are not.
func TestFusedInitials(t *testing.T) {
	for w, want := range map[string]bool{"V.Petrenko": true, "W.D.Perera": true, "U.S.": false, "J.": false, "NASA": false, "V.PETRENKO": false, "No.12": false, "A.Bc": false} {
		if got := fusedInitials(token{text: w, word: true}); got != want {
			t.Errorf("fusedInitials(%q) = %v, want %v", w, got, want)
		}
	}
}
