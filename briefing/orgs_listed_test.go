package briefing

import (
	"slices"
	"testing"
)

// TestListedOrgsLoad: the embedded list of government bodies, listed
// companies and universities (known-orgs.txt) loads, with its names of
// several words matched on folded words, its one-word names as written,
// and acronyms, common words and given names left out.
func TestListedOrgsLoad(t *testing.T) {
	g := getListedOrgs()
	if g.idx.len() < 10000 {
		t.Fatalf("list too small: %d keys", g.idx.len())
	}
	for _, name := range []string{"UK Export Finance", "uk export finance", "Department of Defense", "BioNTech"} {
		if !g.isName(name) {
			t.Errorf("%q: not a listed name", name)
		}
	}
	for _, name := range []string{"UKEF", "Biontech", "Export Finance UK", "Together", "Department", "John"} {
		if g.isName(name) {
			t.Errorf("%q: a listed name", name)
		}
	}
}

// TestListedFeatures: what the list says of a name: that it is a listed
// name or alias, that it opens one, that it holds a shorter one, and how
// much of it the listed names it holds cover.
func TestListedFeatures(t *testing.T) {
	g := newListedOrgs([]string{
		"Quorvex Holdings | Quorvex",
		"Ruritania Export Finance | REF",
		"University of Ruritania",
		"University of Quorvex",
	})
	for _, c := range []struct {
		name    string
		aliases []string
		want    listedFeatures
	}{
		{"Ruritania Export Finance", nil, listedFeatures{name: true, cover: 1}},
		{"Export Finance Agency", []string{"Ruritania Export Finance"}, listedFeatures{name: true, cover: 1}},
		// an acronym is no listed name: too many bodies share its letters
		{"REF", nil, listedFeatures{}},
		// "University" opens two names: no evidence of either
		{"University", nil, listedFeatures{}},
		{"Quorvex", nil, listedFeatures{name: true, opening: false, cover: 1}},
		{"Ruritania Export", nil, listedFeatures{opening: true}},
		{"Quorvex Cloud", nil, listedFeatures{holds: true, cover: 0.5}},
		{"Friends of the University of Ruritania", nil, listedFeatures{holds: true, cover: 0.5}},
		// one-word names as written: "quorvex" is no firm's
		{"quorvex Cloud", nil, listedFeatures{}},
		{"Ministry of Ruritania", nil, listedFeatures{}},
	} {
		if got := g.features(c.name, c.aliases); got != c.want {
			t.Errorf("%q %q: got %+v, want %+v", c.name, c.aliases, got, c.want)
		}
	}
}

// TestInnerCapital: a capital after lower-case letters inside a word
// marks a coined name, but not a surname's particle.
func TestInnerCapital(t *testing.T) {
	for name, want := range map[string]bool{
		"BioNTech": true, "TheCityUK": true, "Quorvex AstraLine": true,
		"McDonald": false, "DeSantis": false, "LaGuardia Airport": false,
		"Department of Health": false, "NASA": false, "COVID-19": false,
	} {
		if got := innerCapital(name); got != want {
			t.Errorf("innerCapital(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestListedInContext: the candidates of invented sentences get the
// list's features: a government body and a firm the list holds, and a
// coined firm's name.
func TestListedInContext(t *testing.T) {
	names := OrgFeatureNames()
	listed, inner := slices.Index(names, "listed"), slices.Index(names, "inner_capital")
	if listed < 0 || inner < 0 {
		t.Fatal("no listed or inner_capital feature")
	}
	for _, c := range []struct {
		text, name string
		listed     bool
		inner      bool
	}{
		{"UK Export Finance signed a guarantee with the Ruritanian lender on Monday.", "UK Export Finance", true, false},
		{"BioNTech will open a vaccine plant near the capital next year.", "BioNTech", true, true},
		{"QuorvexLabs will open a research site near the capital next year.", "QuorvexLabs", false, true},
	} {
		found := false
		for _, o := range OrgCandidates(parse(t, []byte(c.text))) {
			if o.Name != c.name {
				continue
			}
			found = true
			if got := o.Features[listed] == 1; got != c.listed {
				t.Errorf("%q: listed %v, want %v", c.name, got, c.listed)
			}
			if got := o.Features[inner] == 1; got != c.inner {
				t.Errorf("%q: inner_capital %v, want %v", c.name, got, c.inner)
			}
		}
		if !found {
			t.Errorf("%q: no candidate %q", c.text, c.name)
		}
	}
}
