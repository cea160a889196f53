package main

import (
	"bufio"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/brief-dev/brief/internal/golden"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGenerate: the list written from small sources in the formats of the
// SSA and Ontario files is the one in the archive, with and without the
// common-words filter.
func TestGenerate(t *testing.T) {
	path := filepath.Join("testdata", "gennames.txtar")
	ar := golden.Read(t, path)
	dir := t.TempDir()
	golden.WriteDir(t, ar, dir, "want")
	cfg := config{perMillion: 100000, lexicon: lexiconWords()}
	var err error
	if cfg.sources, err = readSources(filepath.Join(dir, "src"), yearRange{}, nil); err != nil {
		t.Fatal(err)
	}
	if len(cfg.sources) != 2 || cfg.sources[0].files != 2 || cfg.sources[0].total != 10000 || cfg.sources[1].total != 1000 {
		t.Errorf("read %d sources, want ssa (2 files, 10000 babies) and ontario (1000 babies)", len(cfg.sources))
	}
	golden.Check(t, path, ar, "want", render(cfg), *update)
	cfg.wordsName = "words.txt"
	if cfg.common, err = readCommonWords(filepath.Join(dir, "words.txt")); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, path, ar, "want-words", render(cfg), *update)
}

// TestGenerateGraded: the list written from small sources in the formats
// of the graded tables (world/, namdict/) and one SSA file is the one in
// the archive.
func TestGenerateGraded(t *testing.T) {
	path := filepath.Join("testdata", "gennames-graded.txtar")
	ar := golden.Read(t, path)
	dir := t.TempDir()
	golden.WriteDir(t, ar, dir, "want")
	cfg := config{perMillion: 100000, lexicon: lexiconWords()}
	var err error
	if cfg.sources, err = readSources(filepath.Join(dir, "src"), yearRange{}, map[string]int{"world": 2, "namdict": -6}); err != nil {
		t.Fatal(err)
	}
	if len(cfg.sources) != 3 || cfg.sources[1].rows != 11 || cfg.sources[2].rows != 10 {
		t.Errorf("read %d sources, want ssa, world (11 rows) and namdict (10 rows)", len(cfg.sources))
	}
	golden.Check(t, path, ar, "want", render(cfg), *update)
}

// TestBadSource: a folder without source files and a malformed line are
// errors, not an empty or partial list.
func TestBadSource(t *testing.T) {
	dir := t.TempDir()
	if _, err := readSources(dir, yearRange{}, nil); err == nil {
		t.Error("a folder without source files read without error")
	}
	ssa := sourceKinds[0].parse
	for _, bad := range []string{"Mary,F\n", "Mary,F,many\n", "Mary,F,-3\n", "Mary,F,3,4\n"} {
		if _, err := addCounts(map[string]int{}, strings.NewReader(bad), 0, ssa, 1990, yearRange{}); err == nil {
			t.Errorf("addCounts(%q) = nil, want an error", bad)
		}
	}
	for _, bad := range []string{
		"",                        // no header
		"name;gender;A\nAl;M\n",   // a field short
		"name;gender;A\nAl;M;x\n", // no frequency class
		"Name,Sex\n",              // not the header
	} {
		if _, _, err := gradeNamDict([]byte(bad)); err == nil {
			t.Errorf("gradeNamDict(%q) = nil, want an error", bad)
		}
	}
	for _, bad := range []string{"", "a,b,c\n", "1,2,3,4,5,6,7,8,9,10,11,12\nXA,1,,,,2020,N,1,N-XA-1-M-1,M,Ivo\n"} {
		if _, _, err := gradeWorld([]byte(bad)); err == nil {
			t.Errorf("gradeWorld(%q) = nil, want an error", bad)
		}
	}
	if _, err := readCommonWords(filepath.Join(dir, "none.txt")); err == nil {
		t.Error("a missing word list read without error")
	}
}

// TestCommittedList: the committed list still obeys the rule's lexicon
// filter, so a word added to the lexicon since it was generated (a new
// state, office or city) says to run go generate again; and it holds the
// common names every source year has.
func TestCommittedList(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "vocab", "lists", "given-names.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lex := lexiconWords()
	names := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		for _, w := range strings.Fields(sc.Text()) {
			if lex[w] {
				t.Errorf("given-names.txt holds %q, which the lexicon now knows as another word: run go generate in internal/vocab", w)
			}
			names[w] = true
		}
	}
	// The last ones come from the graded sources only (namdict/): a list
	// generated without them lacks them.
	for _, w := range []string{"mary", "john", "maria", "mohammed", "priya", "ahmed", "igor", "andrzej", "mevlut", "thorbjørn"} {
		if !names[w] {
			t.Errorf("given-names.txt lacks %q", w)
		}
	}
}

// FuzzAddCounts: no source line, however malformed, panics the reader of
// either format, and what it counts is a name of one word.
func FuzzAddCounts(f *testing.F) {
	f.Add("Mary,F,600\nJordan,M,800\n")
	f.Add("Ontario Top Baby Names,,\nYear,Name,Frequency\n1990,ZOË,150\n1990,JO ANNE,6\n")
	f.Add(",,\n-,-,-\n1,2,3,4\n")
	f.Fuzz(func(t *testing.T, data string) {
		for _, k := range sourceKinds {
			counts := map[string]int{}
			if _, err := addCounts(counts, strings.NewReader(data), k.header, k.parse, 1990, yearRange{1950, 2000}); err != nil {
				continue
			}
			for name := range counts {
				if !isName(name) {
					t.Errorf("%s: counted %q, no name of one word", k.dir, name)
				}
			}
		}
	})
}

// FuzzGrade: no table, however malformed, panics the readers of the
// graded sources, and what they grade is a name of one word.
func FuzzGrade(f *testing.F) {
	f.Add("name;gender;A;B\nRené;M;-6;\nAbdel+Aziz;M;;-2\n")
	f.Add("Country,Country Group,Region,Population,Note,Year,Romanization,Index,Name Group,Gender,Localized Name,Romanized Name\nXA,1,,,,2020,N,1,N-XA-1-M-1,M,Ivo,Ivo\n")
	f.Add("name;gender;\n;;\n")
	f.Fuzz(func(t *testing.T, data string) {
		for _, k := range rankedKinds {
			grades, _, err := k.grade([]byte(data))
			if err != nil {
				continue
			}
			for name := range grades {
				if !isName(name) {
					t.Errorf("%s: graded %q, no name of one word", k.dir, name)
				}
			}
		}
	})
}
