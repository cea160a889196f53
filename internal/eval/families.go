package eval

import (
	_ "embed"
	"fmt"
	"slices"
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

// FoldKey returns what a trainer's -fold-by leaves out together, as a
// function of a document's publisher: by "publisher" the publisher
// itself, by "family" its family (FamilyOf).
func FoldKey(by string) (func(publisher string) string, error) {
	switch by {
	case "publisher":
		return func(p string) string { return p }, nil
	case "family":
		return FamilyOf, nil
	}
	return nil, fmt.Errorf("-fold-by %q: want publisher or family", by)
}

// FamilyRows names, for each publisher of pubs, the row of a trainer's
// table that counts it with its family: "family: NAME" when pubs hold a
// sibling of it, else "family: none" (the publishers of a government or
// system the other publishers do not share, as the held-out
// publishers are).
func FamilyRows(pubs []string) map[string]string {
	size := map[string]int{}
	for _, p := range pubs {
		size[FamilyOf(p)]++
	}
	rows := map[string]string{}
	for _, p := range pubs {
		rows[p] = "family: none"
		if f := FamilyOf(p); size[f] > 1 {
			rows[p] = "family: " + f
		}
	}
	return rows
}

// DistinctFamilyRows are the distinct rows of FamilyRows, sorted,
// "family: none" last.
func DistinctFamilyRows(rows map[string]string) []string {
	var out []string
	none := false
	for _, r := range rows {
		switch {
		case r == "family: none":
			none = true
		case !slices.Contains(out, r):
			out = append(out, r)
		}
	}
	slices.Sort(out)
	if none {
		out = append(out, "family: none")
	}
	return out
}
