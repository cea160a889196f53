package summarize

import (
	"github.com/brief-dev/brief/internal/vocab"

	"strings"
	"unicode"
)

// Headings of bills and other legal texts. "SEC. 2. FINDINGS." ends with a
// full stop, so the general heading test takes it for a sentence and the
// splitter cuts it into "SEC.", "2." and "FINDINGS.": three fragments in
// the sentence pool and no section for the text under it.

// legalHeadingPrefixes open the numbered divisions of a bill.
var legalHeadingPrefixes = []string{"SEC. ", "SECTION ", "Sec. ", "Section ", "TITLE ", "Title ", "Subtitle ", "SUBTITLE ", "PART ", "CHAPTER "}

// isLegalHeading reports whether s is the heading of a division of a legal
// text: a prefix of legalHeadingPrefixes, a number or Roman numeral, and a
// short caption in capitals or title case ("SEC. 2. FINDINGS.", "SECTION
// 1. SHORT TITLE.", "TITLE I--GENERAL PROVISIONS", "Sec. 101. Definitions.").
func isLegalHeading(s string) bool {
	rest := ""
	for _, p := range legalHeadingPrefixes {
		if r, ok := strings.CutPrefix(s, p); ok {
			rest = r
			break
		}
	}
	if rest == "" {
		return false
	}
	// The number: digits or Roman numerals, maybe a letter ("2A"), or a
	// letter alone.
	i := 0
	for i < len(rest) && (vocab.IsDigit(rest[i]) || strings.IndexByte("IVXLC", rest[i]) >= 0) {
		i++
	}
	if i == 0 && len(rest) > 1 && rest[0] >= 'A' && rest[0] <= 'Z' && (strings.IndexByte(".-", rest[1]) >= 0 || strings.HasPrefix(rest[1:], "—")) {
		i = 1 // "Subtitle A—", "PART B."
	}
	if i == 0 {
		return false
	}
	if i < len(rest) && vocab.IsASCIILetter(rest[i]) && i+1 < len(rest) && (rest[i+1] == '.' || rest[i+1] == '-') {
		i++
	}
	// A full stop or a dash ends the number: "Section 105 of the Act" is
	// text.
	if i < len(rest) && strings.IndexByte(".-", rest[i]) < 0 && !strings.HasPrefix(rest[i:], "—") && !strings.HasPrefix(rest[i:], "–") {
		return false
	}
	caption := strings.TrimLeft(rest[i:], ".-—– ")
	caption = strings.TrimRight(caption, ".")
	words := strings.Fields(caption)
	if len(words) == 0 {
		return len(rest[i:]) <= 1 // "SEC. 2." alone
	}
	if len(words) > 20 {
		return false
	}
	upper := true
	for _, r := range caption {
		if unicode.IsLower(r) {
			upper = false
			break
		}
	}
	return upper || titleCased(words)
}

// isLeadIn reports whether s introduces the list that follows it ("The
// Congress finds that--", "In this Act:"), which makes it text, not a
// heading.
func isLeadIn(s string) bool {
	return strings.HasSuffix(s, "--") || strings.HasSuffix(s, "—")
}
