package longeval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/brief-dev/brief/internal/rouge"
	"github.com/brief-dev/brief/summarize"
)

func TestWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"Marketing: Yeah , sure .", 3},
		{"one — two", 2},
		{"", 0},
		{"5% of $10", 3},
	} {
		if got := Words(c.in); got != c.want {
			t.Errorf("Words(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestLead(t *testing.T) {
	r := &Row{Sentences: []string{"one two three", "four five", "six"}, Budget: 5}
	if got := Lead(r); len(got) != 2 {
		t.Errorf("Lead = %q, want the first two sentences", got)
	}
	r.Budget = 1
	if got := Lead(r); len(got) != 1 {
		t.Errorf("Lead = %q, want the first sentence even over budget", got)
	}
}

// readSet reads one long-document set, skipping the test when the
// development data is absent.
func readSet(t *testing.T, name string) []Row {
	t.Helper()
	f, err := os.Open(filepath.Join("../../../shared/eval/long", name+"_dev.jsonl"))
	if os.IsNotExist(err) {
		t.Skip("development data absent")
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// auto summarises raw text as `brief summarize --algorithm auto --words N`.
var auto = Raw(summarize.Auto)

// TestQualityBars checks the bars of issue 12 on the development sets: on
// raw text within the reference's word budget, ROUGE-1 at least the sets'
// LEAD + 2 on official reports and bills, at least 23 on meetings and at
// least 30 on their committee sittings. The
// held-out half is logged beside the whole set; only the training half was
// tuned on.
func TestQualityBars(t *testing.T) {
	if testing.Short() {
		t.Skip("summarises 185 long documents")
	}
	sc := rouge.NewScorer()
	for _, c := range []struct {
		set      string
		overLead float64 // at least LEAD + this, or
		atLeast  float64 // at least this
	}{
		{"crs", 2, 0},
		{"billsum", 2, 0},
		{"qmsum", 0, 23},
	} {
		rows := readSet(t, c.set)
		lead := Run(rows, func(r *Row) ([]string, error) { return Lead(r), nil }, sc)
		got := Run(rows, auto, sc)
		all := func(*Row) bool { return true }
		test := func(r *Row) bool { return !r.Train() }
		la, ga := Average(rows, lead, all), Average(rows, got, all)
		lt, gt := Average(rows, lead, test), Average(rows, got, test)
		t.Logf("%s: R-1 auto %.2f (held out %.2f), LEAD %.2f (held out %.2f); words %.1f", c.set, ga.R1, gt.R1, la.R1, lt.R1, ga.Wd)
		if ga.Failures > 0 {
			t.Errorf("%s: %d documents failed", c.set, ga.Failures)
		}
		if bar := max(la.R1+c.overLead, c.atLeast); ga.R1 < bar {
			t.Errorf("%s: R-1 %.2f, want at least %.2f", c.set, ga.R1, bar)
		}
		if c.set == "qmsum" {
			committee := func(r *Row) bool { return r.Domain == "Committee" }
			m := Average(rows, got, committee)
			t.Logf("qmsum committee sittings: R-1 auto %.2f, LEAD %.2f", m.R1, Average(rows, lead, committee).R1)
			if m.R1 < 30 {
				t.Errorf("qmsum committee sittings: R-1 %.2f, want at least 30", m.R1)
			}
		}
		// A summary never exceeds its budget by the sets' word rule
		// unless it is a single sentence.
		for i := range rows {
			if got[i].Err == nil && got[i].Words > rows[i].Budget {
				if s, _ := auto(&rows[i]); len(s) > 1 {
					t.Errorf("%s: %s has %d words, budget %d", c.set, rows[i].ID, got[i].Words, rows[i].Budget)
				}
			}
		}
	}
}
