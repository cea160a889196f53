package eval

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

// The cases below are small gold/prediction pairs whose counts were
// worked out by hand from gold_score.py's rules; each comment says why.

const handGold = `{"id": "a",
 "parties": {
  "persons": [
   {"name": "Jake Sullivan", "title": null, "role": "National Security Advisor", "mentions": ["National Security Advisor Sullivan"]},
   {"name": "Wang Yi", "title": null, "role": "Foreign Minister", "mentions": ["Foreign Minister Wang Yi"]},
   {"name": "Joe Biden", "title": null, "role": "President", "mentions": ["President Biden"]}],
  "organisations": [
   {"name": "Ministry of Foreign Affairs", "aliases": ["MFA"]},
   {"name": "UNRWA", "aliases": ["United Nations Relief and Works Agency"]},
   {"name": "White House", "aliases": [], "in_name_only": true}],
  "countries": [
   {"name": "United States", "mentions": ["U.S."]},
   {"name": "Türkiye", "mentions": []}]},
 "countries_optional": ["China"],
 "outcomes": [
  {"rank": 1, "text": "The two sides agreed to establish a joint working group on trade."},
  {"rank": 2, "text": "They signed a memorandum of understanding on energy."}],
 "acceptable_outcomes": ["The leaders discussed regional security."]}`

const handPred = `{"id": "a",
 "persons": [
  {"name": "Mr. Sullivan", "title": "National Security Advisor"},
  "Sullivan Jake Biden",
  {"name": "Wang", "title": "Minister"},
  {"name": "President"}],
 "organisations": ["MFA",
  {"name": "United Nations Relief and Works Agency for Palestine Refugees", "aliases": ["UNRWA"]},
  "the White House", "White House", "MFA"],
 "countries": ["USA", "America", "Turkey", "China", "France"],
 "outcomes": ["The leaders discussed regional security.",
  {"text": "agreed to establish a joint working group on trade"},
  "The weather was fine."]}`

func TestScoreDocByHand(t *testing.T) {
	gold := readGoldString(t, handGold)
	preds, err := ReadPredictions(strings.NewReader(strings.ReplaceAll(handPred, "\n", "")))
	if err != nil {
		t.Fatal(err)
	}
	p := preds["a"]
	got := ScoreDoc(&gold[0], &p)
	want := DocScore{
		// "Mr. Sullivan" matches (honorific dropped, surname present) and
		// its title is the office; "Sullivan Jake Biden" mixes two people;
		// "Wang" lacks Wang Yi's anchor, "yi" (the name's last token); a
		// bare "President" has no token left.
		Persons: [3]int{1, 4, 3},
		Roles:   [2]int{1, 1},
		// MFA by alias, the long UNRWA name through its alias; "the White
		// House" is not "White House" (no article is dropped), the bare
		// White House is optional and set aside, MFA twice counts once.
		Organisations: [3]int{2, 3, 2},
		// USA and Turkey through the alias table (Türkiye folds to
		// turkiye), America finds the United States taken, China is
		// optional, France is wrong.
		Countries: [3]int{2, 4, 2},
		// The acceptable pick is right but no primary; the half sentence
		// matches the first primary; the weather is wrong. Within k = 2
		// picks, one primary.
		Outcomes:  [4]int{1, 2, 3, 2},
		OutcomesK: [2]int{1, 2},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ScoreDoc = %v, want %v", got, want)
	}
}

func TestScoreGoldTotalsByHand(t *testing.T) {
	gold := readGoldString(t, handGold+"\n"+`{"id": "b", "no_outcomes": true, "parties": {"persons": [], "organisations": [], "countries": []},
	 "outcomes": [], "acceptable_outcomes": ["The President expressed condolences."]}`)
	preds, err := ReadPredictions(strings.NewReader(strings.ReplaceAll(handPred, "\n", "") + "\n" +
		`{"id": "b", "outcomes": ["The President expressed his condolences.", "Flags will fly at half-staff."]}` + "\n" +
		`{"id": "c", "persons": ["Nobody Else"]}`))
	if err != nil {
		t.Fatal(err)
	}
	rep := ScoreGold(gold, preds)
	if !reflect.DeepEqual(rep.Unknown, []string{"c"}) {
		t.Errorf("Unknown = %q, want the prediction for c", rep.Unknown)
	}
	if got := rep.PerDoc["b"]; got.NoOutcomePicks == nil || *got.NoOutcomePicks != [2]int{2, 1} || got.Outcomes != [4]int{0, 1, 2, 0} {
		t.Errorf("no-outcome document: %v, want 2 picks, 1 acceptable (4 of 5 words shared)", got)
	}
	tot := rep.Total
	near := func(name string, got, want float64) {
		t.Helper()
		if math.Abs(got-want) > 1e-12 {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	// Persons 1 of 4 predicted, 1 of 3 gold; the prediction for "c",
	// which is not in the gold set, is ignored.
	near("persons P", tot.Persons.P, 0.25)
	near("persons R", tot.Persons.R, 1.0/3)
	near("persons F1", tot.Persons.F1, 2*0.25*(1.0/3)/(0.25+1.0/3))
	near("organisations F1", tot.Organisations.F1, 2*(2.0/3)*1/(2.0/3+1))
	// Pooled: 5 matches, 11 predictions, 7 gold.
	if m := tot.PartiesMicro; m.TP != 5 || m.Pred != 11 || m.Gold != 7 {
		t.Errorf("parties_micro = %+v, want 5/11/7", m)
	}
	// Outcomes: 3 of 5 picks right, 1 of 2 primaries found.
	o := tot.Outcomes
	if o.RecallTP != 1 || o.PrecisionOK != 3 || o.Pred != 5 || o.Gold != 2 {
		t.Errorf("outcome counts = %+v", o)
	}
	near("outcomes F1", o.F1, 2*0.6*0.5/1.1)
	near("recall@k", o.RecallAtK, 0.5)
	if n := tot.NoOutcomeDocs; n.Docs != 1 || n.Picks != 2 || n.AcceptablePicks != 1 {
		t.Errorf("no_outcome_docs = %+v", n)
	}
	var text strings.Builder
	rep.WriteText(&text, true)
	for _, line := range []string{
		"persons           1     4     3   25.00   33.33   28.57\n",
		"person title/role correct for matched persons: 1/1 (100.0%)\n",
		"outcomes: P 60.00 (3/5)  R 50.00 (1/2)  F1 54.55  recall@k 50.00\n",
		"documents with no outcomes: 1, outcome picks on them: 2 (acceptable: 1)\n",
		`b {"persons": [0, 0, 0], "roles": [0, 0], "organisations": [0, 0, 0], "countries": [0, 0, 0], "outcomes": [0, 1, 2, 0], "outcomes@k": [0, 0], "no_outcome_picks": [2, 1]}` + "\n",
	} {
		if !strings.Contains(text.String(), line) {
			t.Errorf("report lacks %q:\n%s", line, text.String())
		}
	}
	var js struct {
		Total  Totals                     `json:"total"`
		PerDoc map[string]json.RawMessage `json:"per_doc"`
	}
	var buf strings.Builder
	if err := rep.WriteJSON(&buf, true); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(buf.String()), &js); err != nil || js.Total != tot || len(js.PerDoc) != 2 {
		t.Errorf("WriteJSON does not read back (%v):\n%s", err, buf.String())
	}
}

// readGoldString reads annotations given one per line, as dev-set files.
func readGoldString(t *testing.T, docs string) []GoldDoc {
	t.Helper()
	fsys := fstest.MapFS{}
	for i, d := range strings.Split(docs, "\n{") {
		if i > 0 {
			d = "{" + d
		}
		fsys[string(rune('a'+i))+".json"] = &fstest.MapFile{Data: []byte(d)}
	}
	gold, err := ReadGold(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return gold
}

func TestRoleRule(t *testing.T) {
	g := GoldPerson{Name: "Antony Blinken", Title: "H.E.", Role: "Secretary of State", Mentions: []string{"Secretary Blinken"}}
	for _, tc := range []struct {
		title string
		ok    bool
	}{
		{"Secretary of State", true},
		{"Secretary", true},             // 1 of 1 predicted, 1 of 3 gold: F1 0.5
		{"State Department", false},     // 1 of 2, 1 of 3: F1 0.4
		{"H.E. Secretary", true},        // against title + role: 3 of 3, 3 of 5: F1 0.75
		{"of of of of", false},          // a token counts once per gold token: 1 of 4, 1 of 3
		{"", false},                     // no title is never right
		{"Secretary of the Navy", true}, // lenient: 2 of 4, 2 of 3 is F1 0.57, a wrong office passes
	} {
		pred := Prediction{ID: "x", Persons: []Item{{Name: "Blinken", Title: tc.title}}}
		gold := GoldDoc{ID: "x"}
		gold.Parties.Persons = []GoldPerson{g}
		s := ScoreDoc(&gold, &pred)
		if got := s.Roles[0] == 1; got != tc.ok || s.Roles[1] != 1 {
			t.Errorf("title %q: roles %v, want correct=%v", tc.title, s.Roles, tc.ok)
		}
	}
}

func TestMissesByHand(t *testing.T) {
	gold := readGoldString(t, handGold)
	preds, err := ReadPredictions(strings.NewReader(strings.ReplaceAll(handPred, "\n", "")))
	if err != nil {
		t.Fatal(err)
	}
	rep := ScoreGold(gold, preds)
	want := []string{
		`person FP: "Sullivan Jake Biden" ()`,
		`person FP: "Wang" (Minister)`,
		`person FP: "President" ()`,
		`person FN: "Wang Yi" (Foreign Minister)`,
		`person FN: "Joe Biden" (President)`,
		`organisation FP: "the White House"`,
		`country FP: "america"`,
		`country FP: "france"`,
		`outcome FP: "The weather was fine."`,
		`outcome MISS (primary 2): "They signed a memorandum of understanding on energy."`,
	}
	if got := rep.Misses["a"]; !reflect.DeepEqual(got, want) {
		t.Errorf("Misses =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var b strings.Builder
	if err := rep.WriteMisses(&b); err != nil || !strings.HasPrefix(b.String(), "[a]\n  person FP: ") {
		t.Errorf("WriteMisses = %q, %v", b.String(), err)
	}
}
