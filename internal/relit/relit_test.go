package relit

import (
	"reflect"
	"testing"
)

// TestNeeded checks the strings a pre-test asks for.
func TestNeeded(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want []string
		fold bool
	}{
		{`\b(signed|signing of|inked)\b`, []string{"signed", "signing of", "inked"}, false},
		{`\bformali[sz]ed\b`, []string{"formalised", "formalized"}, false},
		{`\b(agreed|agree to)\b`, []string{"agreed", "agree to"}, false},
		{`(?i)Agreed`, []string{"agreed"}, true},
		{`(?i)\b(was|were) (warmly )?welcomed by\b`, []string{"was warmly welcomed by", "was welcomed by", "were warmly welcomed by", "were welcomed by"}, true},
		{`The (?i:x)yz`, []string{"the xyz"}, true},
		{`\b(was|were) (held|organi[sz]ed)\b`, []string{"was held", "was organised", "was organized", "were held", "were organised", "were organized"}, false},
		{`call(ed|s)? (on|for)`, []string{"called on", "called for", "calls on", "calls for", "call on", "call for"}, false},
		{`(?i)ab[sſ]`, []string{"ab"}, true},
		{`\b(a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q) xyz`, []string{" xyz"}, false},
		{`(?i)é+té`, nil, false},
		{`\b(a|)b\b`, nil, false},
		{`x?y*`, nil, false},
		{`\bvotes? in favou?r\b|\babstentions\b`, []string{"votes in favour", "votes in favor", "vote in favour", "vote in favor", "abstentions"}, false},
	} {
		got, fold := Needed(tc.expr)
		if !reflect.DeepEqual(got, tc.want) || got != nil && fold != tc.fold {
			t.Errorf("Needed(%q) = %q, %v; want %q, %v", tc.expr, got, fold, tc.want, tc.fold)
		}
	}
}
