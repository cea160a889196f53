package briefing

import (
	"regexp"
	"strings"
	"sync"

	"github.com/brief-dev/brief/internal/lazyre"
	"github.com/brief-dev/brief/internal/relit"
	"github.com/brief-dev/brief/internal/vocab"
)

// A filteredRE is a regular expression with a cheap pre-test: the strings
// one of which every match contains. Most sentences contain none of them,
// and strings.Contains is far cheaper than running the expression: on a
// 10 MB document the outcome and organisation patterns were most of the
// time of briefing.New. Results are exactly those of the expression.
//
// The expression and its pre-test are built on first use, not when the
// program starts (see package lazyre).
type filteredRE struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
	need []string // nil: no pre-test
	lits *relit.Set
	// fold: need is lower case and is looked for in the lower-cased text
	// (the pattern has case-insensitive parts).
	fold bool
	// starts, when no strings can be named (need nil), is the set of
	// bytes a match may start with, for an expression that cannot match
	// the empty string: a text none of whose bytes is in it cannot match
	// (nil: no such pre-test). A key fact's "\$ ?\d|\b\d[\d,.]* ?(percent|…)"
	// needs a "$" or a digit, which three sentences in four lack, and ran
	// on every candidate sentence of every news note.
	starts *lazyre.ByteSet
}

func mustFiltered(expr string) *filteredRE { return &filteredRE{expr: expr} }

// get compiles the expression and its pre-test once.
func (f *filteredRE) get() *filteredRE {
	f.once.Do(func() {
		f.re = regexp.MustCompile(f.expr)
		f.need, f.fold = needOf(f.expr)
		if f.need != nil {
			f.lits = relit.NewSet(f.need)
		} else {
			f.starts = lazyre.StartBytes(f.expr)
		}
	})
	return f
}

// String returns the source text of the expression.
func (f *filteredRE) String() string { return f.expr }

// mayMatch reports whether s contains one of the needed strings.
func (f *filteredRE) mayMatch(s string) bool {
	f.get()
	if f.need == nil {
		return f.starts == nil || f.starts.HoldsAny(s)
	}
	if f.fold {
		if vocab.IsASCII(s) {
			return f.lits.ContainsAnyLower(s)
		}
		// Case-insensitive ASCII letters also match U+212A (Kelvin sign,
		// lower-cased to k) and U+017F (long s, which ToLower keeps).
		if strings.ContainsRune(s, 'ſ') {
			return true
		}
		s = vocab.ToLower(s)
	}
	return f.lits.ContainsAny(s)
}

// matchLower is MatchString for a text whose lower-cased form (lower) the
// caller has made once for several expressions.
func (f *filteredRE) matchLower(s, lower string) bool {
	f.get()
	if f.starts != nil && !f.starts.HoldsAny(s) {
		return false
	}
	if f.need != nil {
		t := s
		if f.fold {
			t = lower
		}
		if !strings.ContainsRune(s, 'ſ') && !f.lits.ContainsAny(t) {
			return false
		}
	}
	return f.re.MatchString(s)
}

// MatchString is regexp.MatchString, pre-tested.
func (f *filteredRE) MatchString(s string) bool {
	return f.mayMatch(s) && f.re.MatchString(s)
}

// FindAllStringSubmatchIndex is regexp.FindAllStringSubmatchIndex,
// pre-tested.
func (f *filteredRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !f.mayMatch(s) {
		return nil
	}
	return f.re.FindAllStringSubmatchIndex(s, n)
}

// FindStringSubmatch is regexp.FindStringSubmatch, pre-tested.
func (f *filteredRE) FindStringSubmatch(s string) []string {
	if !f.mayMatch(s) {
		return nil
	}
	return f.re.FindStringSubmatch(s)
}

// needOf returns strings one of which every match of expr contains, and
// whether they are lower case for a lower-cased text (relit.Needed).
func needOf(expr string) ([]string, bool) { return relit.Needed(expr) }
