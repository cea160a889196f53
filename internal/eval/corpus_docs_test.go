package eval

import (
	"os"
	"path/filepath"
	"testing"
)

func TestPublisherOf(t *testing.T) {
	dev := GoldDoc{}
	dev.Source.Publisher = "The White House"
	for _, tc := range []struct {
		dir  string
		g    GoldDoc
		want string
	}{
		{"testdata/corpus/india-pib", GoldDoc{}, "pib"},
		{"testdata/corpus/us-white-house", GoldDoc{}, "whitehouse"},
		{"testdata/corpus/nato", GoldDoc{}, "nato"},
		{"testdata/corpus/taiwan-mofa", GoldDoc{}, "taiwan-mofa"},
		{"testdata/corpus/taiwan-president-office", GoldDoc{}, "taiwan-president-office"},
		{"testdata/corpus/csumb-news", GoldDoc{}, "csumb-news"},
		{"testdata/corpus/g7-leaders", GoldDoc{}, "g7-leaders"},
		{"testdata/corpus/usun", GoldDoc{}, "usun"},
		{"testdata/corpus/us-embassies", GoldDoc{}, "us-embassies"},
		{"testdata/corpus/pakistan-embassy-us", GoldDoc{}, "pakistan-embassy-us"},
		{"testdata/corpus/commonwealth-secretariat", GoldDoc{}, "commonwealth-secretariat"},
		{"testdata/corpus/pacific-islands-forum", GoldDoc{}, "pacific-islands-forum"},
		{"testdata/corpus/us-house-foreign-affairs", GoldDoc{}, "us-house-foreign-affairs"},
		{"testdata/corpus/ustp-news", GoldDoc{}, "ustp-news"},
		{"testdata/corpus/oas", GoldDoc{}, "oas"},
		{"testdata/corpus/ecowas-commission", GoldDoc{}, "ecowas-commission"},
		{"testdata/corpus/sadc", GoldDoc{}, "sadc"},
		{"testdata/corpus/imf", GoldDoc{}, "imf"},
		{"testdata/corpus/hungary-mfat", GoldDoc{}, "hungary-mfat"},
		{"testdata/corpus/serbia-mfa", GoldDoc{}, "serbia-mfa"},
		{"../shared/eval/briefing/dev", dev, "whitehouse"},
		{"../shared/eval/briefing/dev", GoldDoc{}, "dev"},
	} {
		if got := PublisherOf(tc.dir, tc.g); got != tc.want {
			t.Errorf("PublisherOf(%q) = %q, want %q", tc.dir, got, tc.want)
		}
	}
}

// TestPublisherOfCorpusFolders checks that no two publisher folders of the
// corpus count as one publisher in a leave-one-publisher-out evaluation
// (two offices of one government are two publishers).
func TestPublisherOfCorpusFolders(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(corpusDir, "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no corpus folders in %s: %v", corpusDir, err)
	}
	seen := map[string]string{}
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() || filepath.Base(dir) == "agreement" {
			continue // files, and second annotations of documents counted in their folders
		}
		pub := PublisherOf(dir, GoldDoc{})
		if other, ok := seen[pub]; ok {
			t.Errorf("folders %s and %s are both publisher %q", other, filepath.Base(dir), pub)
		}
		seen[pub] = filepath.Base(dir)
	}
}

func TestLoadAnnotatedCountsOnce(t *testing.T) {
	docs, _, err := LoadAnnotated(whiteHouseDir+","+whiteHouseDir, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 27 {
		t.Errorf("%d documents from the White House set read twice, want 27", len(docs))
	}
	if pubs := Publishers(docs, func(d *AnnotatedDoc) string { return d.Publisher }); len(pubs) != 1 || pubs[0] != "whitehouse" {
		t.Errorf("publishers %v", pubs)
	}
}
