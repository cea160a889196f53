package eval

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed families.txt
var familiesTxt string

// families reads families.txt: the families by publisher, and the
// prefixes ("us-") that name a family's publishers by their beginning.
var families = sync.OnceValues(func() (map[string]string, [][2]string) {
	byPub := map[string]string{}
	var prefixes [][2]string
	for line := range strings.Lines(familiesTxt) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, pubs, ok := strings.Cut(line, ":")
		if !ok {
			panic("eval: families.txt: no colon in " + line)
		}
		for _, p := range strings.Fields(pubs) {
			if pre, ok := strings.CutSuffix(p, "*"); ok {
				prefixes = append(prefixes, [2]string{pre, name})
			} else {
				byPub[p] = name
			}
		}
	}
	return byPub, prefixes
})

// FamilyOf names the family of publishers (families.txt) publisher
// belongs to: a government or a system of bodies the corpus holds several
// publishers of, or, for a publisher with no sibling, the publisher
// itself.
func FamilyOf(publisher string) string {
	byPub, prefixes := families()
	if f, ok := byPub[publisher]; ok {
		return f
	}
	for _, p := range prefixes {
		if strings.HasPrefix(publisher, p[0]) {
			return p[1]
		}
	}
	return publisher
}
