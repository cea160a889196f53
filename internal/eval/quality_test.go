package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// figure is one figure of a GoldReport, in percent, with its floor.
type figure struct {
	name  string
	get   func(*Totals) float64
	floor float64
}

var (
	personsF1   = func(t *Totals) float64 { return 100 * t.Persons.F1 }
	roleAcc     = func(t *Totals) float64 { return 100 * t.RoleAccuracy.Acc }
	orgsF1      = func(t *Totals) float64 { return 100 * t.Organisations.F1 }
	countriesF1 = func(t *Totals) float64 { return 100 * t.Countries.F1 }
	outcomesF1  = func(t *Totals) float64 { return 100 * t.Outcomes.F1 }
)

// scoreBrief scores brief's notes on the gold set in dir.
func scoreBrief(t *testing.T, dir string) *GoldReport {
	t.Helper()
	gold, err := ReadGold(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	preds, err := PredictGold(os.DirFS(dir), gold)
	if err != nil {
		t.Fatal(err)
	}
	rep := ScoreGold(gold, preds)
	var out strings.Builder
	rep.WriteText(&out, false)
	t.Logf("%d documents\n%s", len(gold), out.String())
	return rep
}

func checkFloors(t *testing.T, rep *GoldReport, figures []figure, maxNoOutcomePicks int) {
	t.Helper()
	for _, f := range figures {
		if got := f.get(&rep.Total); got < f.floor {
			t.Errorf("%s = %.2f, want ≥ %.2f", f.name, got, f.floor)
		}
	}
	if n := rep.Total.NoOutcomeDocs.Picks; n > maxNoOutcomePicks {
		t.Errorf("outcome picks on no-outcome documents = %d, want ≤ %d", n, maxNoOutcomePicks)
	}
}

// TestWhiteHouseFloor holds brief to its figures on the 27 public-domain
// White House releases in testdata/whitehouse, so that a change that
// loses parties or outcomes fails the build. The floors are the figures
// of 2026-12-06 (persons 98.38 (97.24 before the contact blocks and linking), role accuracy 88.63, organisations 89.47
// with the learned names model (83.54 before that day's organisation
// boundaries), countries 99.40, outcomes 95.61 with the
// learned outcome model and its lexical block (92.93 without); no pick on the 5 no-outcome documents, one allowed) less one point, about one person, country or outcome; losing one of the
// 41 organisations costs 2.6 and fails. When a change raises a figure,
// raise its floor with it.
func TestWhiteHouseFloor(t *testing.T) {
	rep := scoreBrief(t, whiteHouseDir)
	const tolerance = 1.0
	checkFloors(t, rep, []figure{
		{"persons F1", personsF1, 98.38 - tolerance},
		{"role accuracy", roleAcc, 88.63 - tolerance},
		{"organisations F1", orgsF1, 89.47 - tolerance},
		{"countries F1", countriesF1, 99.40 - tolerance},
		{"outcomes F1", outcomesF1, 95.61 - tolerance},
	}, 1)
}

// TestDevSet holds brief to the quality bars of the "Briefing content"
// issue on the annotated development set next to the checkout; it skips
// when the set is absent.
func TestDevSet(t *testing.T) {
	dir := filepath.Join(sharedBriefing, "dev")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no development set at " + dir)
	}
	rep := scoreBrief(t, dir)
	checkFloors(t, rep, []figure{
		{"persons F1", personsF1, 90},
		{"person role accuracy", roleAcc, 85},
		{"organisations F1", orgsF1, 80},
		{"countries F1", countriesF1, 97},
		{"outcomes F1", outcomesF1, 80},
	}, 1)
}

// corpusDir holds the annotated corpus, one folder per publisher.
const corpusDir = "../../testdata/corpus"

// TestCorpusFloor holds brief to its figures on the annotated corpus
// documents whose texts are in the repository (public domain or under an
// open licence: 79 publishers, 829 documents), pooled, so that a change
// that loses parties or outcomes on publishers other than the White House
// fails the build. The floors are the figures of 2026-12-06 less one point;
// raise them with the figures.
func TestCorpusFloor(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(corpusDir, "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no corpus folders in %s: %v", corpusDir, err)
	}
	var gold []GoldDoc
	preds := map[string]Prediction{}
	for _, dir := range dirs {
		if filepath.Base(dir) == "agreement" {
			continue // second annotations of documents counted in their folders
		}
		texts, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		if len(texts) == 0 {
			continue // texts kept out of the repository
		}
		g, err := ReadGold(os.DirFS(dir))
		if err != nil {
			t.Fatal(err)
		}
		g = withTexts(dir, g) // a folder may keep some of its texts out
		p, err := PredictGold(os.DirFS(dir), g)
		if err != nil {
			t.Fatal(err)
		}
		for i := range g {
			id := filepath.Base(dir) + "/" + g[i].ID // ids repeat across folders
			pr := p[g[i].ID]
			pr.ID = id
			g[i].ID = id
			preds[id] = pr
		}
		gold = append(gold, g...)
	}
	if len(gold) < 200 {
		t.Fatalf("%d annotated documents with texts, want the corpus's 829", len(gold))
	}
	rep := ScoreGold(gold, preds)
	var out strings.Builder
	rep.WriteText(&out, false)
	t.Logf("%d documents\n%s", len(gold), out.String())
	const tolerance = 1.0
	checkFloors(t, rep, []figure{
		{"persons F1", personsF1, corpusPersons - tolerance},
		{"role accuracy", roleAcc, corpusRoles - tolerance},
		{"organisations F1", orgsF1, corpusOrgs - tolerance},
		{"countries F1", countriesF1, corpusCountries - tolerance},
		{"outcomes F1", outcomesF1, corpusOutcomes - tolerance},
	}, corpusNoOutcomePicks)
	if n := rep.Total.NoOutcomeDocs; n.Picks-n.AcceptablePicks > corpusWrongNoOutcomePicks {
		t.Errorf("wrong outcome picks on no-outcome documents = %d, want ≤ %d", n.Picks-n.AcceptablePicks, corpusWrongNoOutcomePicks)
	}
}

// withTexts keeps the documents of dir whose text is in the repository:
// a folder may hold some texts under an open licence and keep others out
// (a republication whose licence could not be confirmed).
func withTexts(dir string, gold []GoldDoc) []GoldDoc {
	var kept []GoldDoc
	for _, d := range gold {
		if _, err := os.Stat(filepath.Join(dir, d.ID+".txt")); err == nil {
			kept = append(kept, d)
		}
	}
	return kept
}

// The corpus figures of 2026-12-06 (TestCorpusFloor), 267 documents with
// their texts in the repository (the US Mission to the UN's, US embassies',
// Federal Reserve's and UK Parliament's among them); organisations and the
// picks were raised at the end of the eighth session (persons and roles
// kept: they measure 96.77 and 93.1 % now). The outcome floor was lowered
// on purpose in the ninth session from 92.79 to 91.88: the outcome model is
// now fitted on 666 documents, 123 of them from twelve publishers whose
// texts are not in the repository, and fits these 267 less closely (93.13
// with the same code fitted on the 543 of before; 88.66 when fitted on
// 628, whose inner folds chose a weaker penalty), while left out by
// publisher it measures better (77.2 F1 against 76.2 for the code before,
// on 628). Lowered again on purpose in the tenth session from 91.88 to
// 89.36: fitted on 736 documents, 193 of them from 21 publishers whose
// texts are not in the repository, the model fits these 267 less closely
// (89.47 with the gate penalty of before, 89.36 with this one), while left
// out by publisher over the 736 it measures 78.1 F1 with 27 wrong picks on
// no-outcome documents, against 78.0 and 32 for the code before.
// Lowered again on purpose in the eleventh session from 89.36 to 87.03,
// and the wrong picks allowed from 2 to 3: the in-repository documents
// are now 276 (NOAA's nine added), and the model is fitted on 953
// documents, 146 of them from sixteen publishers added that session
// (all but NOAA's without their texts in the repository). The same code
// with the models fitted on the 807 documents of before measures 88.40
// and 2 wrong picks on these 276; fitted on the 953, 87.21 and 3, and
// 87.03 once "SVP", an office word taken from one document, was left out
// of roles.txt (the refit moves the outcome model's party features). Like
// the others, the constant is the measured figure and the floor one point
// under it (the session had first set it one point above, 88.21).
// Restated in the twelfth session: the in-repository documents are now
// 381, 105 of them from the session's sealed batches (the European
// Commission's, the US Department of Energy's and USAID's, and eight
// publishers whose texts are all public domain or under the Open
// Government Licence). The outcome model (fitted on the 953 documents of
// the eleventh session) has not seen those 105, and they bring six of the
// no-outcome picks (three of them wrong), so its figures here are part
// fit, part held out; the names model is now fitted on the 562 documents
// whose texts the repository holds or rebuilds from public archives,
// these 381 among them. At the session's end a third batch added 68 more
// (eight publishers, all public domain or Open Government Licence) that
// neither model has seen: 449 documents of 37 publishers.
// Restated in the thirteenth session: both models are now fitted on the
// 630 documents whose texts the repository holds or rebuilds from public
// archives (these 449 among them), and the session's sealed batch adds 57
// documents of six publishers (all public domain or Open Government
// Licence) that neither model has seen: 506 documents of 43 publishers.
// After the batch was scored, both models were refitted on the 687
// documents the repository holds or rebuilds (the batch's 57 among them),
// with the gate's four new features (listed sentences' mean probability
// and density, length, a reacting lead): outcomes rise (85.71 -> 89.23)
// because the outcome model is now fitted on these texts, not on the 953
// of the eleventh session, and the wrong picks fall from 9 to 6.
// Restated in the fourteenth session: 245 documents of 27 publishers
// annotated blind that session (public domain, Open Government Licence,
// public domain in Taiwan, Japan's government terms of use) join them:
// 751 documents of 70 publishers. Both models are refitted on the 932
// documents the repository holds or rebuilds (these 751 among them).
// The new publishers are harder than the old (organisations 71.5 on the
// session's 297 new documents before they were fitted on), so the
// organisations figure falls from 83.33 to 79.99 and the picks on
// no-outcome documents rise from 11 to 35 (13 wrong) with 66 more such
// documents, though the models are fitted on them.
// Restated in the fifteenth session: 42 documents of five publishers
// annotated blind that session (the US Coast Guard, FEMA and CDC, public
// domain; BEIS and the Scotland Office, Open Government Licence) join
// them: 793 documents of 75 publishers. Both models are refitted on the
// 974 documents the repository holds or rebuilds (these 793 among them);
// the outcome model may now list up to eight outcomes (more_picks), so
// outcomes rise from 88.78 to 92.34 and the wrong picks on no-outcome
// documents fall from 13 to 7.
// Restated in the sixteenth session: 17 documents of two publishers
// annotated blind that session (the UK Space Agency, Open Government
// Licence; the FTC, public domain) join them: 810 documents of 77
// publishers. Both models are refitted on the 991 documents the
// repository holds or rebuilds (these 810 among them). Outcomes fall
// from 92.34 to 88.95 and the wrong picks rise from 7 to 9 by the refit
// alone: the code of the session's start (output byte-identical) with its
// models refitted on the 991 measures 89.20. This fit's inner folds chose
// a weaker penalty and a heavier weight for outcome sentences (0.05 and 2,
// against 0.2 and 1 before); with 0.2 and 1 forced it measures 87.50.
// Restated in the seventeenth session (no new documents): persons rise
// from 96.30 to 96.96 and roles from 93.67 to 93.86 % with the session's
// person rules (relatives, press contacts, middle initials); the refit on
// the same 991 documents moves outcomes from 88.95 to 88.94.
// Restated in the eighteenth session (its new documents' texts are kept out,
// so the fit is on the same 991): persons 96.96 -> 96.99, roles 93.86 ->
// 94.12 % and organisations 80.39 -> 80.46 with the session's role rules
// (an office in apposition over a one-word rank, hyphenated offices, a
// place after "in" or "at"); outcomes 88.94 and the picks unchanged.
// Restated in the nineteenth session (the fit again on the same 991):
// roles 94.12 -> 94.37 % (1,492 of 1,581) with the session's role rules
// (an office that opens a list's next item, "chaired by", a lower-case
// tenure word before an office); the rest unchanged. Then the session's
// second sealed batch, once scored, added the NIH's and USGS's 19
// public-domain texts (829 documents of 79 publishers) and both models
// were refitted on the 1,010 documents the repository holds or rebuilds:
// persons 96.99 -> 96.96, roles 94.37 -> 94.13 % (1,523 of 1,618),
// organisations 80.46 -> 80.42, countries 98.49 -> 98.40, outcomes 88.94
// -> 92.14 (the refit's inner folds chose its penalties again: in-sample,
// as every figure here), 21 picks on 177 statements, 6 wrong; roles then
// 94.13 -> 94.19 % (1,524) with an honorific between a comma and a rank.
// The twentieth session's role, organisation and gazetteer changes with
// the names model refitted on the same 1,010: persons 96.96 -> 96.98,
// roles 94.19 -> 94.44 % (1,528 of 1,618), organisations 80.42 -> 80.73;
// countries and outcomes unchanged.
// Left out by publisher is the figure that decides (the README's).
const (
	corpusPersons   = 96.98 // both models were fitted on these documents: regression floors, not held-out figures
	corpusRoles     = 94.44
	corpusOrgs      = 80.73
	corpusCountries = 98.40 // rules, no fitting: Northern Cyprus, which the trnc-mfa and turkey-mfa annotations list, is no state of the scheme
	corpusOutcomes  = 92.14
	// On 177 statements without outcomes (announced visits are next steps
	// under the corpus guideline): 21 picks, 15 of them sentences the
	// annotation accepts (172 statements, 29 picks, 20 accepted before the
	// nineteenth session's refit; 170 statements, 25 picks, 18 accepted before the
	// sixteenth session's 2). The outcome model was fitted on these
	// statements, so this is a floor against regressions; left out
	// by publisher it makes more wrong picks, far from the bar
	// of one.
	corpusNoOutcomePicks = 21
)

const corpusWrongNoOutcomePicks = 6
