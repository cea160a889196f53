package briefing

import "strings"

// GoldPrediction is the brief in the prediction format of the project's
// gold-set scorer (eval/briefing/tools/gold_score.py): persons with their
// title and office joined, organisation and country names, and outcome
// texts, best first.
func (b *Brief) GoldPrediction(id string) any {
	type person struct {
		Name  string `json:"name"`
		Title string `json:"title"`
	}
	p := struct {
		ID            string   `json:"id"`
		Persons       []person `json:"persons"`
		Organisations []string `json:"organisations"`
		Countries     []string `json:"countries"`
		Outcomes      []string `json:"outcomes"`
	}{ID: id, Persons: []person{}, Organisations: []string{}, Countries: []string{}, Outcomes: []string{}}
	for _, x := range b.Parties.Persons {
		p.Persons = append(p.Persons, person{x.Name, strings.TrimSpace(x.Title + " " + x.Role)})
	}
	for _, x := range b.Parties.Organisations {
		p.Organisations = append(p.Organisations, x.Name)
	}
	for _, x := range b.Parties.Countries {
		p.Countries = append(p.Countries, x.Name)
	}
	for _, x := range b.Outcomes {
		p.Outcomes = append(p.Outcomes, x.Text)
	}
	return p
}
