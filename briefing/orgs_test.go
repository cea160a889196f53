package briefing

import (
	"slices"
	"testing"
)

// TestOrganisationNames pins names that take lists inside them (sentences
// written for this test in the style of Sri Lankan and Indian releases).
func TestOrganisationNames(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The Minister visited the Ministry of Finance, Planning, and Economic Development on Monday.",
			[]string{"Ministry of Finance, Planning, and Economic Development"}},
		{"Officials of the Ministry of Transport, Highways, Ports and Civil Aviation attended the event.",
			[]string{"Ministry of Transport, Highways, Ports and Civil Aviation"}},
		{"The Council for Economic, Industrial and Scientific Cooperation met in Stockholm.",
			[]string{"Council for Economic, Industrial and Scientific Cooperation"}},
		// a known body is not the short form of its own part
		{"The United Nations Security Council met. The United Nations also sent aid.",
			[]string{"United Nations Security Council", "United Nations"}},
		// a list of bodies is not one name
		{"The Ministry of Energy, and the Ceylon Electricity Board signed the plan.",
			[]string{"Ministry of Energy", "Ceylon Electricity Board"}},
	} {
		b := New(parse(t, []byte(tc.text)), Options{})
		var got []string
		for _, o := range b.Parties.Organisations {
			got = append(got, o.Name)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: organisations %q, want %q", tc.text, got, tc.want)
		}
	}
}
