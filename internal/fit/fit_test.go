package fit

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/brief-dev/brief/internal/rouge"
)

func TestOracle(t *testing.T) {
	sc := rouge.NewScorer()
	ref := "the council approved the budget\nthe library will open in march"
	sents := []string{
		"good morning everyone",
		"the council approved the budget today",
		"the weather was fine",
		"the new library will open in march",
	}
	got := Oracle(sc, ref, sents, 0, nil, 0)
	if want := []bool{false, true, false, true}; !slices.Equal(got, want) {
		t.Errorf("Oracle = %v, want %v", got, want)
	}
	// One sentence at most.
	got = Oracle(sc, ref, sents, 1, nil, 0)
	if n := count(got); n != 1 {
		t.Errorf("Oracle with k=1 chose %d sentences", n)
	}
	// A word budget of 7 fits only one of the two good sentences.
	words := []int{3, 6, 4, 7}
	got = Oracle(sc, ref, sents, 0, words, 7)
	used := 0
	for i, ok := range got {
		if ok {
			used += words[i]
		}
	}
	if used > 7 || count(got) == 0 {
		t.Errorf("Oracle within 7 words chose %v (%d words)", got, used)
	}
}

func count(b []bool) int {
	n := 0
	for _, x := range b {
		if x {
			n++
		}
	}
	return n
}

// Logistic recovers the direction of a known model: y is 1 exactly when
// x0 - x1 > 0, with x2 noise.
func TestLogistic(t *testing.T) {
	var x [][]float64
	var y, w []float64
	for i := 0; i < 200; i++ {
		a, b, c := float64(i%17)/17, float64(i%13)/13, float64(i%7)/7
		x = append(x, []float64{a, b, c})
		if a-b > 0 {
			y = append(y, 1)
		} else {
			y = append(y, 0)
		}
		w = append(w, 1)
	}
	_, beta, mean, scale := Logistic(x, y, w, 1)
	if !(beta[0] > 1 && beta[1] < -1 && math.Abs(beta[2]) < math.Abs(beta[0])/4) {
		t.Errorf("weights %v: want x0 positive, x1 negative, x2 small", beta)
	}
	for k := range mean {
		if !(scale[k] > 0) {
			t.Errorf("scale[%d] = %v", k, scale[k])
		}
	}
	// Deterministic: the same data fits the same weights.
	_, again, _, _ := Logistic(x, y, w, 1)
	if !slices.Equal(beta, again) {
		t.Error("two fits differ")
	}
}

// TestColumns: a trainer's -drop finds each feature and its copies, and
// refuses a name it does not know.
func TestColumns(t *testing.T) {
	all := []string{"rule", "known", "span*known", "span*rule"}
	got, err := Columns(all, []string{"known", " rule"}, "span*")
	if err != nil || fmt.Sprint(got) != "[1 2 0 3]" {
		t.Errorf("Columns = %v, %v; want [1 2 0 3]", got, err)
	}
	if got, err := Columns(all, []string{"known"}, ""); err != nil || fmt.Sprint(got) != "[1]" {
		t.Errorf("Columns without copies = %v, %v; want [1]", got, err)
	}
	if _, err := Columns(all, []string{"knwon"}, "span*"); err == nil {
		t.Error("Columns accepted an unknown feature")
	}
}
