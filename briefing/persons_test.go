package briefing

import (
	"slices"
	"testing"
)

// TestPersonNames pins persons found in sentences written for this test,
// each as "name | title | role".
func TestPersonNames(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The appointees include Mr. A. S. K. Seneviratne, Ambassador-designate for Egypt.",
			[]string{"A. S. K. Seneviratne | Mr. | Ambassador-designate for Egypt"}},
		{"President-elect Maria Fernando met the press on Monday.",
			[]string{"Maria Fernando |  | President-elect"}},
		{"Chinese Premier Li Wei met the delegation. Premier Li welcomed the plan.",
			[]string{"Li Wei |  | Chinese Premier"}},
		{"President Appoints Three Ambassadors\n\nThe President appointed them on Monday.",
			nil},
		{"In his meeting with members of the Geneva Chapter of the Institute of Chartered Accountants of India (ICAI), Shri Ravi Kumar praised their work.",
			[]string{"Ravi Kumar | Shri | "}},
		{"President Lula met the press. President Luiz Inácio Lula da Silva spoke later.",
			[]string{"Luiz Inácio Lula da Silva |  | President"}},
		{"President Fernando Embarks on a State Visit to China\n\nPresident Maria Fernando left today.",
			[]string{"Maria Fernando |  | President"}},
		{"National Security and Intelligence Advisor Jane Doe met the delegation.",
			[]string{"Jane Doe |  | National Security and Intelligence Advisor"}},
	} {
		b := New(parse(t, []byte(tc.text)), Options{})
		var got []string
		for _, p := range b.Parties.Persons {
			got = append(got, p.Name+" | "+p.Title+" | "+p.Role)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: persons %q, want %q", tc.text, got, tc.want)
		}
	}
}
