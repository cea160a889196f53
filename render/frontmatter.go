package render

import (
	"strconv"
	"strings"
	"time"
)

// appendFrontMatter appends fm as yaml.v3 encodes it with an indent of 2,
// byte for byte, and reports whether it could: only for the plain names,
// places and paths most notes have, where the YAML is known; for anything
// else (a colon, a quote, a non-ASCII letter, a word YAML reads as a
// boolean or null) it appends nothing and the caller uses the encoder,
// which took about 2 % of the time of a batch of Markdown notes.
// TestFrontMatterMatchesYAML and FuzzFrontMatter hold the two together.
func appendFrontMatter(dst []byte, fm *frontMatter) ([]byte, bool) {
	out := dst
	field := func(key, value string) bool {
		v, ok := yamlScalar(value)
		if ok {
			out = append(append(append(append(out, key...), ": "...), v...), '\n')
		}
		return ok
	}
	list := func(key string, values []string) bool {
		if len(values) == 0 {
			return true // omitempty
		}
		out = append(append(out, key...), ":\n"...)
		for _, value := range values {
			v, ok := yamlScalar(value)
			if !ok {
				return false
			}
			out = append(append(append(out, "  - "...), v...), '\n')
		}
		return true
	}
	ok := field("title", fm.Title)
	if fm.Date != "" {
		ok = ok && isISODate(fm.Date)
		if ok {
			out = append(append(out, "date: \""...), fm.Date...)
			out = append(out, "\"\n"...) // a date resolves to a timestamp: quoted
		}
	}
	if fm.Place != "" {
		ok = ok && field("place", fm.Place)
	}
	ok = ok && field("source", fm.Source) && field("generator", fm.Generator) &&
		list("persons", fm.Persons) && list("organisations", fm.Organisations) && list("countries", fm.Countries)
	if !ok {
		return dst, false
	}
	out = append(append(append(out, "outcomes: "...), strconv.Itoa(fm.Outcomes)...), '\n')
	return out, true
}

// yamlScalar returns s as yaml.v3 writes a string value, when s is one of
// the strings whose form is known: "" (quoted), or a plain scalar that
// starts with an ASCII letter or a slash and holds only ASCII letters,
// digits, single inner spaces and . , ' ( ) & / - _ (no indicator YAML reads
// inside a plain scalar, and nothing that resolves to a number, a date, a
// boolean or null).
func yamlScalar(s string) (string, bool) {
	if s == "" {
		return `""`, true
	}
	if c := s[0]; !('a' <= c|0x20 && c|0x20 <= 'z') && c != '/' || s[len(s)-1] == ' ' {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == ' ':
			if s[i+1] == ' ' { // never the last byte, checked above
				return "", false
			}
		case c == '.' || c == ',' || c == '\'' || c == '(' || c == ')' || c == '&' || c == '/' || c == '-' || c == '_':
			// '_' is in nearly every batch input's file name (the source
			// field): without it every note went through the encoder
		default:
			return "", false
		}
	}
	switch strings.ToLower(s) {
	case "y", "n", "yes", "no", "on", "off", "true", "false", "null":
		return "", false // YAML 1.1 booleans and null: the encoder quotes them
	}
	return s, true
}

// isISODate reports a date written as yyyy-mm-dd that is a day of the
// calendar: YAML reads it as a timestamp, so the encoder quotes it (and
// writes "2024-02-31", which is none, plain).
func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}
