package briefing

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// venueTexts are texts that hold venues and near misses: "in" and "at"
// inside words, after non-ASCII letters, at the start and the end, before
// too many capitalised words, and the sample and corpus documents.
var venueTexts = []string{
	"", "in", "at", "in ", "in X", "at the Hague", "The talks in Geneva at the Palais des Nations ended.",
	"Within Paris", "sat in Rome", "éin Rome", "_in Rome", "9at Rome", "in the\tWhite House of Commons Hall of Fame Extra Words",
	"Meeting held in St. Louis, Missouri and at O’Hare in New Delhi.", "in in in Rome", "atat Rome at Rome",
	"in Nice, France", "in Rome-in Paris", "at Zed.at Home", "in  \n Berlin", "inat Lisbon", "at the the Hague", "in Île-de-France", "in Über City",
}

func checkVenues(t *testing.T, text string) {
	t.Helper()
	got, want := venues(text), venueRE.FindAllStringSubmatchIndex(text, -1)
	if len(got) != 0 || len(want) != 0 {
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("venues(%q) = %v, venueRE finds %v", text, got, want)
		}
	}
}

// TestVenues checks venues against the expression it stands for.
func TestVenues(t *testing.T) {
	for _, text := range venueTexts {
		checkVenues(t, text)
	}
	for _, text := range corpusTexts(t, true) {
		checkVenues(t, text)
		for _, line := range strings.Split(text, "\n") {
			checkVenues(t, line)
		}
	}
}

// corpusTexts returns the texts of the corpus documents in the
// repository, and the samples' with withSamples: the pre-checks' tests run
// them through both the pre-check and the expression it stands for.
func corpusTexts(t *testing.T, withSamples bool) []string {
	t.Helper()
	files, _ := filepath.Glob("../testdata/corpus/*/*.txt")
	if withSamples {
		samples, _ := filepath.Glob("../samples/*.txt")
		files = append(files, samples...)
	}
	if len(files) == 0 {
		t.Fatal("no corpus texts")
	}
	texts := make([]string, 0, len(files))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	return texts
}

// datelineTexts open as datelines do and as they nearly do.
var datelineTexts = []string{
	"", "/", "(", "A", "AB", "A,", "A ", "A\t-", "A.", "A'", "A-", "Ab", "É", "ÉA", "AÉ", "A\u00a0", "a/",
	"PLEASANTON, CA, April 17, 2024 /24-7PressRelease/ -- The firm", "ABU DHABI, (UrduPoint / WAM - 18th Dec, 2020) The",
	"NEW YORK - ([NewMediaWire](https://x.y)) - The", "/PRNewswire/ -- The", "(Reuters) - The", "The talks / (Reuters) -",
	"N\u2009- (Reuters) - x", "A\t- (Reuters) x", "É\n— (Wire) - x",
}

// TestDatelineGate checks that mayOpenDateline turns away no text that
// datelineRE matches.
func TestDatelineGate(t *testing.T) {
	matched := 0
	for _, text := range datelineTexts {
		checkDatelineGate(t, text)
		if datelineRE.MatchString(text) {
			matched++
		}
	}
	if matched < 4 {
		t.Fatalf("%d of the made-up datelines match: the test checks too little", matched)
	}
	for _, text := range corpusTexts(t, true) {
		for _, line := range strings.Split(text, "\n") {
			checkDatelineGate(t, line)
			if datelineRE.MatchString(line) {
				matched++
			}
		}
	}
}

func checkDatelineGate(t *testing.T, text string) {
	t.Helper()
	if !mayOpenDateline(text) && datelineRE.MatchString(text) {
		t.Fatalf("mayOpenDateline(%q) is false, but datelineRE matches it", text)
	}
}

func FuzzDatelineGate(f *testing.F) {
	for _, text := range datelineTexts {
		f.Add(text)
	}
	f.Fuzz(checkDatelineGate)
}

func FuzzVenues(f *testing.F) {
	for _, text := range venueTexts {
		f.Add(text)
	}
	f.Fuzz(checkVenues)
}
