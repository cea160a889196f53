package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/brief-dev/brief/internal/eval"
)

// samePerson applies the scorer's rule to one predicted name and one gold
// person.
func samePerson(name string, g eval.GoldPerson) bool {
	var gd eval.GoldDoc
	gd.Parties.Persons = []eval.GoldPerson{g}
	return eval.ScoreDoc(&gd, &eval.Prediction{Persons: []eval.Item{{Name: name}}}).Persons[0] > 0
}

// sharesWord reports a name that shares a word with one of forms.
func sharesWord(name string, forms []string) bool {
	in := map[string]bool{}
	for _, f := range forms {
		for _, t := range normTokens(f) {
			in[t] = true
		}
	}
	for _, t := range normTokens(name) {
		if in[t] {
			return true
		}
	}
	return false
}

// personErrorTable classifies the person errors of held-out predictions
// (misses by whether any candidate matched or overlapped them, false
// persons by where they came from) and prints the counts with examples;
// then role accuracy per publisher.
func personErrorTable(got []scoredDoc) {
	counts := map[string]int{}
	examples := map[string][]string{}
	note := func(kind, ex string) {
		counts[kind]++
		if len(examples[kind]) < 5 {
			examples[kind] = append(examples[kind], ex)
		}
	}
	for _, s := range got {
		gp := s.d.gold.Parties.Persons
		text := normTokens(docText(s.d))
		matchedGold := make([]bool, len(gp))
		matchedPred := make([]bool, len(s.pred.Persons))
		for i, p := range s.pred.Persons {
			for j, g := range gp {
				if !matchedGold[j] && samePerson(p.Name, g) {
					matchedGold[j], matchedPred[i] = true, true
					break
				}
			}
		}
		for j, g := range gp {
			if matchedGold[j] {
				continue
			}
			forms := append([]string{g.Name}, g.Mentions...)
			kind := ""
			for _, c := range s.d.pcands {
				if samePerson(c.Name, g) {
					if c.Span {
						kind = "FN: proposed as a name run, not listed"
					} else {
						kind = "FN: found by the rules, not listed"
					}
				}
			}
			if kind == "" {
				for _, c := range s.d.pcands {
					if sharesWord(c.Name, forms) {
						kind = "FN: boundary (a candidate overlaps it)"
					}
				}
			}
			if kind == "" {
				inText := false
				for _, f := range forms {
					if containsSeq(text, normTokens(f)) {
						inText = true
					}
				}
				switch {
				case !inText:
					kind = "FN: never proposed, no form in the text"
				case g.Role == "" && g.Title == "":
					kind = "FN: never proposed, no role in the gold"
				default:
					kind = "FN: never proposed, with a role"
				}
			}
			note(kind, fmt.Sprintf("%q [%s] (%s)", g.Name, g.Role, s.d.publisher))
		}
		for i, p := range s.pred.Persons {
			if matchedPred[i] {
				continue
			}
			kind := ""
			for j, g := range gp {
				if !matchedGold[j] && sharesWord(p.Name, append([]string{g.Name}, g.Mentions...)) {
					kind = "FP: boundary (overlaps a missed gold person)"
				}
			}
			if kind == "" {
				for _, g := range gp {
					if samePerson(p.Name, g) || sharesWord(p.Name, append([]string{g.Name}, g.Mentions...)) {
						kind = "FP: a second entry of a listed person"
					}
				}
			}
			if kind == "" {
				span := false
				for _, c := range s.d.pcands {
					if c.Name == p.Name && c.Span {
						span = true
					}
				}
				if span {
					kind = "FP: name run, not a gold person"
				} else {
					kind = "FP: rules' person, not a gold person"
				}
			}
			note(kind, fmt.Sprintf("%q [%s] (%s)", p.Name, p.Title, s.d.publisher))
		}
	}
	printCounts(counts, examples)
}

// printCounts prints error kinds by count, most first, with examples.
func printCounts(counts map[string]int, examples map[string][]string) {
	var kinds []string
	for k := range counts {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool {
		if counts[kinds[i]] != counts[kinds[j]] {
			return counts[kinds[i]] > counts[kinds[j]]
		}
		return kinds[i] < kinds[j]
	})
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "error\tcount\texamples")
	for _, k := range kinds {
		fmt.Fprintf(tw, "%s\t%d\t%s\n", k, counts[k], strings.Join(examples[k], "; "))
	}
	tw.Flush()
}

// roleTable prints role accuracy per publisher: of the matched persons
// whose annotation has a role, the share whose predicted title and office
// the scorer accepts.
func roleTable(got []scoredDoc, pubs []string) {
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "publisher\troles ok\tof\tacc %\t")
	for _, pub := range append(append([]string{}, pubs...), "all (micro)") {
		var sel []scoredDoc
		for _, s := range got {
			if s.d.publisher == pub || pub == "all (micro)" {
				sel = append(sel, s)
			}
		}
		r := score(sel).RoleAccuracy
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f\t\n", pub, r.OK, r.N, 100*r.Acc)
	}
	tw.Flush()
}
