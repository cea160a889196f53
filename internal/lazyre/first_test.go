package lazyre

import (
	"regexp"
	"testing"
)

// firstExprs are anchored expressions of the kinds the project runs on
// every sentence, and some that get no pre-test.
var firstExprs = []string{
	`(?i)^(since|last (year|month|week)|earlier|in (19|20)\d\d\b)`,
	`^(?i:(both|the two|the) (sides|leaders)|they|we|meps)\b`,
	`^\s*,?\s*(?:representing|on behalf of|of)\s+(?:the\s+)?`,
	`^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*[,–—-]\s*`,
	`^(?:[A-Z]{1,2}[-.]?)?\d{1,3}(?:[.-]\d{1,3})*[a-z]?(?:[.:]|\s+[-–—|]|\s*$)`,
	`^\[(?:\^[^\]\s]{1,20}|\d{1,3}|[a-z]|[*†‡]{1,3})\]:?\s+\S`,
	`^(?:\d{1,3}\s+|(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\*{1,3}|[†‡])\s*)(\S.*)$`,
	`(?i)^kelvin`, `(?i)^ſ`, `^.x`, `^a+b|^c`, `^(?:x*)y`, `^\bword`,
	`^x*`, `^$`, `(?m)^a`, `a`, `^a|b`, // no pre-test
}

// TestFirstBytes: the pre-tested expression answers as the expression.
func TestFirstBytes(t *testing.T) {
	texts := []string{"", " ", "since 2020", "Since then", "SINCE", "ſince", "last year", "In 2019 it", "in 1820",
		"Both sides", "they said", "We", "meps", "The two leaders", ", representing the", " of the", "\tof x",
		"Paris — The", "Élysée, Paris -", "A1. Heading", "12: x", "[^note] text", "[3] x", "† x", "¹ note", "**",
		"Kelvin", "\u212aelvin", "KELVIN", "ſ", "S", "s", "ax", "éx", "\xffx", "\xff", "aab", "c", "b", "y", "xxy",
		"word", " word", "a", "\na", "x\na", "ba", "é"}
	for _, expr := range firstExprs {
		r, want := New(expr), regexp.MustCompile(expr)
		for _, s := range texts {
			if got, w := r.MatchString(s), want.MatchString(s); got != w {
				t.Errorf("%s on %q: %v, want %v", expr, s, got, w)
			}
			if got, w := r.FindStringSubmatchIndex(s), want.FindStringSubmatchIndex(s); len(got) != len(w) {
				t.Errorf("%s on %q: FindStringSubmatchIndex %v, want %v", expr, s, got, w)
			}
		}
	}
	for expr, pre := range map[string]bool{firstExprs[0]: true, firstExprs[3]: true, `^x*`: false, `(?m)^a`: false, `a`: false, `^a|b`: false} {
		if got := firstBytes(expr) != nil; got != pre {
			t.Errorf("%s: pre-test %v, want %v", expr, got, pre)
		}
	}
	set := firstBytes(firstExprs[0])
	for _, b := range []byte("sSlLeEiI\xc5") { // \xc5: ſ (U+017F) folds to s
		if !set.Has(b) {
			t.Errorf("%q missing from the first bytes of %s", b, firstExprs[0])
		}
	}
	if set.Has('t') {
		t.Errorf("'t' among the first bytes of %s", firstExprs[0])
	}
}

// FuzzFirstBytes: on any text, the pre-tested expressions answer as the
// expressions.
func FuzzFirstBytes(f *testing.F) {
	f.Add("since 2020")
	f.Add("Paris — The")
	f.Add("ſince")
	f.Fuzz(func(t *testing.T, s string) {
		for _, expr := range firstExprs {
			if got, want := New(expr).MatchString(s), regexp.MustCompile(expr).MatchString(s); got != want {
				t.Errorf("%s on %q: %v, want %v", expr, s, got, want)
			}
		}
	})
}

// startCases are expressions with the texts they are tried on: each
// kind of node StartBytes follows, case folding, non-ASCII starts and
// expressions it must leave without a pre-test.
var startCases = []struct {
	expr  string
	texts []string
	none  bool // no pre-test: the expression matches "" or is not followed
}{
	{expr: `\$ ?\d|\b\d[\d,.]* ?(percent|%|million)\b`, texts: []string{"it cost $5", "5 million", "no figures here", "$", "x9 percent", "٣ million"}},
	{expr: `(?i)kelvin`, texts: []string{"\u212Aelvin", "KELVIN", "kelvin", "celvin", "ſ"}},
	{expr: `(?i)\bstart`, texts: []string{"ſtart", "START", "tart", ""}},
	{expr: `\p{Lu}\w+, a company`, texts: []string{"Émile, a company", "acme, a company", "Acme, a company", "\xff, a company"}},
	{expr: `[^a-z]x`, texts: []string{"ax", "Ax", "\xffx", "éx", "x"}},
	{expr: `(?:ab)+c|d{2,3}|e{1}f?`, texts: []string{"abc", "dd", "e", "xyz", "ababc"}},
	{expr: `(?m)^\s*(?:-|\*) item`, texts: []string{"a\n- item", "* item", "item", "\t- item"}},
	{expr: `.`, texts: []string{"", "a"}, none: true},
	{expr: `a*`, none: true},
	{expr: `\b(?:x|)`, none: true},
	{expr: `(`, none: true},
}

// TestStartBytes holds the pre-test of an expression without literals to
// the expression's own answers.
func TestStartBytes(t *testing.T) {
	for _, c := range startCases {
		set := StartBytes(c.expr)
		if (set == nil) != c.none {
			t.Errorf("StartBytes(%q) = %v, want a set: %v", c.expr, set, !c.none)
			continue
		}
		if set == nil {
			continue
		}
		re := regexp.MustCompile(c.expr)
		for _, s := range c.texts {
			if re.MatchString(s) && !set.HoldsAny(s) {
				t.Errorf("%q matches %q, but the pre-test turns it away", c.expr, s)
			}
		}
	}
	// the fact pattern's pre-test turns away a sentence without "$" or a digit
	if set := StartBytes(startCases[0].expr); set == nil || set.HoldsAny("no figures here") {
		t.Errorf("StartBytes(%q) does not turn away a text without $ or digits", startCases[0].expr)
	}
}

// FuzzStartBytes: on any text, an expression of startCases that matches
// holds a byte of its pre-test's set.
func FuzzStartBytes(f *testing.F) {
	for _, c := range startCases {
		for _, s := range c.texts {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range startCases {
			if set := StartBytes(c.expr); set != nil && regexp.MustCompile(c.expr).MatchString(s) && !set.HoldsAny(s) {
				t.Fatalf("%q matches %q, but the pre-test turns it away", c.expr, s)
			}
		}
	})
}
