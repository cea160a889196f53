package summarize

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brief-dev/brief/internal/lazyre"
	"github.com/brief-dev/brief/internal/vocab"
)

// months maps English month names and abbreviations, lower case, to the
// month's number (months.txt).
var months = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for _, ln := range vocab.Lines("months.txt") {
		f := strings.Fields(ln)
		n, err := strconv.Atoi(f[0])
		if err != nil {
			panic("summarize: months.txt: " + ln)
		}
		for _, name := range f[1:] {
			m[name] = n
		}
	}
	return m
})

const monthRE = `(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

var (
	isoDate = lazyre.New(`\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b`)
	dmyDate = lazyre.New(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthRE + `),?\s+(\d{4})\b`)
	mdyDate = lazyre.New(`\b(` + monthRE + `)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// the label of leading metadata fused to the text: "date 2024-11-28
	// The fourth…", "Posted On: 12 JUN 2025". It is not optional in the
	// expression (a text without one is none of its matches): an
	// expression that matches the empty text is run on every text, and
	// the backtracker clears a bit for each byte of it (the first
	// paragraph) and each step of the expression, where one that cannot
	// is turned away by the first two bytes of most texts (lazyre).
	leadingMeta = lazyre.New(`^(?i:(?:date[d]?|posted\s+on|published(?:\s+on)?|updated(?:\s+on)?|issued(?:\s+on)?|release\s+date)\s*:?\s*)`)
)

// findDate returns the first date in s as ISO 8601 with its start and end
// offsets, or "" when s has none.
func findDate(s string) (iso string, start, end int) {
	best, bestAt, bestEnd := "", len(s)+1, 0
	try := func(re *lazyre.Regexp, order [3]int) {
		m := re.FindStringSubmatchIndex(s)
		if m == nil || m[0] >= bestAt {
			return
		}
		part := func(k int) string { return s[m[2*k]:m[2*k+1]] }
		if iso := isoFrom(part(order[0]), part(order[1]), part(order[2])); iso != "" {
			best, bestAt, bestEnd = iso, m[0], m[1]
		}
	}
	try(isoDate, [3]int{1, 2, 3})
	try(dmyDate, [3]int{3, 2, 1})
	try(mdyDate, [3]int{3, 1, 2})
	return best, bestAt, bestEnd
}

// isoFrom validates year, month (number or name) and day.
func isoFrom(year, month, day string) string {
	y, err1 := strconv.Atoi(year)
	dd, err2 := strconv.Atoi(day)
	m, err3 := strconv.Atoi(month)
	if err3 != nil {
		m = months()[strings.ToLower(strings.TrimSuffix(month, "."))]
	}
	if err1 != nil || err2 != nil || m < 1 || m > 12 || dd < 1 || dd > 31 || y < 1800 || y > 2200 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, dd)
}

// dateWindow bounds where a date that must start a line is looked for: a
// date is a few dozen bytes, and searching a whole 10 MB line for one that
// can only count at its start would cost seconds.
const dateWindow = 256

// window returns at most the first dateWindow bytes of s.
func window(s string) string {
	if len(s) > dateWindow {
		return s[:dateWindow]
	}
	return s
}

// mayStartDate is a cheap test that s could begin with a date: a digit or
// a month name. Most lines do not, and the date patterns are costly to run.
func mayStartDate(s string) bool {
	if s == "" {
		return false
	}
	if vocab.IsDigit(s[0]) {
		return true
	}
	word := s[:min(len(s), 9)]
	if i := strings.IndexAny(word, " .,"); i >= 0 {
		word = word[:i]
	}
	_, ok := months()[strings.ToLower(word)]
	return ok
}

// dateline is the place that news copy puts before its date: "VILNIUS,",
// "Washington, D.C.,", "New Delhi –".
var dateline = lazyre.New(`^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s+\p{Lu}[\p{L}.]*)?)\s*[,–—-]\s*`)

// leadingDate recognises a date at the very start of a text line, possibly
// after a label ("date", "Posted On:") or a dateline place ("VILNIUS, 14
// March 2025 –"), and returns it, the place, and the number of bytes to skip
// to reach the text after them.
func leadingDate(s string) (date, place string, n int) {
	if m := leadingMeta.FindStringIndex(s); m != nil {
		n = m[1]
	}
	if n == 0 {
		if m := dateline.FindStringSubmatchIndex(s); m != nil && mayStartDate(s[m[1]:]) {
			if d, at, _ := findDate(window(s[m[1]:])); d != "" && at == 0 {
				place, n = s[m[2]:m[3]], m[1]
			}
		}
	}
	if !mayStartDate(s[n:]) {
		return "", "", 0
	}
	date, at, end := findDate(window(s[n:]))
	if date == "" || at != 0 {
		return "", "", 0
	}
	n += end
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !strings.ContainsRune(" ,:–—-|", r) {
			break
		}
		n += size
	}
	return date, place, n
}

// skipDateline reads the dateline that may open the first paragraph, a
// date ("VILNIUS, 14 March 2025 –"), a news agency ("LONDON (CNN) --") or
// both, into d.Date and d.Place when they are still unknown, and returns
// the number of bytes of s it takes.
func (d *Document) skipDateline(s string) int {
	n := 0
	if date, place, k := leadingDate(s); date != "" {
		if d.Date == "" {
			d.Date = date
		}
		if d.Place == "" {
			d.Place = place
		}
		n = k
	}
	if place, k := leadingAgency(s[n:]); k > 0 && k < len(s)-n {
		if d.Place == "" {
			d.Place = place
		}
		n += k
	}
	if n == 0 {
		if place, k := leadingPlace(s); k > 0 {
			if d.Place == "" {
				d.Place = place
			}
			n = k
		}
	}
	return n
}

// placeDashline is a dateline of a place alone before a dash: in capitals
// ("WASHINGTON –", "ABU DHABI —", "WASHINGTON, D.C. –"), or a place and
// its state's initials ("Washington, D.C. –").
var placeDashline = lazyre.New(`^(\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,\s+\p{Lu}[\p{Lu}.]+)?|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2},\s+(?:\p{Lu}\.){2,})\s*(?:--|[–—-])\s*`)

// leadingPlace returns the place of a dateline of a place alone at the
// start of s and the number of bytes it takes, or 0 when s opens with none
// or with a word that is no state or city of countries.txt.
func leadingPlace(s string) (place string, n int) {
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return "", 0
	}
	m := placeDashline.FindStringSubmatchIndex(s)
	if m == nil || m[1] >= len(s) {
		return "", 0
	}
	place = s[m[2]:m[3]]
	city, _, _ := strings.Cut(place, ",")
	if !datelinePlaces()[strings.ToLower(strings.TrimSpace(city))] {
		return "", 0 // "NATO – Allies agreed …", "PRESS RELEASE – …"
	}
	if r, _ := utf8.DecodeRuneInString(s[m[1]:]); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"“‘'", r) {
		return "", 0 // "WASHINGTON - a city": no sentence starts after the dash
	}
	return place, m[1]
}

// datelinePlaces are the states and cities of countries.txt (its first
// and last fields), lower case: the places a dateline of a place alone
// may name.
var datelinePlaces = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, c := range vocab.Countries() {
		set[strings.ToLower(c.Name)] = true
		for _, city := range c.Cities {
			set[strings.ToLower(city)] = true
		}
	}
	return set
})

// agencies are the news agencies and broadcasters whose name, in brackets,
// ends the dateline of wire copy.
const agencies = `cnn|hln|reuters|ap|afp|upi|bbc|bloomberg|pti|ians|ani|uni|xinhua|dpa|efe|ansa|kyodo|yonhap|tass|ria novosti|` +
	`interfax|sputnik|anadolu|aa|wam|spa|kuna|irna|bernama|antara|pna|nhk|cna|abc|cbs|nbc|cnbc|fox news|ew\.com|people\.com`

// agencyDateline is the opening of wire copy: a place, perhaps with its
// region and a date without the year, and the agency in brackets:
// "LONDON, England (CNN) --", "NEW YORK, March 3 (Reuters) -", "(CNN)".
// Place words are capitalised; agencyDatelineLower reads text that was
// lower-cased as a whole, as some corpora are.
var (
	agencyDateline      = lazyre.New(agencyPattern(`\p{Lu}`))
	agencyDatelineLower = lazyre.New(agencyPattern(`\p{Ll}`))
)

func agencyPattern(initial string) string {
	word := initial + `[\p{L}.'’-]*`
	place := word + `(?:\s+` + word + `){0,3}(?:\s*,\s*` + word + `(?:\s+` + word + `){0,2})?`
	return `^(?:(` + place + `)(?:\s*,\s*` + monthRE + `\s+\d{1,2})?\s*)?\(\s*(?i:` + agencies + `)\s*\)\s*(?:--|[—–-]|:)?\s*`
}

// leadingAgency returns the place of an agency dateline at the start of s
// and its length, or 0.
func leadingAgency(s string) (place string, n int) {
	s = window(s)
	if !strings.Contains(s, "(") {
		return "", 0
	}
	re := agencyDateline
	if strings.ToLower(s) == s {
		re = agencyDatelineLower
	}
	m := re.FindStringSubmatchIndex(s)
	if m == nil {
		return "", 0
	}
	if m[2] >= 0 {
		place = s[m[2]:m[3]]
	}
	return place, m[1]
}
