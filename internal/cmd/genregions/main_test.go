package main

import (
	"slices"
	"testing"

	"github.com/brief-dev/brief/internal/vocab"
)

// TestSelectRegions: a subdivision is kept when another state's name or
// demonym stands in its name as whole words, not its own state's, not a
// possessive, not a code in capitals; a compass word before it gives a
// second name without it. A territory that is no state ("French
// Polynesia") is kept by the same rule; one that names none ("Guam") is
// not, nor a state whose ISO name is written inverted ("Congo, The
// Democratic Republic of the").
func TestSelectRegions(t *testing.T) {
	names := stateNames(vocab.ParseCountries([]string{
		"Mexico | United Mexican States | Mexican | Mexico City",
		"United States | USA; America | American | Washington",
		"Samoa | Independent State of Samoa | Samoan | Apia",
		"Spain | Kingdom of Spain | Spanish | Madrid",
		"Trinidad and Tobago | | Trinidadian | Port of Spain",
		"Cuba | Republic of Cuba | Cuban | Havana",
		"Saint Lucia | | Saint Lucian | Castries",
		"Malta | | Maltese | Valletta",
		"Central African Republic | CAR | Central African | Bangui",
		"Philippines | | Filipino | Manila",
		"United Kingdom | Britain | British | London",
		"Papua New Guinea | PNG | | Port Moresby",
		"France | French Republic | French | Paris",
		"Congo | Republic of the Congo | Congolese | Brazzaville",
		"Democratic Republic of the Congo | DRC | | Kinshasa",
	}))
	states := []isoState{
		{Alpha2: "US", Name: "United States", OfficialName: "United States of America"},
		{Alpha2: "TT", Name: "Trinidad and Tobago"},
		{Alpha2: "CU", Name: "Cuba"},
		{Alpha2: "MT", Name: "Malta"},
		{Alpha2: "PH", Name: "Philippines"},
		{Alpha2: "PG", Name: "Papua New Guinea"},
		{Alpha2: "PF", Name: "French Polynesia"},
		{Alpha2: "VG", Name: "Virgin Islands, British", OfficialName: "British Virgin Islands"},
		{Alpha2: "GU", Name: "Guam"},
		{Alpha2: "CD", Name: "Congo, The Democratic Republic of the"},
	}
	subs := []isoSubdivision{
		{"US-NM", "New Mexico"},
		{"US-AS", "American Samoa"},
		{"US-TX", "Texas"},
		{"TT-POS", "Port of Spain"},
		{"CU-13", "Santiago de Cuba"},
		{"MT-53", "Saint Lucia's"},
		{"PH-15", "Cordillera Administrative Region (CAR)"},
		{"PG-EBR", "East New Britain"},
		{"ZZ-01", "Mexicana"},
	}
	compass := map[string]bool{"east": true, "west": true}
	got, unmatched := selectRegions(states, subs, names, compass)
	want := []string{"American Samoa", "British Virgin Islands", "East New Britain", "French Polynesia", "New Britain", "New Mexico", "Port of Spain", "Virgin Islands, British"}
	if !slices.Equal(got, want) {
		t.Errorf("regions %q, want %q", got, want)
	}
	if !slices.Equal(unmatched, []string{"ZZ"}) {
		t.Errorf("unmatched %q, want [ZZ]", unmatched)
	}
}
