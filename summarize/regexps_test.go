package summarize

import (
	"testing"

	"github.com/brief-dev/brief/internal/lazyre"
	"github.com/brief-dev/brief/internal/lazyre/lazyretest"
)

// TestExpressionExamples: every expression the package declares matches
// an example of what it is for, capturing the wanted group, and not a near
// miss (an empty match counts as none).
func TestExpressionExamples(t *testing.T) {
	examples := map[string]struct {
		re          *lazyre.Regexp
		match, want string
		miss        string
	}{
		"isoDate":             {isoDate, "Released 2024-11-28 in Delhi", "2024", "Released 2024-1128 in Delhi"},
		"dmyDate":             {dmyDate, "Moscow, 28th November, 2024", "28", "Moscow, 28 Novembre 2024"},
		"mdyDate":             {mdyDate, "Washington, November 28, 2024", "November", "Washington, November 2024"},
		"leadingMeta":         {leadingMeta, "Posted On: 12 JUN 2025", "", "The meeting on 12 June 2025"},
		"dateline":            {dateline, "VILNIUS, 14 March 2025 – The ministers met.", "VILNIUS", "vilnius, 14 March 2025 – The ministers met."},
		"agencyDateline":      {agencyDateline, "LONDON, England (CNN) -- The talks ended.", "LONDON, England", "LONDON, England -- The talks ended."},
		"agencyDatelineLower": {agencyDatelineLower, "london, england (cnn) -- the talks ended.", "london, england", "london, england -- the talks ended."},
		"placeDashline":       {placeDashline, "WASHINGTON, D.C. – Today, the committee met.", "WASHINGTON, D.C.", "Washington – Today, the committee met."},
		"captionNumber":       {captionNumber, "A-2: Outlays by account, 2019-2024", "", "2 shows that outlays rose"},
		"footnoteMark":        {footnoteMark, "[^3]: Ibid., p. 12.", "", "[Read the report](https://example.org)"},
		"footnoteNumber":      {footnoteNumber, "12 See CRS Report R45100.", "See CRS Report R45100.", "2019 See the annex."},
	}
	lazyretest.RequireExamples(t, ".", 11, func(name string) bool { _, ok := examples[name]; return ok })
	for name, ex := range examples {
		m := ex.re.FindStringSubmatch(ex.match)
		if m == nil || m[0] == "" {
			t.Errorf("%s does not match its example %q", name, ex.match)
		} else if ex.want != "" && m[1] != ex.want {
			t.Errorf("%s on %q captured %q, want %q", name, ex.match, m[1], ex.want)
		}
		if m := ex.re.FindStringSubmatch(ex.miss); m != nil && m[0] != "" {
			t.Errorf("%s matches its near miss %q: %q", name, ex.miss, m[0])
		}
	}
}
