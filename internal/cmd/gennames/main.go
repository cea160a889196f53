// Command gennames writes the given-names list of package vocab
// (lists/given-names.txt) from published baby-name counts, so that the
// list is data with a source rather than anyone's memory of the texts it
// is scored on.
//
// The sources, each read from its folder under -src when present:
//
//   - ssa/: the US Social Security Administration's national baby-name
//     files (a US government work, in the public domain), one yobYYYY.txt
//     a year of birth, lines "Name,Sex,Count";
//   - ontario/: the Government of Ontario's top baby names, male and
//     female (Open Government Licence - Ontario), two header lines, then
//     "Year,NAME,Count";
//   - world/: sigpwned's "Popular Names by Country Dataset" (CC0), the
//     commonest given names of 106 countries with their romanised forms;
//   - namdict/: Jörg Michael's dictionary of first names (GNU FDL 1.2 or
//     later), 45,000 names with their frequency class in 55 countries.
//
// The registers list every name given to at least five babies of one sex
// in a year; the last two grade names instead (ranked.go): a name is kept
// when its grade reaches -world-min or -namdict-min, and neither is read
// for the countries whose names are written family name first. The
// selection rule, the same for every name:
//
//   - a name is kept when, in one of the registers, it was given to at least
//     -per-million of every million babies that source counts, over all
//     years and both sexes (a share, so that a register of ten million
//     births weighs as much as one of three hundred million);
//   - names are folded to lower case without accents, as briefing's fold
//     does; two words or fewer than two letters are no entry, nor are the
//     registers' placeholders for a baby without a name ("Baby", "Unknown");
//   - a name is left out when the project's own lexicon knows it as
//     another word: a one-word entry of the lists of offices, honorifics,
//     bodies, places, months, ordinals, stopwords, English function words
//     or the words around names, or a one-word name, other name, demonym
//     or city of a state in countries.txt ("Jordan", "Georgia", "Victoria");
//   - with -words, it is also left out when that English word list holds
//     it written in lower case, that is as a common word ("will", "grace",
//     "mark") rather than only as a proper name.
//
// -from and -to count only the babies born in those years (the generation
// that holds offices today, say); by default every year counts.
//
// Run from internal/vocab by go generate, with the sources' folder in
// $BRIEF_NAME_SOURCES (see lists/README.md for the exact files used):
//
//	go run ../cmd/gennames -src DIR -per-million 27 -world-min 1 -namdict-min -5 -out lists/given-names.txt
package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/brief-dev/brief/internal/vocab"
	"github.com/brief-dev/brief/internal/vocab/listgen"
)

// generator is this command's command line.
var generator = listgen.Generator{
	Name:    "gennames",
	Env:     "BRIEF_NAME_SOURCES",
	SrcHelp: "`DIR` holding the sources: ssa/yobYYYY.txt, ontario/*.csv, world/*.csv, namdict/firstnames.csv",
	Options: "[-per-million P] [-world-min N] [-namdict-min CLASS] [-from YEAR] [-to YEAR] [-words FILE] [-out FILE]",
}

func main() {
	var (
		per   = flag.Float64("per-million", 27, "keep names given to at least `P` of every million babies of a source")
		from  = flag.Int("from", 0, "count babies born in `YEAR` or later (0: all)")
		to    = flag.Int("to", 0, "count babies born in `YEAR` or earlier (0: all)")
		words = flag.String("words", "", "leave out names this English word `FILE` holds in lower case")
		world = flag.Int("world-min", 1, "keep names world/ lists among the commonest of at least `N` countries")
		nam   = flag.Int("namdict-min", -5, "keep names of frequency `CLASS` or more (namdict/'s scale of powers of two) in a country")
	)
	src, out, ok := generator.Parse()
	if !ok {
		return
	}
	cfg := config{perMillion: *per, years: yearRange{*from, *to}, lexicon: lexiconWords()}
	var err error
	if cfg.sources, err = readSources(src, cfg.years, map[string]int{"world": *world, "namdict": *nam}); err != nil {
		generator.Fail(err)
	}
	if *words != "" {
		cfg.wordsName = filepath.Base(*words)
		cfg.common, err = readCommonWords(*words)
		if err != nil {
			generator.Fail(err)
		}
	}
	if err := listgen.Write(out, render(cfg)); err != nil {
		generator.Fail(err)
	}
}

// config is what render needs: the sources and the filters.
type config struct {
	sources    []*source
	perMillion float64         // the threshold, per million babies of a source
	years      yearRange       // the years of birth counted
	lexicon    map[string]bool // words the project's lexicon knows otherwise
	common     map[string]bool // lower-case words of the -words list, or nil
	wordsName  string          // the -words file's base name
}

// A source is one published table of baby names, added up.
type source struct {
	name    string         // its folder under -src
	about   string         // what it is, its licence and attribution, for the header
	licence string         // its licence, in a few words
	counts  map[string]int // folded name → babies over all years and both sexes
	total   int            // babies counted, all names
	files   int            // files read
	sum     string         // SHA-256 of the files' contents in name order

	// A graded source (rankedKinds) has grades instead of counts: a name
	// is kept when its grade is min or more; rows is the table's rows and
	// rule the header's rule, a format taking min.
	grades map[string]int
	min    int
	rows   int
	rule   string
}

// sourceKinds are the sources gennames reads: the folder under -src, the
// files in it, how a line is read, and what the header says of it.
var sourceKinds = []struct {
	dir, glob string
	header    int // lines before the data
	parse     func(fields []string) (name, count, year string, ok bool)
	licence   string
	about     string
}{
	{"ssa", "yob[0-9][0-9][0-9][0-9].txt", 0,
		func(f []string) (string, string, string, bool) {
			if len(f) != 3 {
				return "", "", "", false
			}
			return f[0], f[2], "", true // the year is the file's
		},
		"public domain (ssa/)",
		`US Social Security Administration, "Baby Names from Social Security
# Card Applications - National Data": name, sex and count of every name
# given to at least 5 babies of one sex in a year of birth. A work of the
# US government, in the public domain.`},
	{"ontario", "ontario_top_baby_names_*.csv", 2,
		func(f []string) (string, string, string, bool) {
			if len(f) != 3 {
				return "", "", "", false
			}
			return f[1], f[2], f[0], true
		},
		"Open Government Licence - Ontario (ontario/)",
		`Government of Ontario, "Ontario top baby names" (male and
# female): year, name and count of every name given to at least 5 babies
# of one sex in a year. Contains information licensed under the Open
# Government Licence - Ontario.`},
}

// readSources reads every source whose folder dir holds, the graded ones
// with their thresholds in mins by folder; it is an error when none does.
func readSources(dir string, years yearRange, mins map[string]int) ([]*source, error) {
	var out []*source
	for _, k := range sourceKinds {
		files, err := filepath.Glob(filepath.Join(dir, k.dir, k.glob))
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			continue
		}
		slices.Sort(files)
		s := &source{name: k.dir, about: k.about, licence: k.licence, counts: map[string]int{}}
		h := sha256.New()
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			h.Write(data)
			n, err := addCounts(s.counts, bytes.NewReader(data), k.header, k.parse, fileYear(f), years)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			s.total += n
			s.files++
		}
		s.sum = hex.EncodeToString(h.Sum(nil))
		out = append(out, s)
	}
	for _, k := range rankedKinds {
		f := filepath.Join(dir, k.dir, k.glob)
		data, err := os.ReadFile(f)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		s := &source{name: k.dir, about: k.about, licence: k.licence, files: 1, min: mins[k.dir], rule: k.rule}
		if s.grades, s.rows, err = k.grade(data); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		sum := sha256.Sum256(data)
		s.sum = hex.EncodeToString(sum[:])
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no source files (ssa/yobYYYY.txt, ontario/ontario_top_baby_names_*.csv, world/common-forenames-by-country.csv, namdict/firstnames.csv)", dir)
	}
	return out, nil
}

// addCounts adds the comma-separated lines of r, after the first skip, to
// counts by folded name, and returns the babies they count. A line's year
// is its own field or else year (the file's); lines of years out of years
// are skipped. A name that
// folds to no single word (two words, a digit) is counted in the total
// but listed under no name.
func addCounts(counts map[string]int, r io.Reader, skip int, parse func([]string) (string, string, string, bool), year int, years yearRange) (int, error) {
	sc := bufio.NewScanner(r)
	total := 0
	for n := 1; sc.Scan(); n++ {
		ln := strings.TrimSpace(sc.Text())
		if n <= skip || ln == "" {
			continue
		}
		name, count, y, ok := parse(strings.Split(ln, ","))
		if !ok {
			return 0, fmt.Errorf("line %d: %q has not the source's fields", n, ln)
		}
		if y != "" {
			var err error
			if year, err = strconv.Atoi(strings.TrimSpace(y)); err != nil {
				return 0, fmt.Errorf("line %d: bad year %q", n, y)
			}
		}
		c, err := strconv.Atoi(strings.TrimSpace(count))
		if err != nil || c < 0 {
			return 0, fmt.Errorf("line %d: bad count %q", n, count)
		}
		if !years.holds(year) {
			continue
		}
		total += c
		if f := vocab.Fold(strings.TrimSpace(name)); isName(f) {
			counts[f] += c
		}
	}
	return total, sc.Err()
}

// A yearRange holds the years of birth from and to, inclusive; a zero
// bound is open.
type yearRange struct{ from, to int }

func (r yearRange) String() string {
	switch {
	case r.from == 0:
		return fmt.Sprintf("to %d", r.to)
	case r.to == 0:
		return fmt.Sprintf("from %d", r.from)
	}
	return fmt.Sprintf("%d-%d", r.from, r.to)
}

func (r yearRange) holds(y int) bool {
	return (r.from == 0 || y >= r.from) && (r.to == 0 || y <= r.to)
}

// fileYear returns the year of a file named yobYYYY.txt, or 0.
func fileYear(path string) int {
	b := filepath.Base(path)
	if y, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(b, "yob"), ".txt")); err == nil {
		return y
	}
	return 0
}

// isName reports a folded name of one word: lower-case letters of the
// Latin script, with inner hyphens ("jean-paul"). Letters that folding
// keeps ("ø", "ł": no accent but a letter of their own) are kept as they
// are, since briefing folds the words of a text the same way ("Thorbjørn"
// → "thorbjørn"); a name in another script is no entry.
func isName(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for _, r := range s {
		if r != '-' && !(unicode.Is(unicode.Latin, r) && unicode.IsLower(r)) {
			return false
		}
	}
	return true
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// readCommonWords returns the entries of a word list (one a line, as
// /usr/share/dict files are) that are written all in lower case: common
// words, as opposed to entries capitalised because they are only names.
func readCommonWords(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for w := range listgen.Words(data) {
		if isLetters(w) {
			out[w] = true
		}
	}
	if len(out) == 0 {
		return nil, errors.New(path + ": no lower-case words")
	}
	return out, nil
}

// lexiconLists are the lists, and their sections ("" for all), whose
// one-word entries the given-names list leaves out.
var lexiconLists = []struct{ file, section string }{
	{"honorifics.txt", ""},
	{"roles.txt", ""},
	{"organisations.txt", ""},
	{"places.txt", ""},
	{"months.txt", ""},
	{"ordinals.txt", ""},
	{"stopwords.txt", ""},
	{"function-words.txt", "en"},
	{"names.txt", "particles"},
	{"names.txt", "stop-caps"},
	{"names.txt", "headline-verbs"},
}

// lexiconWords returns the words the project's lexicon knows as something
// other than a given name: the one-word entries of lexiconLists (each word
// of a line that is all lower case, the lists' "words" sections) and the
// one-word forms of countries.txt.
func lexiconWords() map[string]bool {
	out := map[string]bool{}
	add := func(form string) {
		form = strings.ToLower(strings.TrimSpace(form))
		if isLetters(form) {
			out[form] = true
		}
	}
	for _, l := range lexiconLists {
		for sec, lines := range vocab.Sections(l.file) {
			if l.section != "" && sec != l.section {
				continue
			}
			for _, ln := range lines {
				if ln == strings.ToLower(ln) {
					for _, w := range strings.Fields(ln) {
						add(w)
					}
				} else if !strings.Contains(ln, " ") {
					add(ln)
				}
			}
		}
	}
	for _, c := range vocab.Countries() {
		add(c.Name)
		for _, forms := range [][]string{c.Other, c.Demonyms, c.Cities} {
			for _, form := range forms {
				add(form)
			}
		}
	}
	return out
}

// placeholders are what the registers write for a baby without a name
// ("Baby", "Infant", "Unknown", "Not Named"): no given names, whatever
// their counts.
var placeholders = map[string]bool{"baby": true, "infant": true, "unknown": true, "not": true, "unnamed": true, "none": true}

// selectNames applies the selection rule, returning the kept names sorted
// and how many the lexicon and the common words left out.
func selectNames(c config) (kept []string, lexicon, common int) {
	frequent := map[string]bool{}
	for _, s := range c.sources {
		for name, n := range s.counts {
			if float64(n)*1e6 >= c.perMillion*float64(s.total) {
				frequent[name] = true
			}
		}
		for name, g := range s.grades {
			if g >= s.min {
				frequent[name] = true
			}
		}
	}
	for name := range frequent {
		switch {
		case len(name) < 2 || placeholders[name]:
		case c.lexicon[name]:
			lexicon++
		case c.common[name]:
			common++
		default:
			kept = append(kept, name)
		}
	}
	slices.Sort(kept)
	return kept, lexicon, common
}

// render writes the list file: a header saying source, licence and rule,
// then the names, sorted and wrapped as the other word lists are.
func render(c config) []byte {
	kept, lex, common := selectNames(c)
	var b bytes.Buffer
	var lic []string
	for _, s := range c.sources {
		lic = append(lic, s.licence)
	}
	fmt.Fprintf(&b, `# Common given names, generated by internal/cmd/gennames; do not edit.
#
# Licence: %s.
# See README.md for the exact files. Sources:
`, strings.Join(lic, "; "))
	for _, s := range c.sources {
		if s.grades != nil {
			fmt.Fprintf(&b, `#
# %s/: %s
# %d rows; SHA-256 of the file:
# %s
`, s.name, s.about, s.rows, s.sum)
			continue
		}
		fmt.Fprintf(&b, `#
# %s/: %s
# %d files, %d babies; SHA-256 of the files in name order:
# %s
`, s.name, s.about, s.files, s.total, s.sum)
	}
	span := "all its years"
	if c.years != (yearRange{}) {
		span = fmt.Sprintf("the births of %s", c.years)
	}
	fmt.Fprintf(&b, `#
# Rule: a name given to at least %g of every million babies a source
# counts over %s, both sexes together,%s
# folded to lower case and without accents, two letters or more, no
# placeholder for a baby without a name ("Baby", "Unknown"); left out when
# the project's lexicon knows it as another word (an office, honorific,
# body, place, month, function word or a state's name, demonym or city;
# %d names)`, c.perMillion, span, gradedRules(c.sources), lex)
	if c.common != nil {
		fmt.Fprintf(&b, `
# or when the English word list %s holds it in lower case,
# as a common word ("will", "grace"; %d names)`, c.wordsName, common)
	}
	fmt.Fprintf(&b, `.
# %d names. Words.
`, len(kept))
	line := ""
	for _, n := range kept {
		if line != "" && len(line)+1+len(n) > 78 {
			b.WriteString(line + "\n")
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += n
	}
	if line != "" {
		b.WriteString(line + "\n")
	}
	return b.Bytes()
}

// gradedRules says, for the header, the rule of each graded source read.
func gradedRules(sources []*source) string {
	var b strings.Builder
	for _, s := range sources {
		if s.grades != nil {
			b.WriteString("\n# " + fmt.Sprintf(s.rule, s.min))
		}
	}
	return b.String()
}
