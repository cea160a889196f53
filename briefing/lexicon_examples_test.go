package briefing

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/brief-dev/brief/internal/vocab"
)

// A lexiconCheck says what an entry of one section of a word list makes in
// a brief: makes reports whether the parties of a text hold what entry e
// stands for. Each entry's "+" examples must make it and its "-" near
// misses must not.
type lexiconCheck struct {
	file, section string
	what          string // what the entry makes, for messages
	makes         func(e vocab.Entry, p Parties) bool
}

// wordsIn reports whether phrase occurs in s as whole words, ignoring case
// and full stops ("Vice-Chair" in "Vice-Chair of the Board").
func wordsIn(phrase, s string) bool {
	norm := func(x string) string {
		x = strings.ToLower(strings.ReplaceAll(x, ".", ""))
		return " " + strings.Join(strings.Fields(x), " ") + " "
	}
	return strings.Contains(norm(s), norm(phrase))
}

// titleKey folds an honorific for comparison: "H. E." and "H.E" and "h.e"
// are one form.
func titleKey(s string) string {
	return strings.ToLower(strings.NewReplacer(".", "", " ", "").Replace(s))
}

// firstField is the part of an entry before its first " | ".
func firstField(e vocab.Entry) string { return strings.TrimSpace(strings.SplitN(e.Text, "|", 2)[0]) }

func orgNamed(p Parties, name string) bool {
	return slices.ContainsFunc(p.Organisations, func(o Organisation) bool { return o.Name == name })
}

func orgWithWord(p Parties, w string) bool {
	return slices.ContainsFunc(p.Organisations, func(o Organisation) bool { return wordsIn(w, o.Name) })
}

func personWithRole(p Parties, w string) bool {
	return slices.ContainsFunc(p.Persons, func(x Person) bool { return wordsIn(w, x.Role) })
}

// canonicalCountry is the canonical name of the country a printed name
// stands for.
func canonicalCountry(printed string) string {
	return getLex().countries.value[phraseKey(tokenize(printed))]
}

// isHonorific reports a form listed in honorifics.txt.
func isHonorific(s string) bool { return slices.Contains(vocab.Lines("honorifics.txt"), s) }

// lexiconChecks are the lists whose every entry needs examples.
var lexiconChecks = []lexiconCheck{
	{"roles.txt", "heads", "a person whose role holds this office", func(e vocab.Entry, p Parties) bool {
		// a plural office names each of the persons it lists
		// ("Ministers A and B"); an office that is also an honorific
		// ("King") is read as the title
		return personWithRole(p, e.Text) || personWithRole(p, strings.TrimSuffix(e.Text, "s")) ||
			isHonorific(e.Text) && slices.ContainsFunc(p.Persons, func(x Person) bool { return wordsIn(e.Text, x.Title) })
	}},
	{"roles.txt", "words", "a person whose role holds this word", func(e vocab.Entry, p Parties) bool {
		return personWithRole(p, e.Text)
	}},
	{"roles.txt", "tenure", "a person whose role holds this word", func(e vocab.Entry, p Parties) bool {
		return personWithRole(p, e.Text)
	}},
	// the prefix makes one hyphenated office with the office after it
	{"roles.txt", "prefixes", "a person whose role opens with this prefix and a hyphen", func(e vocab.Entry, p Parties) bool {
		return slices.ContainsFunc(p.Persons, func(x Person) bool {
			return strings.HasPrefix(strings.ToLower(x.Role), e.Text+"-")
		})
	}},
	{"honorifics.txt", "", "a person with this title", func(e vocab.Entry, p Parties) bool {
		// "The Honourable" makes the title "Honourable"; "His Majesty"
		// is part of "His Majesty King"
		form := strings.TrimPrefix(e.Text, "The ")
		return slices.ContainsFunc(p.Persons, func(x Person) bool {
			return titleKey(x.Title) == titleKey(form) || wordsIn(form, x.Title)
		})
	}},
	// letters after a name end it: a person of two words or more whose
	// name leaves them out ("Tom Bishop" of "Tom Bishop MP")
	{"honorifics.txt", "post-nominals", "a person whose name ends before these letters", func(e vocab.Entry, p Parties) bool {
		return slices.ContainsFunc(p.Persons, func(x Person) bool {
			return len(strings.Fields(x.Name)) >= 2 && !wordsIn(e.Text, x.Name)
		})
	}},
	// (printed under whichever of its short names the text uses)
	{"countries.txt", "", "this country", func(e vocab.Entry, p Parties) bool {
		name := firstField(e)
		return slices.ContainsFunc(p.Countries, func(c Country) bool { return canonicalCountry(c.Name) == name })
	}},
	{"countries.txt", "currencies", "a currency, no country", func(e vocab.Entry, p Parties) bool {
		return len(p.Countries) == 0
	}},
	{"countries.txt", "peoples", "no country", func(e vocab.Entry, p Parties) bool {
		return len(p.Countries) == 0
	}},
	{"countries.txt", "shortened", "that state only", func(e vocab.Entry, p Parties) bool {
		return len(p.Countries) == 1 && p.Countries[0].Name == firstField(e)
	}},
	{"countries.txt", "region-homonyms", "no country", func(e vocab.Entry, p Parties) bool {
		return len(p.Countries) == 0
	}},
	{"countries.txt", "short-names", "a country printed under this name", func(e vocab.Entry, p Parties) bool {
		return slices.ContainsFunc(p.Countries, func(c Country) bool { return c.Name == e.Text })
	}},
	{"organisations.txt", "heads", "a body whose name holds this head noun", func(e vocab.Entry, p Parties) bool {
		return orgWithWord(p, e.Text)
	}},
	{"organisations.txt", "weak", "a body whose name holds this noun", func(e vocab.Entry, p Parties) bool {
		return orgWithWord(p, e.Text)
	}},
	{"organisations.txt", "known", "this body", func(e vocab.Entry, p Parties) bool {
		return orgNamed(p, firstField(e))
	}},
	{"organisations.txt", "short", "the body this short form stands for", func(e vocab.Entry, p Parties) bool {
		f := strings.Split(e.Text, "|")
		return len(f) == 3 && orgNamed(p, strings.TrimSpace(f[1]))
	}},
	// A body's name before an event noun is found, and the event is no
	// body ("NATO Summit"); in a near miss the noun is part of a body's
	// name or acronym.
	{"organisations.txt", "event-nouns", "a body, and the event after it no body", func(e vocab.Entry, p Parties) bool {
		return len(p.Organisations) > 0 && !slices.ContainsFunc(p.Organisations, func(o Organisation) bool {
			return wordsIn(e.Text, o.Name) || slices.ContainsFunc(o.Aliases, func(a string) bool { return wordsIn(e.Text, a) })
		})
	}},
	{"organisations.txt", "company-suffixes", "a company whose name ends in this legal form", func(e vocab.Entry, p Parties) bool {
		return slices.ContainsFunc(p.Organisations, func(o Organisation) bool { return strings.HasSuffix(o.Name, " "+e.Text) })
	}},
	// A role modifier ends the body's name before it: the office after
	// it is no part of the body.
	{"organisations.txt", "role-modifiers", "a body whose name ends before this word", func(e vocab.Entry, p Parties) bool {
		return len(p.Organisations) > 0 && !orgWithWord(p, e.Text)
	}},
	// A body posted abroad takes the city after "in" into its name; in a
	// near miss another name goes on after the city, which stays out.
	{"organisations.txt", "posted-heads", "a body whose name ends in \"in\" and a city", func(e vocab.Entry, p Parties) bool {
		return slices.ContainsFunc(p.Organisations, func(o Organisation) bool { return strings.Contains(o.Name, " in ") })
	}},
	// After two parties joined by a hyphen the word heads the body they
	// hold; without them the phrase is no body.
	{"organisations.txt", "pair-heads", "a body whose name ends in this word", func(e vocab.Entry, p Parties) bool {
		return slices.ContainsFunc(p.Organisations, func(o Organisation) bool { return strings.HasSuffix(strings.ToLower(o.Name), " "+e.Text) })
	}},
	// Named by a party the word heads a body; without one it is a
	// programme's.
	{"organisations.txt", "party-heads", "a body whose name holds this word", func(e vocab.Entry, p Parties) bool {
		return orgWithWord(p, e.Text)
	}},
	// Right after a pair of parties the word names their relationship;
	// with another word between them it heads a body.
	{"organisations.txt", "pair-relations", "no body whose name ends in this word", func(e vocab.Entry, p Parties) bool {
		return !slices.ContainsFunc(p.Organisations, func(o Organisation) bool { return strings.HasSuffix(strings.ToLower(o.Name), " "+e.Text) })
	}},
	// A measure's acronym names no body, alone or at the end of a name.
	{"organisations.txt", "measures", "no body named by this measure", func(e vocab.Entry, p Parties) bool {
		return !slices.ContainsFunc(p.Organisations, func(o Organisation) bool { return measureName(o.Name) && strings.HasSuffix(o.Name, e.Text) })
	}},
	// A venue names no body, though a head noun ends it ("Convention
	// Centre").
	{"organisations.txt", "venues", "no body named by this venue", func(e vocab.Entry, p Parties) bool {
		return !slices.ContainsFunc(p.Organisations, func(o Organisation) bool { return strings.HasSuffix(o.Name, " "+e.Text) })
	}},
	{"organisations.txt", "country-bodies", "the country this body belongs to", func(e vocab.Entry, p Parties) bool {
		return len(p.Countries) > 0
	}},
	// A geographic noun or compass word makes a region of the country
	// word next to it: the text names no country.
	{"places.txt", "geo-nouns", "a region, no country", func(e vocab.Entry, p Parties) bool {
		return len(p.Countries) == 0
	}},
	{"places.txt", "compass", "a region, no country", func(e vocab.Entry, p Parties) bool {
		return len(p.Countries) == 0
	}},
}

// knownLexiconFailures reads testdata/lexicon_known_failures.txt: examples
// the extraction gets wrong today, each line "file [section] entry | + or
// - | reason", keyed by all but the reason.
func knownLexiconFailures(t *testing.T) map[string]string {
	data, err := os.ReadFile("testdata/lexicon_known_failures.txt")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		ln := strings.TrimSpace(sc.Text())
		if ln == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		i := strings.LastIndex(ln, " | ")
		if i < 0 || strings.TrimSpace(ln[i+3:]) == "" {
			t.Fatalf("lexicon_known_failures.txt:%d: no reason: %q", n, ln)
		}
		out[strings.TrimSpace(ln[:i])] = strings.TrimSpace(ln[i+3:])
	}
	return out
}

// TestLexiconExamples runs every example of the name lists through the
// real extraction (New on a document of the example alone): the "+"
// examples must make what their entry stands for (a person with that
// title or office, a body with that head noun or that known name, that
// country, a region) and the "-" near misses must not. An entry without a
// "+" example, or without a "-" one and no "# no near miss:" reason,
// fails, and so does an entry listed twice in its section or a section no
// check covers. Examples that fail today because of the extraction rules
// are listed with their reason in testdata/lexicon_known_failures.txt (by
// entry and sign: at least one of those examples fails); a listed entry
// whose examples of that sign all pass fails the test, so the list cannot
// go stale.
func TestLexiconExamples(t *testing.T) {
	known := knownLexiconFailures(t)
	seen := map[string]bool{}
	parties := map[string]Parties{}
	partiesOf := func(text string) Parties {
		if p, ok := parties[text]; ok {
			return p
		}
		p := briefOf(t, parse(t, []byte(text)), Options{}).Parties
		parties[text] = p
		return p
	}
	// every section of a checked list is checked, so that a new one
	// cannot come in without examples
	checked := map[string]bool{}
	for _, c := range lexiconChecks {
		checked[c.file+" ["+c.section+"]"] = true
	}
	for _, c := range lexiconChecks {
		for sec := range vocab.Sections(c.file) {
			if !checked[c.file+" ["+sec+"]"] {
				t.Errorf("%s [%s]: no check in lexiconChecks runs its examples", c.file, sec)
				checked[c.file+" ["+sec+"]"] = true
			}
		}
	}
	for _, c := range lexiconChecks {
		ents := vocab.Examples(c.file)[c.section]
		if len(ents) == 0 {
			t.Errorf("%s [%s]: no entries", c.file, c.section)
		}
		first := map[string]int{}
		for _, e := range ents {
			where := fmt.Sprintf("%s:%d [%s] %q", c.file, e.Line, c.section, e.Text)
			if n, ok := first[e.Text]; ok {
				t.Errorf("%s: repeats the entry of line %d", where, n)
			}
			first[e.Text] = e.Line
			if problem := e.Incomplete(); problem != "" {
				t.Errorf("%s: %s", where, problem)
			}
			for _, ex := range []struct {
				sign  string
				want  bool
				texts []string
			}{{"+", true, e.Match}, {"-", false, e.Miss}} {
				sign, want := ex.sign, ex.want
				key := fmt.Sprintf("%s [%s] %s | %s", c.file, c.section, e.Text, sign)
				reason, isKnown := known[key]
				seen[key] = seen[key] || isKnown
				failed := 0
				for _, text := range ex.texts {
					p := partiesOf(text)
					got := c.makes(e, p)
					if got != want {
						failed++
					}
					if isKnown {
						continue
					}
					if got != want {
						t.Errorf("%s: %s example %q: makes %s = %v, want %v; parties %s", where, sign, text, c.what, got, want, partiesString(p))
					}
				}
				if isKnown && failed == 0 {
					t.Errorf("%s: its %s examples all pass now; remove it from lexicon_known_failures.txt (%s)", where, sign, reason)
				}
			}
		}
	}
	for key := range known {
		if !seen[key] {
			t.Errorf("lexicon_known_failures.txt: %q names no example", key)
		}
	}
}

// partiesString lists parties compactly for failure messages.
func partiesString(p Parties) string {
	var b strings.Builder
	for _, x := range p.Persons {
		fmt.Fprintf(&b, "[person %q title %q role %q]", x.Name, x.Title, x.Role)
	}
	for _, o := range p.Organisations {
		fmt.Fprintf(&b, "[org %q %q]", o.Name, o.Aliases)
	}
	for _, c := range p.Countries {
		fmt.Fprintf(&b, "[country %q]", c.Name)
	}
	return b.String()
}
