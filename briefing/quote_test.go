package briefing

import (
	"regexp"
	"testing"
)

// quoteSpec is what isQuote computes, as the expression it replaced.
var quoteSpec = regexp.MustCompile(`^[“"]|said,?\s*[“"]|stated:?\s*[“"]|pic\.twitter|^>|@\w`)

var quoteCases = []string{
	`“We agreed,” he said.`, `"Yes."`, `> quoted mail`, `He said "no".`, `He said, “no”.`, `He said,“no”.`,
	"She stated:\t\n“no”.", `She stated: no.`, `She stated, "no".`, `He said, and "no".`, `said`, `said,`,
	`Follow @pib_india`, `mail me @ home`, `a@`, `pic.twitter.com/x`, `The sides signed.`, `unsaid "x"`,
	`said said "x"`, `He said: "no"`, "He said\v\"no\"",
}

func TestIsQuote(t *testing.T) {
	for _, s := range append(quoteCases, texts(t)...) {
		if got, want := isQuote(s), quoteSpec.MatchString(s); got != want {
			t.Errorf("isQuote(%q) = %v, the expression says %v", s, got, want)
		}
	}
}

// FuzzIsQuote: isQuote agrees with the expression on any text.
func FuzzIsQuote(f *testing.F) {
	for _, s := range quoteCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isQuote(s), quoteSpec.MatchString(s); got != want {
			t.Fatalf("isQuote(%q) = %v, the expression says %v", s, got, want)
		}
	})
}
