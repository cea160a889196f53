package eval

import "testing"

// TestFromGold: an annotation as its annotator's prediction lists every
// person with title and office, the required bodies only, the countries,
// and the primary outcomes in rank order.
func TestFromGold(t *testing.T) {
	var g GoldDoc
	g.ID = "d1"
	g.Parties.Persons = []GoldPerson{{Name: "Ana Lopez", Title: "Dr.", Role: "Minister of Trade"}}
	g.Parties.Organisations = []GoldOrg{{Name: "World Trade Organization", Aliases: []string{"WTO"}}, {Name: "NATO", InNameOnly: true}}
	g.Parties.Countries = []GoldCountry{{Name: "Peru"}}
	g.Outcomes = []GoldOutcome{{Rank: 2, Text: "They will meet in May."}, {Rank: 1, Text: "They signed the accord."}}
	p := FromGold(g)
	if p.ID != "d1" || len(p.Persons) != 1 || p.Persons[0].Title != "Dr. Minister of Trade" ||
		len(p.Organisations) != 1 || p.Organisations[0].Aliases[0] != "WTO" || len(p.Countries) != 1 ||
		len(p.Outcomes) != 2 || p.Outcomes[0].Name != "They signed the accord." {
		t.Errorf("FromGold = %+v", p)
	}
	if rep := ScoreGold([]GoldDoc{g}, map[string]Prediction{"d1": p}); rep.Total.PartiesMicro.F1 != 1 || rep.Total.Outcomes.F1 != 1 {
		t.Errorf("an annotation scored against itself: parties F1 %v, outcomes F1 %v, want 1", rep.Total.PartiesMicro.F1, rep.Total.Outcomes.F1)
	}
}
