package rank

import (
	"fmt"
	"math"
	"testing"
)

// SumBasic picks by mean word probability and then squares the
// probabilities of what it picked, so a repeated sentence sinks below
// sentences about other words.
func TestSumBasicOrder(t *testing.T) {
	d := mkDoc(
		"apple banana cherry", // weight (3+2+2)/10/3 = .233: first pick
		"apple banana cherry", // the same words: .057 after the first pick, last
		"apple date",          // (.09 + .1)/2 = .095 after the first pick
		"elder fig",           // .1 throughout: second pick
	)
	r, err := Lookup("sumbasic")
	if err != nil {
		t.Fatal(err)
	}
	s := r.Score(d)
	if !(s[0] > s[3] && s[3] > s[2] && s[2] > s[1]) {
		t.Errorf("scores %v, want the order 0, 3, 2, 1", s)
	}
}

// The greedy update stops after sumBasicGreedy picks; the rest keep their
// initial weights, below every greedy pick, and the ranking stays total.
func TestSumBasicLong(t *testing.T) {
	d := synthDoc(sumBasicGreedy + 50)
	r, _ := Lookup("sumbasic")
	s := r.Score(d)
	greedy := 0
	for _, v := range s {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("non-finite score %v", v)
		}
		if v > 1 {
			greedy++
		}
	}
	if greedy != sumBasicGreedy {
		t.Errorf("%d greedy picks, want %d", greedy, sumBasicGreedy)
	}
}

func TestLongFeatures(t *testing.T) {
	d := &Doc{Sentences: []Sentence{
		{Text: "Chair: Good morning and welcome to the committee.", Paragraph: 0},
		{Text: "We agreed to publish this report next week.", Paragraph: 0, Section: "Summary"},
		{Text: "Member: Uh , yeah , okay .", Paragraph: 1, Section: "Summary"},
		{Text: "Q I have one question about the budget.", Paragraph: 2, Section: "Budget"},
		{Text: "Chair: The budget rises by ten percent.", Paragraph: 3, Section: "Budget"},
	}}
	names := LongFeatureNames()
	col := func(name string) int {
		for i, n := range names {
			if n == name {
				return i
			}
		}
		t.Fatalf("no feature %q", name)
		return -1
	}
	rows := LongFeatures(d)
	if len(rows) != len(d.Sentences) || len(rows[0]) != len(names) {
		t.Fatalf("got %d×%d features, want %d×%d", len(rows), len(rows[0]), len(d.Sentences), len(names))
	}
	for _, c := range []struct {
		name string
		want []float64
	}{
		{"turn", []float64{1, 0, 1, 1, 1}},
		{"secstart", []float64{1, 1, 0, 1, 0}},
		{"secsummary", []float64{0, 1, 1, 0, 0}},
		{"decide", []float64{0, 1, 0, 0, 0}},
		{"cited", []float64{0, 1, 0, 0, 0}},
	} {
		k := col(c.name)
		for s, w := range c.want {
			if rows[s][k] != w {
				t.Errorf("%s of sentence %d = %v, want %v", c.name, s, rows[s][k], w)
			}
		}
	}
	if f := rows[2][col("filler")]; f != 0.75 {
		t.Errorf("filler of %q = %v, want 0.75 (every word but the speaker a backchannel)", d.Sentences[2].Text, f)
	}
	// The chair speaks most: its share is the largest.
	if a, b := rows[0][col("speakershare")], rows[2][col("speakershare")]; !(a > b && b > 0) {
		t.Errorf("speakershare chair %v, member %v: want chair > member > 0", a, b)
	}
	// A document without headings has no section features.
	plain := mkDoc("One sentence here.", "Another sentence there.")
	for s, row := range LongFeatures(plain) {
		if row[col("secstart")] != 0 || row[col("secrel")] != 0 {
			t.Errorf("sentence %d of a document without headings has section features", s)
		}
	}
}

// A report's own summary, in its first third, comes first; a "Summary"
// late in the document (an appendix) does not.
func TestReportOwnSummaryFirst(t *testing.T) {
	r, err := Lookup("report")
	if err != nil {
		t.Fatal(err)
	}
	mk := func(summaryAt int) *Doc {
		d := &Doc{}
		for i := 0; i < 30; i++ {
			sec := "Background"
			if i >= summaryAt && i < summaryAt+3 {
				sec = "Summary"
			}
			d.Sentences = append(d.Sentences, Sentence{Text: fmt.Sprintf("Sentence %d says something about rural libraries and grants.", i), Paragraph: i, Section: sec})
		}
		return d
	}
	picks, _ := Choose(mk(2), r, Budget{Sentences: 3})
	for _, p := range picks {
		if p.Index < 2 || p.Index > 4 {
			t.Errorf("picked sentence %d, want the summary's 2, 3, 4", p.Index)
		}
	}
	s := r.Score(mk(25))
	for i := 25; i < 28; i++ {
		if s[i] > 50 {
			t.Errorf("sentence %d of a late summary scored %v: boosted", i, s[i])
		}
	}
}

// The lazy greedy of sumBasic picks exactly what the plain greedy picks:
// recompute every unpicked sentence's weight at each step, take the best
// (the earliest of equals).
func TestSumBasicLazyMatchesGreedy(t *testing.T) {
	for _, n := range []int{1, 7, 60, sumBasicGreedy + 40} {
		d := synthDoc(n)
		a := getAnalysis(d)
		got := make([]float64, n)
		a.sumBasic(got)
		// The plain greedy, on the same analysis.
		p := map[int32]float64{}
		total := 0
		for id, c := range a.ctf {
			if !a.stop[id] {
				total += int(c)
			}
		}
		for id, c := range a.ctf {
			if !a.stop[id] {
				p[int32(id)] = float64(c) / float64(total)
			}
		}
		weight := func(s int) float64 {
			var sum float64
			k := 0
			for _, tk := range a.sentToks(s) {
				if !a.stop[tk.id] {
					sum += p[tk.id]
					k++
				}
			}
			if k == 0 {
				return 0
			}
			return sum / float64(k)
		}
		picked := make([]bool, n)
		var order []int
		for step := 0; step < min(n, sumBasicGreedy); step++ {
			best, bw := -1, -1.0
			for s := 0; s < n; s++ {
				if !picked[s] {
					if w := weight(s); w > bw {
						best, bw = s, w
					}
				}
			}
			picked[best] = true
			order = append(order, best)
			for _, tc := range a.sentTerms(best) {
				p[tc.id] *= p[tc.id]
			}
		}
		putAnalysis(a)
		for step, s := range order {
			if want := float64(2*min(n, sumBasicGreedy) - step); got[s] != want {
				t.Fatalf("n=%d: pick %d is sentence %d, but its score is %v, want %v", n, step, s, got[s], want)
			}
		}
	}
}
