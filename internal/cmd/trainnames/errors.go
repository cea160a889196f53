package main

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/eval"
)

// errorTable classifies the organisation errors of held-out predictions
// and prints how many of each kind there are, with examples.
func errorTable(got []scoredDoc) {
	counts := map[string]int{}
	examples := map[string][]string{}
	note := func(kind, ex string) {
		counts[kind]++
		if len(examples[kind]) < 4 {
			examples[kind] = append(examples[kind], ex)
		}
	}
	for _, s := range got {
		g := s.d.gold
		text := normTokens(docText(s.d))
		var req []eval.GoldOrg
		for _, o := range g.Parties.Organisations {
			if !o.InNameOnly {
				req = append(req, o)
			}
		}
		// which gold bodies and which predictions matched, by the scorer
		matchedGold := make([]bool, len(req))
		matchedPred := make([]bool, len(s.pred.Organisations))
		for i, p := range s.pred.Organisations {
			for j, o := range req {
				if !matchedGold[j] && sameOrg(p, o) {
					matchedGold[j], matchedPred[i] = true, true
					break
				}
			}
		}
		for j, o := range req {
			if matchedGold[j] {
				continue
			}
			forms := append([]string{o.Name}, o.Aliases...)
			kind := ""
			for _, c := range s.d.cands {
				if sameOrg(eval.Item{Name: c.Name, Aliases: c.Aliases}, o) {
					kind = "FN: proposed but not listed"
				}
			}
			if kind == "" {
				for _, c := range s.d.cands {
					if overlapsForm(c.Name, forms) {
						kind = "FN: boundary (a proposed body overlaps it)"
					}
				}
			}
			inText, acronymOnly := false, true
			for _, f := range forms {
				if containsSeq(text, normTokens(f)) {
					inText = true
					if !isAcronymForm(f) {
						acronymOnly = false
					}
				}
			}
			switch {
			case kind != "":
			case !inText:
				kind = "FN: no form of it in the text (alias mismatch)"
			case acronymOnly:
				kind = "FN: missing acronym (only its acronym in the text)"
			case !briefing.HasOrgHead(o.Name):
				kind = "FN: body without a head noun"
			default:
				kind = "FN: headed body not proposed"
			}
			note(kind, fmt.Sprintf("%q (%s)", o.Name, s.d.publisher))
		}
		seen := map[string]bool{}
		for i, p := range s.pred.Organisations {
			key := strings.Join(normTokens(p.Name), " ")
			if matchedPred[i] || optional(p, g) || seen[key] {
				continue
			}
			seen[key] = true
			kind := ""
			for j, o := range req {
				if !matchedGold[j] && overlapsForm(p.Name, append([]string{o.Name}, o.Aliases...)) {
					kind = "FP: boundary (overlaps a missed gold body)"
				}
			}
			switch {
			case kind != "":
			case isAcronymForm(p.Name):
				kind = "FP: acronym not a gold body"
			case !briefing.HasOrgHead(p.Name):
				kind = "FP: not an organisation (no head noun)"
			default:
				kind = "FP: headed span not annotated (event, programme, body named in passing, duplicate)"
			}
			note(kind, fmt.Sprintf("%q (%s)", p.Name, s.d.publisher))
		}
	}
	printCounts(counts, examples)
}

// sameOrg applies the scorer's rule to one prediction and one gold body.
func sameOrg(p eval.Item, o eval.GoldOrg) bool {
	o.InNameOnly = false // the scorer sets optional bodies aside before matching
	var g eval.GoldDoc
	g.Parties.Organisations = []eval.GoldOrg{o}
	return eval.ScoreDoc(&g, &eval.Prediction{Organisations: []eval.Item{p}}).Organisations[0] > 0
}

// optional reports a prediction of a body the annotation names only
// inside another name.
func optional(p eval.Item, g eval.GoldDoc) bool {
	for _, o := range g.Parties.Organisations {
		if o.InNameOnly && sameOrg(p, o) {
			return true
		}
	}
	return false
}

func normTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func containsSeq(hay, needle []string) bool {
	if len(needle) == 0 {
		return false
	}
outer:
	for i := 0; i+len(needle) <= len(hay); i++ {
		for k := range needle {
			if hay[i+k] != needle[k] {
				continue outer
			}
		}
		return true
	}
	return false
}

// overlapsForm reports a name that contains one of forms, or lies inside
// one, as words.
func overlapsForm(name string, forms []string) bool {
	n := normTokens(name)
	for _, f := range forms {
		ft := normTokens(f)
		if containsSeq(n, ft) || containsSeq(ft, n) {
			return true
		}
	}
	return false
}

func isAcronymForm(s string) bool {
	s = strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), "-", "")
	up := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			up++
		} else if unicode.IsLower(r) || unicode.IsSpace(r) {
			return false
		}
	}
	return up >= 2
}

// docText is the title, headings and sentences of a document.
func docText(d *doc) string {
	var sb strings.Builder
	sb.WriteString(d.d.Title + "\n")
	for _, b := range d.d.Blocks {
		sb.WriteString(b.Text + "\n")
	}
	return sb.String()
}
