package briefing

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
// Central …").
func (s *passage) postedEnd(h, end int) int {
	if h < 0 || h >= len(s.toks) || !getLex().postedHeads[s.toks[h].key()] {
		return end
	}
	if end+1 >= len(s.toks) || s.toks[end].key() != "in" || !isCap(s.toks[end+1]) {
		return end
	}
	k := end + 1
	for k < len(s.toks) && isCap(s.toks[k]) && s.has(k, fCity) && !s.has(k, fCountry) {
		k++
	}
	if k == end+1 || k < len(s.toks) && s.toks[k].word && isCap(s.toks[k]) {
		return end
	}
	return k
}

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
