package lazyre

import (
	"reflect"
	"testing"
)

func TestLazy(t *testing.T) {
	r := New(`(\d+)-(\d+)`)
	if r.re != nil {
		t.Fatal("compiled before first use")
	}
	if r.String() != `(\d+)-(\d+)` || r.re != nil {
		t.Fatal("String compiled the expression")
	}
	if !r.MatchString("pages 10-12") || r.MatchString("pages 10 to 12") {
		t.Error("MatchString")
	}
	first := r.re
	if first == nil || r.Get() != first {
		t.Error("not compiled exactly once")
	}
	if got := r.FindStringSubmatch("10-12"); !reflect.DeepEqual(got, []string{"10-12", "10", "12"}) {
		t.Errorf("FindStringSubmatch = %q", got)
	}
	if got := r.FindStringIndex("p 1-2"); !reflect.DeepEqual(got, []int{2, 5}) {
		t.Errorf("FindStringIndex = %v", got)
	}
	if got := r.FindStringSubmatchIndex("1-2"); !reflect.DeepEqual(got, []int{0, 3, 0, 1, 2, 3}) {
		t.Errorf("FindStringSubmatchIndex = %v", got)
	}
	if got := r.FindAllStringSubmatchIndex("1-2 3-4", -1); len(got) != 2 {
		t.Errorf("FindAllStringSubmatchIndex = %v", got)
	}
}

func TestBadExpressionPanicsOnUse(t *testing.T) {
	r := New(`(`) // no panic here: nothing is compiled yet
	defer func() {
		if recover() == nil {
			t.Error("a bad expression did not panic on first use")
		}
	}()
	r.MatchString("x")
}
