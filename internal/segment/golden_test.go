package segment

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// goldenCase is one entry of testdata/golden_rules_en.json.
type goldenCase struct {
	Name   string   `json:"name"`
	Input  string   `json:"input"`
	Output []string `json:"output"`
}

// minGoldenPass is the number of the 49 Golden Rules that must pass.
const minGoldenPass = 47

// knownFailing lists the Golden Rules that Split does not pass today, with
// the reason. Any other case that fails is a regression.
var knownFailing = map[string]string{}

// repairedInputs holds the original pragmatic_segmenter inputs of the five
// list cases whose input is corrupt in the prose copy of the Golden Rules:
// there the leading "1.) " / "1) " / "1. " marker was lost (and cases 33 and
// 35 carry the input of 32 and 34), so the expected output is not a
// segmentation of the input and no splitter can match it. The file is kept
// verbatim; TestGoldenRules checks that each listed input is still
// inconsistent with its output before using the repair, and that every other
// case is consistent.
var repairedInputs = map[string]string{
	"31. Double punctuation (question mark / exclamation point)":  "1.) The first item 2.) The second item",
	"32. List (period followed by parens and period to end item)": "1.) The first item. 2.) The second item.",
	"33.) List (parens and no period to end item)":                "1) The first item 2) The second item",
	"34. List (parens and period to end item)":                    "1) The first item. 2) The second item.",
	"35.) List (period to mark list and no period to end item)":   "1. The first item 2. The second item",
}

// collapse joins the whitespace-separated fields of s with single spaces.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// sentences returns the text of Split's spans with whitespace collapsed.
func sentences(text string) []string {
	var out []string
	for _, sp := range Split(text) {
		out = append(out, collapse(text[sp.Start:sp.End]))
	}
	return out
}

// equalStrings reports whether a and b hold the same strings in order.
func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestGoldenRules runs the Golden Rules, one subtest per case.
func TestGoldenRules(t *testing.T) {
	data, err := os.ReadFile("testdata/golden_rules_en.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) != 49 {
		t.Fatalf("got %d golden cases, want 49", len(cases))
	}
	passed := 0
	var failing []string
	for _, c := range cases {
		input := c.Input
		consistent := collapse(input) == collapse(strings.Join(c.Output, " "))
		if fixed, ok := repairedInputs[c.Name]; ok {
			if consistent {
				t.Errorf("%s: input is no longer corrupt; drop it from repairedInputs", c.Name)
			} else if collapse(fixed) != collapse(strings.Join(c.Output, " ")) {
				t.Errorf("%s: repaired input does not match the expected output", c.Name)
			}
			input = fixed
		} else if !consistent {
			t.Errorf("%s: expected output is not a segmentation of the input", c.Name)
		}
		want := make([]string, len(c.Output))
		for i, o := range c.Output {
			want[i] = collapse(o)
		}
		got := sentences(input)
		ok := equalStrings(got, want)
		if ok {
			passed++
		} else {
			failing = append(failing, c.Name)
		}
		t.Run(c.Name, func(t *testing.T) {
			if ok {
				if reason, known := knownFailing[c.Name]; known {
					t.Logf("passes now; remove from knownFailing (%s)", reason)
				}
				return
			}
			if reason, known := knownFailing[c.Name]; known {
				t.Skipf("known failure (%s):\n got  %q\n want %q", reason, got, want)
			}
			t.Errorf("regression:\ninput %q\n got  %q\n want %q", input, got, want)
		})
	}
	t.Logf("golden rules: %d/%d pass; failing: %q", passed, len(cases), failing)
	if passed < minGoldenPass {
		t.Errorf("only %d/%d golden rules pass, want at least %d", passed, len(cases), minGoldenPass)
	}
}
