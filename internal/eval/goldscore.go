package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
)

// DocScore holds the counts of one document, as gold_score.py's
// score_doc returns them.
type DocScore struct {
	Persons       [3]int // matched, predicted, gold
	Roles         [2]int // correct, matched persons with a gold role
	Organisations [3]int // matched, predicted (optional ones left out), required
	Countries     [3]int // matched, predicted (distinct), gold
	// Outcomes: primary outcomes matched, picks that match a primary or
	// acceptable outcome, picks, primary outcomes.
	Outcomes  [4]int
	OutcomesK [2]int // primary outcomes matched by the first k picks, k
	// NoOutcomePicks, on a document with no outcomes: picks, acceptable
	// picks. Nil on other documents.
	NoOutcomePicks *[2]int
}

// MarshalJSON writes the counts as gold_score.py's --per-doc does.
func (s DocScore) MarshalJSON() ([]byte, error) {
	return []byte(s.String()), nil
}

// String is the counts as gold_score.py prints a document's line
// (Python's json.dumps of the score_doc dict).
func (s DocScore) String() string {
	out := fmt.Sprintf(`{"persons": [%d, %d, %d], "roles": [%d, %d], "organisations": [%d, %d, %d], "countries": [%d, %d, %d], "outcomes": [%d, %d, %d, %d], "outcomes@k": [%d, %d]`,
		s.Persons[0], s.Persons[1], s.Persons[2], s.Roles[0], s.Roles[1],
		s.Organisations[0], s.Organisations[1], s.Organisations[2],
		s.Countries[0], s.Countries[1], s.Countries[2],
		s.Outcomes[0], s.Outcomes[1], s.Outcomes[2], s.Outcomes[3], s.OutcomesK[0], s.OutcomesK[1])
	if s.NoOutcomePicks != nil {
		out += fmt.Sprintf(`, "no_outcome_picks": [%d, %d]`, s.NoOutcomePicks[0], s.NoOutcomePicks[1])
	}
	return out + "}"
}

// PRF is a micro-averaged precision, recall and F1 with its counts.
type PRF struct {
	TP   int     `json:"tp"`
	Pred int     `json:"pred"`
	Gold int     `json:"gold"`
	P    float64 `json:"p"`
	R    float64 `json:"r"`
	F1   float64 `json:"f1"`
}

func newPRF(c [3]int) PRF {
	p, r, f := prf(c[0], c[1], c[2])
	return PRF{c[0], c[1], c[2], p, r, f}
}

// Totals are the figures over a gold set, named as in gold_score.py's
// --json output.
type Totals struct {
	Persons       PRF `json:"persons"`
	Organisations PRF `json:"organisations"`
	Countries     PRF `json:"countries"`
	PartiesMicro  PRF `json:"parties_micro"` // the three above pooled
	RoleAccuracy  struct {
		OK  int     `json:"ok"`
		N   int     `json:"n"`
		Acc float64 `json:"acc"`
	} `json:"role_accuracy"`
	Outcomes struct {
		RecallTP    int     `json:"recall_tp"`
		PrecisionOK int     `json:"precision_ok"`
		Pred        int     `json:"pred"`
		Gold        int     `json:"gold"`
		P           float64 `json:"p"`
		R           float64 `json:"r"`
		F1          float64 `json:"f1"`
		RecallAtK   float64 `json:"recall_at_k"`
	} `json:"outcomes"`
	NoOutcomeDocs struct {
		Docs            int `json:"docs"`
		Picks           int `json:"picks"`
		AcceptablePicks int `json:"acceptable_picks"`
	} `json:"no_outcome_docs"`
}

// GoldReport is the score of predictions against a gold set.
type GoldReport struct {
	Total  Totals
	IDs    []string // the gold documents, in the gold set's order
	PerDoc map[string]DocScore
	// Misses lists, for each document, what the prediction got wrong:
	// persons, organisations and countries found but not in the gold (FP)
	// or missed (FN), wrong roles, wrong outcome picks, missed primary
	// outcomes.
	Misses map[string][]string
	// Unknown are the ids of predictions for no document of the gold set,
	// sorted; gold_score.py ignores them silently, which hides ids that do
	// not match.
	Unknown []string
}

// ScoreGold scores predictions against the gold set with the rules of
// gold_score.py. A document without a prediction counts as an empty one;
// predictions for documents not in the gold set are ignored.
func ScoreGold(gold []GoldDoc, preds map[string]Prediction) *GoldReport {
	rep := &GoldReport{PerDoc: map[string]DocScore{}, Misses: map[string][]string{}}
	var tot [3][3]int
	var role, ock [2]int
	var oc [4]int
	var noc [3]int
	for i := range gold {
		g := &gold[i]
		p := preds[g.ID]
		var misses []string
		s := scoreDoc(g, &p, &misses)
		rep.Misses[g.ID] = misses
		rep.IDs = append(rep.IDs, g.ID)
		rep.PerDoc[g.ID] = s
		for k, c := range [3][3]int{s.Persons, s.Organisations, s.Countries} {
			for j := range 3 {
				tot[k][j] += c[j]
			}
		}
		role[0] += s.Roles[0]
		role[1] += s.Roles[1]
		for j := range 4 {
			oc[j] += s.Outcomes[j]
		}
		ock[0] += s.OutcomesK[0]
		ock[1] += s.OutcomesK[1]
		if s.NoOutcomePicks != nil {
			noc[0]++
			noc[1] += s.NoOutcomePicks[0]
			noc[2] += s.NoOutcomePicks[1]
		}
	}
	for id := range preds {
		if _, ok := rep.PerDoc[id]; !ok {
			rep.Unknown = append(rep.Unknown, id)
		}
	}
	slices.Sort(rep.Unknown)
	t := &rep.Total
	t.Persons, t.Organisations, t.Countries = newPRF(tot[0]), newPRF(tot[1]), newPRF(tot[2])
	var all [3]int
	for j := range 3 {
		all[j] = tot[0][j] + tot[1][j] + tot[2][j]
	}
	t.PartiesMicro = newPRF(all)
	t.RoleAccuracy.OK, t.RoleAccuracy.N = role[0], role[1]
	if role[1] > 0 {
		t.RoleAccuracy.Acc = float64(role[0]) / float64(role[1])
	}
	o := &t.Outcomes
	o.RecallTP, o.PrecisionOK, o.Pred, o.Gold = oc[0], oc[1], oc[2], oc[3]
	if oc[2] > 0 {
		o.P = float64(oc[1]) / float64(oc[2])
	}
	if oc[3] > 0 {
		o.R = float64(oc[0]) / float64(oc[3])
	}
	if o.P+o.R > 0 {
		o.F1 = 2 * o.P * o.R / (o.P + o.R)
	}
	if ock[1] > 0 {
		o.RecallAtK = float64(ock[0]) / float64(ock[1])
	}
	t.NoOutcomeDocs.Docs, t.NoOutcomeDocs.Picks, t.NoOutcomeDocs.AcceptablePicks = noc[0], noc[1], noc[2]
	return rep
}

// ScoreDoc scores one document's prediction (score_doc).
func ScoreDoc(g *GoldDoc, pr *Prediction) DocScore { return scoreDoc(g, pr, nil) }

// scoreDoc is ScoreDoc; when misses is not nil, it also lists there what
// the prediction got wrong, one line each, as testdata/whitehouse's old
// score.py -v did.
func scoreDoc(g *GoldDoc, pr *Prediction, misses *[]string) DocScore {
	var s DocScore
	miss := func(format string, args ...any) {
		if misses != nil {
			*misses = append(*misses, fmt.Sprintf(format, args...))
		}
	}

	gp := g.Parties.Persons
	pp := pr.Persons
	tp, pairs := greedy(len(pp), len(gp), func(i, j int) bool { return personMatch(pp[i].Name, &gp[j]) })
	s.Persons = [3]int{tp, len(pp), len(gp)}
	for i, j := range pairs {
		if j < 0 || gp[j].Role == "" {
			continue
		}
		s.Roles[1]++
		if t := pp[i].Title; t != "" && max(tokF1(t, gp[j].Role), tokF1(t, gp[j].Title+" "+gp[j].Role)) >= 0.5 {
			s.Roles[0]++
		} else {
			miss("role WRONG: %q: predicted %q, gold %q", gp[j].Name, pp[i].Title, gp[j].Role)
		}
	}
	fp, fn := unmatched(pairs, len(gp))
	for _, i := range fp {
		miss("person FP: %q (%s)", pp[i].Name, pp[i].Title)
	}
	for _, j := range fn {
		miss("person FN: %q (%s)", gp[j].Name, gp[j].Role)
	}

	// A predicted organisation is the set of its normalised forms (name
	// and aliases); it matches a gold one that shares a form. Predictions
	// of optional bodies are set aside first, and a name predicted twice
	// counts once.
	var req, opt []map[string]bool
	var reqNames []string
	for _, o := range g.Parties.Organisations {
		f := map[string]bool{normalize(o.Name): true}
		for _, a := range o.Aliases {
			f[normalize(a)] = true
		}
		if o.InNameOnly {
			opt = append(opt, f)
		} else {
			req = append(req, f)
			reqNames = append(reqNames, o.Name)
		}
	}
	overlaps := func(a, b map[string]bool) bool {
		for x := range a {
			if b[x] {
				return true
			}
		}
		return false
	}
	var poReq []map[string]bool
	var poNames []string
	seen := map[string]bool{}
	for _, x := range pr.Organisations {
		name := normalize(x.Name)
		f := map[string]bool{name: true}
		for _, a := range x.Aliases {
			f[normalize(a)] = true
		}
		delete(f, "")
		if len(f) == 0 || seen[name] {
			continue
		}
		seen[name] = true
		optional := false
		for _, o := range opt {
			optional = optional || overlaps(f, o)
		}
		if !optional {
			poReq = append(poReq, f)
			poNames = append(poNames, x.Name)
		}
	}
	tp, pairs = greedy(len(poReq), len(req), func(i, j int) bool { return overlaps(poReq[i], req[j]) })
	s.Organisations = [3]int{tp, len(poReq), len(req)}
	fp, fn = unmatched(pairs, len(req))
	for _, i := range fp {
		miss("organisation FP: %q", poNames[i])
	}
	for _, j := range fn {
		miss("organisation FN: %q", reqNames[j])
	}

	gc := make([]map[string]bool, len(g.Parties.Countries))
	for i, c := range g.Parties.Countries {
		gc[i] = countryForms(c)
	}
	var optc []map[string]bool
	for _, c := range g.CountriesOptional {
		optc = append(optc, countryForms(GoldCountry{Name: c}))
	}
	var pc []string
	seenc := map[string]bool{}
	for _, x := range pr.Countries {
		n := normalize(x.Name)
		if n == "" || seenc[n] {
			continue
		}
		seenc[n] = true
		optional := false
		for _, o := range optc {
			optional = optional || o[n]
		}
		if !optional {
			pc = append(pc, n)
		}
	}
	tp, pairs = greedy(len(pc), len(gc), func(i, j int) bool { return gc[j][pc[i]] })
	s.Countries = [3]int{tp, len(pc), len(gc)}
	fp, fn = unmatched(pairs, len(gc))
	for _, i := range fp {
		miss("country FP: %q", pc[i])
	}
	for _, j := range fn {
		miss("country FN: %q", g.Parties.Countries[j].Name)
	}

	prim := make([]string, len(g.Outcomes))
	for i, o := range g.Outcomes {
		prim[i] = o.Text
	}
	good := append(append([]string{}, prim...), g.Acceptable...)
	picks := make([]string, len(pr.Outcomes))
	for i, x := range pr.Outcomes {
		picks[i] = x.Name
	}
	tpR, pairs := greedy(len(picks), len(prim), func(i, j int) bool { return sentMatch(picks[i], prim[j]) })
	ok := 0
	for _, p := range picks {
		right := false
		for _, x := range good {
			if sentMatch(p, x) {
				right = true
				break
			}
		}
		if right {
			ok++
		} else {
			miss("outcome FP: %q", p)
		}
	}
	_, fn = unmatched(pairs, len(prim))
	for _, j := range fn {
		miss("outcome MISS (primary %d): %q", j+1, prim[j])
	}
	tpK, _ := greedy(min(len(picks), len(prim)), len(prim), func(i, j int) bool { return sentMatch(picks[i], prim[j]) })
	s.Outcomes = [4]int{tpR, ok, len(picks), len(prim)}
	s.OutcomesK = [2]int{tpK, len(prim)}
	if g.NoOutcomes {
		s.NoOutcomePicks = &[2]int{len(picks), ok}
	}
	return s
}

// unmatched returns, from greedy's pairs, the predictions that matched
// nothing and the gold items nothing matched.
func unmatched(pairs []int, ngold int) (preds, gold []int) {
	found := make([]bool, ngold)
	for i, j := range pairs {
		if j < 0 {
			preds = append(preds, i)
		} else {
			found[j] = true
		}
	}
	for j, ok := range found {
		if !ok {
			gold = append(gold, j)
		}
	}
	return preds, gold
}

// countryForms is cforms: the normalised names of a country, its
// mentions, and the alias table's other names for any of them.
func countryForms(c GoldCountry) map[string]bool {
	f := map[string]bool{normalize(c.Name): true}
	for _, m := range c.Mentions {
		f[normalize(m)] = true
	}
	for _, ca := range countryAliases {
		hit := f[ca.name]
		for _, a := range ca.aliases {
			hit = hit || f[a]
		}
		if hit {
			f[ca.name] = true
			for _, a := range ca.aliases {
				f[a] = true
			}
		}
	}
	return f
}

// WriteText prints the report as gold_score.py does, byte for byte; with
// perDoc, each document's counts follow.
func (rep *GoldReport) WriteText(w io.Writer, perDoc bool) error {
	var b bytes.Buffer
	t := &rep.Total
	fmt.Fprintf(&b, "%-14s %4s %5s %5s %7s %7s %7s\n", "field", "tp", "pred", "gold", "P", "R", "F1")
	for _, row := range []struct {
		name string
		x    PRF
	}{{"persons", t.Persons}, {"organisations", t.Organisations}, {"countries", t.Countries}, {"parties_micro", t.PartiesMicro}} {
		fmt.Fprintf(&b, "%-14s %4d %5d %5d %7.2f %7.2f %7.2f\n", row.name, row.x.TP, row.x.Pred, row.x.Gold, 100*row.x.P, 100*row.x.R, 100*row.x.F1)
	}
	ra := t.RoleAccuracy
	fmt.Fprintf(&b, "person title/role correct for matched persons: %d/%d (%.1f%%)\n", ra.OK, ra.N, 100*ra.Acc)
	o := t.Outcomes
	fmt.Fprintf(&b, "outcomes: P %.2f (%d/%d)  R %.2f (%d/%d)  F1 %.2f  recall@k %.2f\n",
		100*o.P, o.PrecisionOK, o.Pred, 100*o.R, o.RecallTP, o.Gold, 100*o.F1, 100*o.RecallAtK)
	if n := t.NoOutcomeDocs; n.Docs > 0 {
		fmt.Fprintf(&b, "documents with no outcomes: %d, outcome picks on them: %d (acceptable: %d)\n", n.Docs, n.Picks, n.AcceptablePicks)
	}
	if perDoc {
		for _, id := range rep.IDs {
			fmt.Fprintln(&b, id, rep.PerDoc[id])
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// WriteMisses prints, for each document with any, what the prediction
// got wrong (GoldReport.Misses) under a "[id]" line.
func (rep *GoldReport) WriteMisses(w io.Writer) error {
	var b bytes.Buffer
	for _, id := range rep.IDs {
		if len(rep.Misses[id]) == 0 {
			continue
		}
		fmt.Fprintf(&b, "[%s]\n", id)
		for _, m := range rep.Misses[id] {
			fmt.Fprintf(&b, "  %s\n", m)
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// WriteJSON prints the report as gold_score.py's --json does: the same
// keys and numbers ({"total", "per_doc"}; per_doc is null without perDoc).
func (rep *GoldReport) WriteJSON(w io.Writer, perDoc bool) error {
	var per map[string]DocScore
	if perDoc {
		per = rep.PerDoc
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(struct {
		Total  Totals              `json:"total"`
		PerDoc map[string]DocScore `json:"per_doc"`
	}{rep.Total, per})
}
