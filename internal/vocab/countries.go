package vocab

import "strings"

// A Country is one state of countries.txt: its canonical short name, its
// other names and abbreviations, the demonyms used as its adjectives, and
// its capital and the cities that name a venue.
type Country struct {
	Name                    string
	Other, Demonyms, Cities []string
}

// ParseCountries reads lines in countries.txt's format ("name | other;
// names | demonyms | cities", the fields after the name optional, each a
// ";"-separated list).
func ParseCountries(lines []string) []Country {
	out := make([]Country, 0, len(lines))
	for _, ln := range lines {
		f := strings.Split(ln, "|")
		for len(f) < 4 {
			f = append(f, "")
		}
		out = append(out, Country{Name: strings.TrimSpace(f[0]), Other: SplitList(f[1]), Demonyms: SplitList(f[2]), Cities: SplitList(f[3])})
	}
	return out
}

// Countries returns the states of countries.txt (its section "").
func Countries() []Country { return ParseCountries(Lines("countries.txt")) }
