package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/internal/eval"
	"github.com/brief-dev/brief/summarize"
)

// doc is one annotated document, read and summarised once.
type doc struct {
	gold      eval.GoldDoc
	publisher string
	set       string // the gold folder's name
	d         *summarize.Document
	sum       *summarize.Summary
	cands     []briefing.OrgCandidate
	labels    []float64 // of cands: 1, 0, or -1 (left out)
	pcands    []briefing.PersonCandidate
	plabels   []float64 // of pcands: 1 or 0
}

// load reads every gold folder of sets and the text of each annotation:
// beside it, or else in texts/<folder>/ID.txt (texts rebuilt out of the
// repository by testdata/corpus/rebuild-texts.sh); annotations without a
// text are skipped. The layout and the publisher names are
// internal/cmd/trainoutcomes', so the two trainers hold out the same
// publishers.
func load(sets, texts string) ([]*doc, error) {
	var docs []*doc
	for _, pat := range strings.Split(sets, ",") {
		dirs, err := filepath.Glob(pat)
		if err != nil {
			return nil, err
		}
		for _, dir := range dirs {
			if st, err := os.Stat(dir); err != nil || !st.IsDir() {
				continue
			}
			if filepath.Base(dir) == "agreement" {
				continue // second annotations of documents already counted
			}
			fsys := os.DirFS(dir)
			gold, err := eval.ReadGold(fsys)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", dir, err)
			}
			for _, g := range gold {
				text, err := fs.ReadFile(fsys, g.ID+".txt")
				if err != nil && texts != "" {
					text, err = os.ReadFile(filepath.Join(texts, filepath.Base(dir), g.ID+".txt"))
				}
				if err != nil {
					continue // the text is kept out of the repository
				}
				d, err := summarize.Load(g.ID+".txt", text, summarize.ReadOptions{})
				if err != nil {
					return nil, fmt.Errorf("%s/%s.txt: %w", dir, g.ID, err)
				}
				sum, err := summarize.Extract(d, summarize.Options{})
				if err != nil {
					return nil, err
				}
				docs = append(docs, &doc{gold: g, publisher: publisherOf(dir, g), set: filepath.Base(dir), d: d, sum: sum})
			}
		}
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("no annotated documents in %s", sets)
	}
	return docs, nil
}

// publisherOf names the publisher a document counts under: the folder of
// testdata/corpus and testdata/whitehouse, the source's publisher for the
// dev set, so that one publisher's documents in several sets are one.
func publisherOf(dir string, g eval.GoldDoc) string {
	name := filepath.Base(dir)
	if slug, ok := samePublisher[name]; ok {
		return slug
	}
	if name != "dev" {
		return name
	}
	p := g.Source.Publisher
	for _, kv := range devPublishers {
		if strings.Contains(p, kv[0]) {
			return kv[1]
		}
	}
	return "dev"
}

// devPublishers map the dev set's source publishers to corpus folders.
var devPublishers = [][2]string{
	{"White House", "whitehouse"}, {"European Parliament", "european-parliament"},
	{"United Nations", "united-nations-press"}, {"Sri Lanka", "lk-pmd"}, {"Press Information Bureau", "pib"},
}

// samePublisher names folders that hold one publisher under another name.
var samePublisher = map[string]string{
	"us-white-house": "whitehouse", "lk-presidential-media-division": "lk-pmd", "pmd": "lk-pmd",
	"india-pib": "pib", "cab": "lk-cabinet-decisions", "pkmofa": "pakistan-mofa",
}

func publishers(docs []*doc) []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range docs {
		if !seen[d.publisher] {
			seen[d.publisher] = true
			out = append(out, d.publisher)
		}
	}
	sort.Strings(out)
	return out
}
