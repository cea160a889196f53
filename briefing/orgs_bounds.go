package briefing

import "strings"

// Boundaries of a body's name that the capitalised words alone do not
// mark: where a post abroad ends ("U.S. Embassy in Seoul") and where an
// "and" joins the last words of one name rather than two bodies ("AU
// Assembly of Heads of State and Government").

// postedEnd extends the name of a body posted in a place, whose head noun
// at token h is one of organisations.txt [posted-heads] ("Embassy",
// "Consulate"), over "in" and the city after end: the annotation names an
// embassy with its city, "Embassy of the Republic of Iraq in Ankara". A country after "in"
// is left out, so that the country still counts as named ("… Office in
// Korea"); so is a city that another capitalised word goes on ("in Seoul
// Central …"), and an embassy inside a person's office keeps its short
// name, which the annotation does not list. The city need not be one the
// lexicon knows: of the 14 embassies and consulates that documents of the
// annotated corpus (10 of 8 publishers) write "… in" a capitalised place,
// the annotation names 13 with the place, among them "Consulate General
// in Edinburgh" and "… in Brest"; the one without is "in China".
func (s *passage) postedEnd(h, end int) int {
	if h < 0 || h >= len(s.toks) || !getLex().postedHeads[s.toks[h].key()] || s.roleOf[h] {
		return end // inside a person's office the embassy is where the person serves: "Counsellor at the Canadian Embassy in Washington"
	}
	if end+1 >= len(s.toks) || s.toks[end].key() != "in" || !isCap(s.toks[end+1]) {
		return end
	}
	k := end + 1
	for k < len(s.toks) && isCap(s.toks[k]) && s.has(k, fCity) && !s.has(k, fCountry) {
		k++
	}
	if k == end+1 {
		// a city the lexicon does not know: capitalised words that name
		// no country and no month ("in Edinburgh", "in Brest")
		for k < len(s.toks) && k-end <= maxCityWords && isCap(s.toks[k]) && !s.has(k, fCountry) && !monthNames()[s.toks[k].key()] {
			k++
		}
	}
	if k == end+1 || k < len(s.toks) && s.toks[k].word && isCap(s.toks[k]) {
		return end
	}
	return k
}

// maxCityWords bounds the capitalised words after an embassy's "in" read
// as a city the lexicon does not know ("Edinburgh", "San Jose"): a longer
// run is more likely a name of its own ("Dubai Marina Mall").
const maxCityWords = 2

// loneHeadEnds reports a head noun at token j, after "and" inside a
// body's complement, that no other capitalised word or complement goes
// on: the last word of the name's own list ("… of Heads of State and
// Government"), not a second body, which a lone head noun never names
// ("the Council" alone is no body either).
func (s *passage) loneHeadEnds(j int) bool {
	if !s.has(j, fOrgHead) || !isCap(s.toks[j]) || s.pluralHead(j) {
		return false
	}
	n := j + 1
	if n >= len(s.toks) {
		return true
	}
	t := s.toks[n]
	if t.word && (isCap(t) || isAcronym(t)) || isPossessive(t) {
		return false
	}
	switch t.key() {
	case "of", "for", "on", "(":
		return false
	}
	return true
}

// lostPossessive reports a word at token k that is a possessive whose
// apostrophe the text lost ("Department of Justices Antitrust Division",
// "the Justice Departments Civil Rights Division", "FBIs Criminal
// Investigative Division"): the passage comes from a document without a
// single apostrophe, the word ends in an "s" its stem does not, and the
// capitalised words after it hold a head noun of their own, so that it
// closes one body's name and another body's name follows. Its stem must
// stand in the text on its own, and end a body's name: inComp (the word
// closes an "of" complement, "… of Justices", and the text has "of
// Justice"), or the stem is an executive body's head noun
// ("Departments"), a country ("Chiles") or an acronym ("FBIs").
func (s *passage) lostPossessive(k int, inComp bool) bool {
	if s.docWords == nil || k+1 >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	w := t.text
	if !t.word || !isCap(t) || len(w) < 4 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") || !s.headedRun(k+1) {
		return false
	}
	stem := w[:len(w)-1]
	if !s.docWords.has(stem) {
		return false // "Organization of American States General Assembly": no "State" in the text
	}
	if inComp {
		// the complement with the stem stands in the text too: "of
		// Justice" (not "American State" for "American States")
		return k > 0 && s.docWords.has(s.toks[k-1].text+" "+stem)
	}
	if headClasses[fold(stem)] == 1 || fold(stem) == "division" {
		return true
	}
	st := []token{{text: stem, word: true}}
	if n, _ := getLex().countries.match(st, 0); n == 1 {
		return true
	}
	_, acr, _ := strings.Cut(stem, "-") // "ICE-HSIs"
	if acr == "" {
		acr = stem
	}
	return isAcronym(token{text: acr, word: true}) && strings.ToUpper(acr) == acr
}

// hasApostrophe reports a text with an apostrophe: a possessive's or an
// elision's ("don’t").
func hasApostrophe(text string) bool { return strings.ContainsAny(text, "’'") }
