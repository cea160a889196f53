// Command trainnames fits the organisation model of package briefing on
// the annotated gold sets and reports how it does on publishers it was not
// fitted on.
//
// Every body the rules propose in a gold document (briefing.OrgCandidates)
// is labelled 1 when one of its forms (name or alias) is a form of a
// required organisation of the annotation, 0 when it matches none, and is
// left out when it matches only an optional one (named only inside another
// name): the gold scorer's rule, applied by the scorer itself. The model
// is an L2-penalised logistic regression (internal/fit); its threshold is
// the one that maximises organisation F1 over the training documents.
//
// The figure to quote is leave-one-publisher-out: for each publisher, fit
// on the others, choose the threshold on them, and score the left-out
// publisher with the gold scorer (internal/eval). The final model is
// fitted on everything. A publisher's siblings (another department of its
// government) stay in the training folds and share its words; -fold-by
// family leaves a whole family out at a time (internal/eval's
// families.txt), and every table has a row per family and one, "family:
// none", for the publishers no other publisher shares a family with. Run
// from briefing/ by go generate:
//
//	go run ../internal/cmd/trainnames -lopo=false -texts=DIR -out names_model.json
//
// Tried and left out, leave-one-publisher-out over 758 documents of 60
// publishers (organisations F1 82.8 at the time): weighing each
// publisher's candidates alike rather than each document's (82.7: more
// recall, less precision); labelling 0 a second candidate for a gold body
// that a rules' body, always listed, matches already (82.9 against 83.0
// without); an L2 penalty of 0.01 or 0.02 rather than 0.04 (82.9 and 83.1
// against 82.8 and 83.1). The threshold chosen on the training documents
// (0.5 or 0.55) is where the held-out F1 peaks too (between 0.45 and 0.55
// it moves by less than 0.1, at 0.3 it loses 0.6): three quarters of the
// held-out bodies the model rejects score below 0.2, so what they lack is
// features, not a lower threshold.
//
// Boosted regression trees over the same features (seventeenth session;
// the code is kept on the branch boost17), fitted inside each held-out
// fold, do not beat the logistic regression: left out by publisher over
// 1,339 documents of 126 publishers, against 80.70 (P 85.8 / R 76.2),
// trees on the logistic's log-odds score 80.62 and 80.66 (100 trees of
// depth 3 or 2), trees alone over the features without their span* copies
// 80.59 and 80.48 (150 of depth 4, 200 of depth 3). The bodies the
// logistic misses lack evidence in these features, not an interaction of
// them.
//
// Where a listed body's name ends after a connector (eighteenth session;
// the code is kept on the branch orgs18): each mention followed by "of",
// "for", "on", "in" or "and" (not "and the") and a capitalised complement
// proposed its longer forms ("Press Service Department" -> "… of the
// Ministry of Foreign Affairs of the Republic of …", "Department for
// Work" -> "… and Pensions"), and a second logistic scorer, fitted inside
// each held-out fold on the connector, what the complement is (a country,
// a city, another body, a head noun), how often each form is written and
// the shorter form's own evidence, renamed a listed body by the form it
// liked best. Of 73 held-out wrong bodies that were a shorter form of a
// missed one, the forms matched an annotated body in 36 places, of 27
// publishers, against 578 where the shorter name was right and the longer
// not: left out by publisher over 1,339 documents of 126 publishers,
// organisations 80.7 -> 80.8 (4 publishers up, 1 down), and with the
// "and the" stop and two more features 80.7 -> 80.7 (2 up, 1 down; 6
// wrong bodies fewer, 6 more); the longer-form scorer alone beside the
// organisation scorer fitted on everything moved F1 by -0.15 to +0.03 (L2
// 0.01 or 0.002, threshold chosen or 0.5). Each kind of
// complement comes from too few publishers for a held-out fold to learn
// it.
//
// A lexical block for the organisation scorer (twenty-second session;
// the code is kept on the branch lex22): the hashed words of each
// proposed body's name (each, the first, the last, the head noun, numbers
// and acronyms as classes) with a weight each, fitted by coordinate
// descent on what the dense features leave unexplained, under a total L2
// penalty chosen by inner folds of the training publishers, as the outcome
// model's block is. Left out by publisher it gains: over the 1,086
// documents of 96 publishers, 81.8 (P 86.9 / R 77.3) -> 82.3 (P 86.3 /
// R 78.6), 36 publishers up, 22 down. But the gain is all within the
// families of publishers one government fills: the 43 US publishers'
// mean F1 rises 79.5 -> 80.6 and the 28 UK ones' 73.8 -> 75.6, while the
// 25 others' falls 86.0 -> 85.6 (8 up, 8 down; the session's eight new
// international bodies and ministries 0 up, 4 down: UN-Habitat 80.0 ->
// 69.8). A department's names share their words with its government's
// other departments ("Office of", "Administration", "Service"), which
// stay in the training folds when one is left out; a new government's do
// not. Words around the mentions ("signed with X", "X announced"), word
// pairs and the whole name as one term did worse still. Not kept: the
// figure to trust for a new publisher is the mean over the publishers with
// no sibling in the corpus.
//
// Weighing three times the wrong candidates that the annotation lists as
// named but no party (-other-weight 3; other_named: events, programmes,
// documents, places that look like bodies, 56 of the 431 held-out wrong
// bodies) left organisations at 80.7 -> 80.6 (P 85.7 -> 85.6, R 76.3 ->
// 76.1; 16 publishers up, 25 down): they are wrong candidates already,
// and what the model lacks on them is features, not weight.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/eval"
	"github.com/brief-dev/brief/internal/fit"
)

func main() {
	var (
		sets    = flag.String("gold", eval.AnnotatedSets, "comma-separated gold folders (globs allowed)")
		texts   = flag.String("texts", "", eval.TextsUsage)
		out     = flag.String("out", "", "write the model fitted on every document to `FILE`")
		l2      = flag.Float64("l2", 0.04, "L2 penalty on the organisation scorer's standardised weights, per training document")
		pl2     = flag.Float64("person-l2", 0.005, "L2 penalty on the person scorer's standardised weights, per training document")
		lopo    = flag.Bool("lopo", true, "report the leave-one-publisher-out figures, with the rules' figures before them")
		errs    = flag.Bool("errors", false, "classify the held-out organisation errors")
		explain = flag.String("explain", "", "print the held-out probability and label of every organisation candidate of `PUBLISHER` (\"all\": of every publisher, with the features that are not zero)")
		misses  = flag.String("misses", "", "write the held-out organisation and person errors, one a line, to `FILE`")
		ow      = flag.Float64("other-weight", 1, "weight of a wrong organisation candidate the annotation lists as named but no party (other_named: an event, a programme, a document, a place)")
		foldBy  = flag.String("fold-by", "publisher", "what -lopo leaves out at a time: a `publisher`, or a family of publishers (one government's departments, the UN system: internal/eval/families.txt)")
		drop    = flag.String("drop", "", "comma-separated organisation `FEATURES` to hold at zero (with their span* copies), to measure what each adds")
	)
	flag.Parse()
	otherWeight = *ow
	foldKey, err := eval.FoldKey(*foldBy)
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainnames:", err)
		os.Exit(2)
	}
	foldOf := func(d *doc) string { return foldKey(d.publisher) }
	docs, without, err := load(*sets, *texts)
	if err != nil {
		fail(err)
	}
	pubs := publishers(docs)
	fmt.Printf("%d documents from %d publishers%s\n", len(docs), len(pubs), eval.SkippedNote(without))
	prepare(docs)
	if *drop != "" {
		if err := dropFeatures(docs, strings.Split(*drop, ",")); err != nil {
			fmt.Fprintln(os.Stderr, "trainnames:", err)
			os.Exit(2)
		}
	}
	candidateCounts(docs)
	if *lopo {
		var rules []scoredDoc
		for _, d := range docs {
			rules = append(rules, scoredDoc{d, rulesPrediction(d)})
		}
		fmt.Println("\nthe rules alone (no fitting, so every publisher is held out):")
		table(rules, pubs)
		var held []scoredDoc
		for _, pub := range eval.Publishers(docs, foldOf) {
			var train, test []*doc
			for _, d := range docs {
				if foldOf(d) == pub {
					test = append(test, d)
				} else {
					train = append(train, d)
				}
			}
			m := fitModel(train, *l2, *pl2)
			if pub == *explain || *explain == "all" {
				for _, d := range test {
					for i, c := range d.cands {
						fmt.Printf("explain\t%s\t%s\t%.2f/%.2f\t%v\tspan=%v\t%q %q", pub, d.gold.ID, m.Orgs.Probability(c.Features), m.Orgs.Threshold, d.labels[i], c.Span, c.Name, c.Aliases)
						if *explain == "all" {
							fmt.Print("\t", nonZero(c.Features))
						}
						fmt.Println()
					}
				}
			}
			held = append(held, predict(test, m)...)
		}
		fmt.Printf("\nthe model, leave-one-%s-out (each %s scored by the model fitted on the others):\n", *foldBy, *foldBy)
		table(held, pubs)
		fmt.Printf("\nrole accuracy of the model's persons, leave-one-%s-out:\n", *foldBy)
		roleTable(held, pubs)
		if *errs {
			fmt.Println("\norganisation errors of the rules:")
			errorTable(rules)
			fmt.Println("\norganisation errors of the model, held out:")
			errorTable(held)
			fmt.Println("\nperson errors of the model, held out:")
			personErrorTable(held)
		}
		if *misses != "" {
			if err := writeMisses(*misses, held); err != nil {
				fail(err)
			}
		}
	}
	if *out != "" {
		m := fitModel(docs, *l2, *pl2)
		m.Training = fmt.Sprintf("%d annotated documents from %d publishers: %s", len(docs), len(pubs), strings.Join(pubs, ", "))
		data, err := json.MarshalIndent(m, "", "  ")
		if err == nil {
			err = os.WriteFile(*out, append(data, '\n'), 0o644)
		}
		if err != nil {
			fail(err)
		}
	}
}

// prepare proposes the candidates of each document and labels them.
func prepare(docs []*doc) {
	for _, d := range docs {
		d.cands = briefing.OrgCandidates(d.d)
		for _, c := range d.cands {
			d.labels = append(d.labels, label(d, c))
		}
		d.pcands = briefing.PersonCandidates(d.d)
		for _, c := range d.pcands {
			d.plabels = append(d.plabels, personLabel(d, c))
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "trainnames:", err)
	os.Exit(1)
}

// label is 1 for a candidate that is a required organisation of d's
// annotation, 0 for one that is none, and -1 for one that is only an
// optional one: the scorer decides, on a prediction of the candidate
// alone.
func label(d *doc, c briefing.OrgCandidate) float64 {
	g := d.gold
	g.ID = "x"
	p := eval.Prediction{ID: "x", Organisations: []eval.Item{{Name: c.Name, Aliases: c.Aliases}}}
	s := eval.ScoreDoc(&g, &p).Organisations
	switch {
	case s[0] > 0:
		return 1
	case s[1] == 0:
		return -1
	}
	return 0
}

// personLabel is 1 for a candidate that is a person of d's annotation,
// by the scorer's rule, and 0 for one that is none.
func personLabel(d *doc, c briefing.PersonCandidate) float64 {
	g := d.gold
	g.ID = "x"
	p := eval.Prediction{ID: "x", Persons: []eval.Item{{Name: c.Name}}}
	if eval.ScoreDoc(&g, &p).Persons[0] > 0 {
		return 1
	}
	return 0
}

// scorer fits a logistic regression of ys on xs as a scorer over the
// named features (rounded to six decimals, so that the file stays
// readable).
func scorer(names []string, xs [][]float64, ys []float64, lambda float64) briefing.Scorer {
	ws := make([]float64, len(ys))
	for i := range ws {
		ws[i] = 1
	}
	return weightedScorer(names, xs, ys, ws, lambda)
}

// weightedScorer is scorer with a weight for each row.
func weightedScorer(names []string, xs [][]float64, ys, ws []float64, lambda float64) briefing.Scorer {
	intercept, weights, mean, scale := fit.Logistic(xs, ys, ws, lambda)
	sc := briefing.Scorer{Intercept: fit.Round(intercept)}
	for k, name := range names {
		sc.Features = append(sc.Features, briefing.Feature{Name: name, Weight: fit.Round(weights[k]), Mean: fit.Round(mean[k]), Scale: fit.Round(scale[k])})
	}
	return sc
}

// fitModel fits the organisation and person scorers on docs, with the
// L2 penalties l2 and pl2 per document, and chooses their thresholds on
// them.
func fitModel(docs []*doc, l2, pl2 float64) *briefing.NameModel {
	var xs, pxs [][]float64
	var ys, pys, ws []float64
	for _, d := range docs {
		for i, c := range d.cands {
			if d.labels[i] >= 0 {
				xs = append(xs, c.Features)
				ys = append(ys, d.labels[i])
				w := 1.0
				if d.labels[i] == 0 && otherNamed(d, c) {
					w = otherWeight
				}
				ws = append(ws, w)
			}
		}
		for i, c := range d.pcands {
			pxs = append(pxs, c.Features)
			pys = append(pys, d.plabels[i])
		}
	}
	m := &briefing.NameModel{
		Description: "Logistic regression over general features of each body the rules propose (shape, head noun, acronym, lexicon, how and how often the text mentions it); the probability that it is one of the document's organisations. The same over the persons the rules find and runs of name words they do not take.",
		Labels:      "1 for a proposed body one of whose forms (name or alias) is a form of a required organisation of the annotation (the gold scorer's rule), 0 for one matching none; bodies matching only an optional organisation are left out; persons: 1 for one the scorer matches to a person of the annotation, else 0",
		Fit:         fmt.Sprintf("Newton's method on the L2-penalised log-likelihood of standardised features, penalty %g (organisations) and %g (persons) per training document, intercept unpenalised; thresholds: the probabilities with the best organisation and person F1 on the training documents", l2, pl2),
	}
	m.Orgs = weightedScorer(briefing.OrgFeatureNames(), xs, ys, ws, l2*float64(len(docs)))
	m.Persons = scorer(briefing.PersonFeatureNames(), pxs, pys, pl2*float64(len(docs)))
	best, bestTh := -1.0, 0.5
	for step := 1; step <= 19; step++ {
		m.Orgs.Threshold = float64(step) / 20
		if f := score(predict(docs, m)).Organisations.F1; f > best+1e-9 {
			best, bestTh = f, m.Orgs.Threshold
		}
	}
	m.Orgs.Threshold = bestTh
	best, bestTh = -1.0, 0.5
	for step := 1; step <= 19; step++ {
		m.Persons.Threshold = float64(step) / 20
		if f := score(predict(docs, m)).Persons.F1; f > best+1e-9 {
			best, bestTh = f, m.Persons.Threshold
		}
	}
	m.Persons.Threshold = bestTh
	return m
}

// otherWeight is -other-weight: the weight of a wrong candidate that
// otherNamed reports.
var otherWeight = 1.0

// otherNamed reports a candidate whose name or an alias is one of the
// names the annotation of d lists as named but no party (other_named:
// events, programmes, documents, places that look like bodies).
func otherNamed(d *doc, c briefing.OrgCandidate) bool {
	for _, o := range d.gold.OtherNamed {
		if strings.EqualFold(o, c.Name) || slices.ContainsFunc(c.Aliases, func(a string) bool { return strings.EqualFold(o, a) }) {
			return true
		}
	}
	return false
}

// scoredDoc is a document and brief's prediction for it.
type scoredDoc struct {
	d    *doc
	pred eval.Prediction
}

// rulesPrediction is the prediction of brief without the model: its
// rules' organisations, and its persons.
func rulesPrediction(d *doc) eval.Prediction {
	p := eval.Prediction{ID: d.gold.ID}
	for _, c := range d.pcands {
		if !c.Span {
			p.Persons = append(p.Persons, eval.Item{Name: c.Name, Title: strings.TrimSpace(c.Title + " " + c.Role)})
		}
	}
	for i, c := range d.cands {
		if c.Features[0] == 1 {
			p.Organisations = append(p.Organisations, eval.Item{Name: d.cands[i].Name, Aliases: d.cands[i].Aliases})
		}
	}
	return p
}

// predict makes the prediction of each document with model m.
func predict(docs []*doc, m *briefing.NameModel) []scoredDoc {
	out := make([]scoredDoc, len(docs))
	for i, d := range docs {
		p := eval.Prediction{ID: d.gold.ID}
		for _, o := range briefing.SelectOrgs(d.cands, m) {
			p.Organisations = append(p.Organisations, eval.Item{Name: o.Name, Aliases: o.Aliases})
		}
		for _, x := range briefing.SelectPersons(d.pcands, m) {
			p.Persons = append(p.Persons, eval.Item{Name: x.Name, Title: strings.TrimSpace(x.Title + " " + x.Role)})
		}
		out[i] = scoredDoc{d, p}
	}
	return out
}

// table prints organisation and person P/R/F1 per publisher and in all.
func table(got []scoredDoc, pubs []string) {
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "publisher\tdocs\torgs P\tR\tF1\tpersons P\tR\tF1\t")
	famRow := eval.FamilyRows(pubs)
	rows := append(append([]string{}, pubs...), "set: dev", "set: whitehouse", "set: corpus")
	rows = append(append(rows, eval.DistinctFamilyRows(famRow)...), "all (micro)")
	for _, pub := range rows {
		var sel []scoredDoc
		for _, s := range got {
			set := "set: corpus"
			if s.d.set == "dev" || s.d.set == "whitehouse" {
				set = "set: " + s.d.set
			}
			if s.d.publisher == pub || set == pub || pub == "all (micro)" || famRow[s.d.publisher] == pub {
				sel = append(sel, s)
			}
		}
		t := score(sel)
		fmt.Fprintf(tw, "%s\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t\n", pub, len(sel),
			100*t.Organisations.P, 100*t.Organisations.R, 100*t.Organisations.F1,
			100*t.Persons.P, 100*t.Persons.R, 100*t.Persons.F1)
	}
	tw.Flush()
}

// score scores predictions with the gold scorer.
func score(docs []scoredDoc) eval.Totals {
	gold := make([]eval.GoldDoc, len(docs))
	preds := map[string]eval.Prediction{}
	for i, d := range docs {
		gold[i] = d.d.gold
		gold[i].ID = fmt.Sprint(i) // ids repeat across sets
		p := d.pred
		p.ID = gold[i].ID
		preds[p.ID] = p
	}
	return eval.ScoreGold(gold, preds).Total
}

// writeMisses writes the organisation and person errors of the held-out
// predictions, and the wrong roles: publisher, document, error.
func writeMisses(path string, got []scoredDoc) error {
	var sb strings.Builder
	for _, s := range got {
		g := s.d.gold
		p := s.pred
		p.ID = g.ID
		rep := eval.ScoreGold([]eval.GoldDoc{g}, map[string]eval.Prediction{g.ID: p})
		for _, m := range rep.Misses[g.ID] {
			if strings.HasPrefix(m, "organisation") || strings.HasPrefix(m, "person") || strings.HasPrefix(m, "role") {
				fmt.Fprintf(&sb, "%s\t%s\t%s\n", s.d.publisher, g.ID, m)
			}
		}
	}
	return os.WriteFile(path, []byte(sb.String()), 0o644)
}

// candidateCounts prints how many candidates of each source there are and
// how many of them are right.
func candidateCounts(docs []*doc) {
	var n [2][2][2]int // [org/person][rule/span][wrong/right]
	for _, d := range docs {
		for i, c := range d.cands {
			if d.labels[i] >= 0 {
				n[0][b2i(c.Span)][int(d.labels[i])]++
			}
		}
		for i, c := range d.pcands {
			n[1][b2i(c.Span)][int(d.plabels[i])]++
		}
	}
	for k, what := range []string{"organisations", "persons"} {
		fmt.Printf("%s proposed: %d by the rules (%d right), %d as spans (%d right)\n", what,
			n[k][0][0]+n[k][0][1], n[k][0][1], n[k][1][0]+n[k][1][1], n[k][1][1])
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// nonZero lists the base organisation features of x that are not zero,
// with their values, for -explain all.
func nonZero(x []float64) string {
	var b strings.Builder
	for i, n := range briefing.OrgFeatureNames() {
		if strings.HasPrefix(n, "span*") || x[i] == 0 {
			continue
		}
		if x[i] == 1 {
			fmt.Fprintf(&b, "%s ", n)
		} else {
			fmt.Fprintf(&b, "%s=%.2f ", n, x[i])
		}
	}
	return strings.TrimSpace(b.String())
}

// dropFeatures holds the named organisation features of every candidate
// at zero, and their copies for capitalised spans: a constant column
// weighs nothing, so the fit is the fit without them.
func dropFeatures(docs []*doc, names []string) error {
	cols, err := fit.Columns(briefing.OrgFeatureNames(), names, "span*")
	if err != nil {
		return fmt.Errorf("-drop: %w", err)
	}
	for _, i := range cols {
		for _, d := range docs {
			for _, c := range d.cands {
				c.Features[i] = 0
			}
		}
	}
	return nil
}
