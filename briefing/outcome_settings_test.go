package briefing

import (
	"slices"
	"testing"
)

// TestReadSettings checks the shape of a decision that changes or holds a
// setting (a verb, a setting near it, a level after it) and of an act
// stated as the announcing body's news, on sentences of several kinds of
// publisher, and on near misses that have some of the parts only.
func TestReadSettings(t *testing.T) {
	for _, c := range []struct {
		text                               string
		verbSetting, level, decision, hold bool
		ownAct                             bool
	}{
		// central banks: a rise, a cut, a hold; active, passive and
		// progressive; a level in figures or a fraction sign
		{"The central bank today increased its target for the overnight rate to 2½%, with the deposit rate at 2¼%.", true, true, true, false, true},
		{"The Bank is raising its target for the overnight rate to 3/4 per cent.", true, true, true, false, true},
		{"The Bank today maintained its policy rate at ¼ percent, its effective lower bound.", true, true, true, true, true},
		{"The Committee decided to reduce the policy rate by 50 basis points to 2.00 percent.", true, true, true, false, false},
		{"The ceiling and floor rates of the corridor are correspondingly reduced to 3.50 percent and 3.00 percent respectively.", true, true, true, false, false},
		// governments: a duty cut, a wage raised, a deadline extended
		{"The Cabinet decided to cut the customs duty on solar panels from 20 to 10 per cent.", true, true, true, false, false},
		{"The Ministry has extended the deadline for applications by 15 days.", true, true, true, false, false},
		{"The Government will raise the minimum wage to 12 dollars an hour.", true, true, true, false, false},
		// near misses: a setting moved by no one, no level, a level
		// with no setting, a statement released
		{"Prices will gradually increase during the year.", true, false, false, false, false},
		{"Exports increased by 84 percent in the first quarter.", false, true, false, false, false},
		{"The two leaders discussed trade and investment.", false, false, false, false, false},
		{"The Attorney General today issued the following statement on the passing of the judge.", false, false, false, false, false},
		{"Ongoing excess supply is lowering inflationary pressures.", false, false, false, false, false},
		{"They are stepping up to demonstrate for the climate.", false, false, false, false, false},
		{"The Department today announced a program that will encourage banks to cooperate.", false, false, false, false, true},
	} {
		s := readSettings(tokenize(c.text), settingWords(), nil)
		if s.verbSetting != c.verbSetting || s.level != c.level || s.decision != c.decision || s.hold != c.hold || s.ownAct != c.ownAct {
			t.Errorf("%q:\n verb-setting %v level %v decision %v hold %v own act %v,\nwant %v %v %v %v %v", c.text,
				s.verbSetting, s.level, s.decision, s.hold, s.ownAct, c.verbSetting, c.level, c.decision, c.hold, c.ownAct)
		}
	}
}

// TestSettingShortNames checks that an acronym a document gives a
// setting ("the Official Cash Rate (OCR)") names the setting in a later
// sentence, and that an acronym it gave something else does not.
func TestSettingShortNames(t *testing.T) {
	short := map[string]bool{}
	readSettings(tokenize("The Committee reviewed the Official Cash Rate (OCR) and the Reserve Bank (RB) outlook."), settingWords(), short)
	if s := readSettings(tokenize("The Committee agreed to hold the OCR at 5.5 percent."), settingWords(), short); !s.decision || !s.hold {
		t.Errorf("hold the OCR at 5.5 percent: decision %v hold %v, want both", s.decision, s.hold)
	}
	if s := readSettings(tokenize("The Committee agreed to hold the RB at 5.5 percent."), settingWords(), short); s.verbSetting {
		t.Errorf("an acronym of no setting reads as one")
	}
	if s := readSettings(tokenize("The Committee agreed to hold the OCR at 5.5 percent."), settingWords(), nil); s.verbSetting {
		t.Errorf("an acronym the document did not define reads as a setting")
	}
}

// TestInflections checks the forms a verb and a noun of the lists are read
// in.
func TestInflections(t *testing.T) {
	for _, c := range []struct {
		base string
		want []string
	}{
		{"raise", []string{"raises", "raised", "raising"}},
		{"lift", []string{"lifts", "lifted", "lifting"}},
		{"cut", []string{"cuts", "cutted", "cutting"}}, // "cut" is its own past
		{"slash", []string{"slashes", "slashed", "slashing"}},
		{"apply", []string{"applies", "applied", "applying"}},
	} {
		if got := inflectVerb(c.base); !slices.Equal(got, c.want) {
			t.Errorf("inflectVerb(%q) = %q, want %q", c.base, got, c.want)
		}
	}
	for base, want := range map[string]string{"rate": "rates", "duty": "duties", "tax": "taxes", "day": "days"} {
		if got := plural(base); got != want {
			t.Errorf("plural(%q) = %q, want %q", base, got, want)
		}
	}
}

// TestSettingFeaturesComplete checks that set writes one value for each
// name of settingFeatureNames, and that the first paragraph reaches the
// features that cross it.
func TestSettingFeaturesComplete(t *testing.T) {
	d := docSettings{readSettings(tokenize("The Bank today reduced its target for the overnight rate to 4½%."), settingWords(), nil)}
	x := make([]float64, len(settingFeatureNames))
	if f := d.set(x, 0, 0, true); f != len(settingFeatureNames) {
		t.Fatalf("set wrote %d features, settingFeatureNames names %d", f, len(settingFeatureNames))
	}
	want := map[string]float64{"set_verb_setting": 1, "set_level": 1, "set_decision": 1, "set_hold": 0, "set_decision_x_first": 1, "own_act_x_first": 1}
	for k, name := range settingFeatureNames {
		if x[k] != want[name] {
			t.Errorf("%s = %g, want %g", name, x[k], want[name])
		}
	}
	if d.set(x, 0, 0, false); x[slices.Index(settingFeatureNames, "own_act_x_first")] != 0 || x[slices.Index(settingFeatureNames, "set_decision_x_first")] != 0 {
		t.Errorf("a sentence past the first paragraph sets the first paragraph's features")
	}
}
