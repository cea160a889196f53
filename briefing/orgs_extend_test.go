package briefing

import (
	"slices"
	"testing"
)

// TestLongerForms: a body followed by a connector and a capitalised
// complement proposes each longer form, up to the bound; a month after
// "in" is no complement.
func TestLongerForms(t *testing.T) {
	text := "Joint statement\n\nThe Press Service Department of the Ministry of Foreign Affairs of the Republic of Freedonia said that the Board of Trustees met in January. The Department for Work and Pensions met the Board of Trustees.\n"
	longer := map[string][]string{}
	for _, c := range OrgCandidates(parse(t, []byte(text))) {
		for _, f := range c.Longer {
			if len(f.Features) != len(BoundFeatureNames()) {
				t.Fatalf("%q: %d features, want %d", f.Name, len(f.Features), len(BoundFeatureNames()))
			}
			longer[c.Name] = append(longer[c.Name], f.Name)
		}
	}
	if got := longer["Press Service Department"]; !slices.Contains(got, "Press Service Department of the Ministry of Foreign Affairs of the Republic of Freedonia") {
		t.Errorf("longer forms of the Press Service Department: %q", got)
	}
	if got := longer["Department for Work"]; !slices.Equal(got, []string{"Department for Work and Pensions"}) {
		t.Errorf("longer forms of the Department for Work: %q", got)
	}
	if got := longer["Board of Trustees"]; len(got) > 0 {
		t.Errorf("the Board of Trustees, met in January, has longer forms %q", got)
	}
}

// TestChooseLonger: the longer form the scorer likes best from its
// threshold names the body; the shorter name stays an alias only when the
// text writes it alone.
func TestChooseLonger(t *testing.T) {
	m := &Scorer{Threshold: 0.5, Features: []Feature{{Name: "x", Weight: 1, Scale: 1}}}
	forms := []LongerForm{{Name: "Office of Trade", Features: []float64{0.5}}, {Name: "Office of Trade and Industry", Features: []float64{2}, alone: true}}
	o := Organisation{Name: "Office", Aliases: []string{"OTI"}}
	chooseLonger(&o, forms, m)
	if o.Name != "Office of Trade and Industry" || !slices.Equal(o.Aliases, []string{"Office", "OTI"}) {
		t.Errorf("chose %q %q", o.Name, o.Aliases)
	}
	forms[1].alone = false
	o = Organisation{Name: "Office"}
	chooseLonger(&o, forms, m)
	if o.Name != "Office of Trade and Industry" || len(o.Aliases) != 0 {
		t.Errorf("chose %q %q, want no alias", o.Name, o.Aliases)
	}
	o = Organisation{Name: "Office"}
	chooseLonger(&o, forms[:1], &Scorer{Threshold: 0.9, Features: m.Features})
	if o.Name != "Office" {
		t.Errorf("chose %q under the threshold", o.Name)
	}
	chooseLonger(&o, forms, &Scorer{})
	if o.Name != "Office" {
		t.Errorf("a model without the scorer chose %q", o.Name)
	}
}
