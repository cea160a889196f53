//go:build ignore

// Command compare reports, for the pairs of annotations of one document,
// the agreement that the scorer (`brief eval --gold`) does not measure:
// whether the two annotators flagged the same bodies in_name_only, gave the
// same kind and the same order to the outcomes both made primary, chose the
// same rank-1 outcome, agreed on no_outcomes, and listed the same places,
// other named items and acceptable outcomes. README.md explains its use.
//
//	go run testdata/corpus/agreement/compare.go FIRST_DIR SECOND_DIR
//
// Each DIR holds NAME.gold.json files; documents are paired by NAME. Names
// of places, other named items and bodies are compared after case folding,
// dropping quotation marks and collapsing white space; outcome sentences
// must then be identical (both annotators copy them verbatim, so a
// different sentence boundary counts as a different outcome).
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type gold struct {
	Parties struct {
		Persons []struct {
			Name string `json:"name"`
			Role string `json:"role"`
		} `json:"persons"`
		Organisations []struct {
			Name       string   `json:"name"`
			Aliases    []string `json:"aliases"`
			InNameOnly bool     `json:"in_name_only"`
		} `json:"organisations"`
	} `json:"parties"`
	Places     []string `json:"places"`
	Other      []string `json:"other_named"`
	NoOutcomes bool     `json:"no_outcomes"`
	Outcomes   []struct {
		Rank int    `json:"rank"`
		Text string `json:"text"`
		Kind string `json:"kind"`
	} `json:"outcomes"`
	Acceptable []string `json:"acceptable_outcomes"`
}

func norm(s string) string {
	s = strings.NewReplacer("‘", "", "’", "'", "“", "", "”", "", "\"", "").Replace(s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func read(name string) (*gold, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var g gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &g, nil
}

// counts is "agreed of total" for one measure, summed over documents.
type counts struct{ agree, total int }

func (c *counts) add(a, t int) { c.agree += a; c.total += t }

func (c counts) String() string {
	if c.total == 0 {
		return "–"
	}
	return fmt.Sprintf("%d/%d (%.0f%%)", c.agree, c.total, 100*float64(c.agree)/float64(c.total))
}

// setAgree returns the size of the intersection and of the union of two
// string lists after normalisation.
func setAgree(a, b []string) (inter, union int) {
	sa, sb := map[string]bool{}, map[string]bool{}
	for _, x := range a {
		sa[norm(x)] = true
	}
	for _, x := range b {
		sb[norm(x)] = true
	}
	for x := range sa {
		if sb[x] {
			inter++
		}
	}
	return inter, len(sa) + len(sb) - inter
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: go run compare.go FIRST_DIR SECOND_DIR")
		os.Exit(2)
	}
	names, _ := filepath.Glob(filepath.Join(os.Args[2], "*.gold.json"))
	sort.Strings(names)
	var flag, kind, order, top1, noOut, role, places, other, accept counts
	for _, second := range names {
		base := filepath.Base(second)
		a, err := read(filepath.Join(os.Args[1], base))
		if err == nil {
			var b *gold
			if b, err = read(second); err == nil {
				fmt.Printf("%s\n", strings.TrimSuffix(base, ".gold.json"))
				compare(a, b, &flag, &kind, &order, &top1, &noOut, &role, &places, &other, &accept)
			}
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "compare:", err)
			os.Exit(1)
		}
	}
	fmt.Printf("\ntotal over %d documents\n", len(names))
	fmt.Printf("  role identical (persons both list)           %v\n", role)
	fmt.Printf("  in_name_only flag same (bodies listed by both) %v\n", flag)
	fmt.Printf("  kind same (outcomes primary for both)        %v\n", kind)
	fmt.Printf("  pairs of shared primaries in the same order  %v\n", order)
	fmt.Printf("  same rank-1 outcome                          %v\n", top1)
	fmt.Printf("  no_outcomes flag same                        %v\n", noOut)
	fmt.Printf("  places (shared / union)                      %v\n", places)
	fmt.Printf("  other_named (shared / union)                 %v\n", other)
	fmt.Printf("  acceptable outcomes (shared / union)         %v\n", accept)
}

func compare(a, b *gold, flag, kind, order, top1, noOut, role, places, other, accept *counts) {
	// persons: paired with the other's person who shares the most name
	// tokens of three letters or more ("Juan Carlos Holguin" is not
	// "Carlos Correa")
	for _, pa := range a.Parties.Persons {
		best, most := -1, 0
		for j, pb := range b.Parties.Persons {
			if n := sharedTokens(pa.Name, pb.Name); n > most {
				best, most = j, n
			}
		}
		if best < 0 {
			continue
		}
		pb := b.Parties.Persons[best]
		same := norm(pa.Role) == norm(pb.Role)
		role.add(b2i(same), 1)
		if !same {
			fmt.Printf("  role: %q / %q for %s\n", pa.Role, pb.Role, pa.Name)
		}
	}
	// bodies: paired by a shared normalised name or alias
	for _, oa := range a.Parties.Organisations {
		fa := map[string]bool{norm(oa.Name): true}
		for _, x := range oa.Aliases {
			fa[norm(x)] = true
		}
		for _, ob := range b.Parties.Organisations {
			shared := fa[norm(ob.Name)]
			for _, x := range ob.Aliases {
				shared = shared || fa[norm(x)]
			}
			if shared {
				flag.add(b2i(oa.InNameOnly == ob.InNameOnly), 1)
				if oa.InNameOnly != ob.InNameOnly {
					fmt.Printf("  in_name_only: %v / %v for %s\n", oa.InNameOnly, ob.InNameOnly, oa.Name)
				}
				break
			}
		}
	}
	// outcomes primary for both: kinds, and the order of every pair
	rankB := map[string]int{}
	kindB := map[string]string{}
	for _, o := range b.Outcomes {
		rankB[norm(o.Text)] = o.Rank
		kindB[norm(o.Text)] = o.Kind
	}
	type pair struct{ ra, rb int }
	var shared []pair
	for _, o := range a.Outcomes {
		t := norm(o.Text)
		if rb, ok := rankB[t]; ok {
			shared = append(shared, pair{o.Rank, rb})
			kind.add(b2i(o.Kind == kindB[t]), 1)
			if o.Kind != kindB[t] {
				fmt.Printf("  kind: %s / %s for %.60q\n", o.Kind, kindB[t], o.Text)
			}
		}
	}
	for i := range shared {
		for j := i + 1; j < len(shared); j++ {
			same := (shared[i].ra < shared[j].ra) == (shared[i].rb < shared[j].rb)
			order.add(b2i(same), 1)
		}
	}
	if len(a.Outcomes) > 0 && len(b.Outcomes) > 0 {
		first := func(g *gold) string {
			for _, o := range g.Outcomes {
				if o.Rank == 1 {
					return norm(o.Text)
				}
			}
			return ""
		}
		same := first(a) == first(b)
		top1.add(b2i(same), 1)
		if !same {
			fmt.Printf("  rank 1 differs\n")
		}
	}
	noOut.add(b2i(a.NoOutcomes == b.NoOutcomes), 1)
	if a.NoOutcomes != b.NoOutcomes {
		fmt.Printf("  no_outcomes: %v / %v\n", a.NoOutcomes, b.NoOutcomes)
	}
	places.add(setAgree(a.Places, b.Places))
	other.add(setAgree(a.Other, b.Other))
	accept.add(setAgree(a.Acceptable, b.Acceptable))
}

// sharedTokens counts the name tokens of three letters or more that a
// and b share.
func sharedTokens(a, b string) int {
	n := 0
	for _, x := range strings.Fields(norm(a)) {
		for _, y := range strings.Fields(norm(b)) {
			if len(x) >= 3 && x == y {
				n++
				break
			}
		}
	}
	return n
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
