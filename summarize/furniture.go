package summarize

import (
	"github.com/brief-dev/brief/internal/vocab"
)

import "strings"

// Page furniture of reports: lines that are there for the printed page,
// not for the reader of the text. Text taken from a PDF or a paginated
// DOCX keeps its tables of contents and page numbers, and each would
// otherwise be a "sentence".

// isPageFurniture reports whether line s is a table-of-contents entry
// ("Introduction ........ 3", "Findings . . . . 12", "Summary … iv") or a
// page number ("Page 3", "Page 3 of 40", "- 12 -", "12").
func isPageFurniture(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	// A page number: digits or a small Roman numeral, maybe between
	// dashes or after "Page".
	t := strings.ToLower(s)
	t = strings.TrimPrefix(t, "page ")
	t = strings.Trim(t, "-–— ")
	if num, of, ok := strings.Cut(t, " of "); ok {
		if pageNumber(num) && pageNumber(of) {
			return true
		}
	} else if pageNumber(t) && (len(t) < len(s) || allDigits(t)) {
		return true
	}
	// A contents entry: a caption, a leader of dots, a page number.
	i := strings.LastIndexByte(s, ' ')
	if i < 0 || !pageNumber(strings.ToLower(s[i+1:])) {
		return false
	}
	head := strings.TrimRight(s[:i], " ")
	leader := 0
	for len(head) > 0 {
		switch {
		case head[len(head)-1] == '.' || head[len(head)-1] == ' ':
			if head[len(head)-1] == '.' {
				leader++
			}
			head = head[:len(head)-1]
		case strings.HasSuffix(head, "…"):
			leader += 3
			head = strings.TrimSuffix(head, "…")
		default:
			return leader >= 4 && len(head) > 0
		}
	}
	return false
}

// pageNumber reports whether s is a page number: up to three digits (a
// year is not a page), or a lower-case Roman numeral of up to six letters.
func pageNumber(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	if allDigits(s) {
		return len(s) <= 3
	}
	for i := 0; i < len(s); i++ {
		if !isLowerRoman(s[i]) && s[i] != 'l' && s[i] != 'c' {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !vocab.IsDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// isStageDirection reports a sentence or line of a transcript or a speech
// that records a reaction rather than what was said: "(Applause.)",
// "[Laughter]", "(Cross-talk.)" — one or two words wholly in parentheses
// or brackets. Longer records ("(Motion agreed to)", "(The meeting
// adjourned at 11:02 a.m.)") say what was decided or done, and stay.
func isStageDirection(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 3 || len(s) > 80 {
		return false
	}
	open, closing := s[0], s[len(s)-1]
	if !(open == '(' && closing == ')' || open == '[' && closing == ']') {
		return false
	}
	inner := s[1 : len(s)-1]
	return !strings.ContainsAny(inner, "()[]") && len(strings.Fields(inner)) <= 2 && inner != ""
}
