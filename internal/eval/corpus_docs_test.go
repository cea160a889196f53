package eval

import "testing"

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
		{"../shared/eval/briefing/dev", dev, "whitehouse"},
		{"../shared/eval/briefing/dev", GoldDoc{}, "dev"},
	} {
		if got := PublisherOf(tc.dir, tc.g); got != tc.want {
			t.Errorf("PublisherOf(%q) = %q, want %q", tc.dir, got, tc.want)
		}
	}
}

func TestLoadAnnotatedCountsOnce(t *testing.T) {
	docs, err := LoadAnnotated(whiteHouseDir+","+whiteHouseDir, "")
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
