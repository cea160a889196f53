package eval

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/brief-dev/brief/summarize"
)

// AnnotatedDoc is one annotated document read and summarised as brief
// note does, for the trainers that fit briefing's models on the gold sets.
type AnnotatedDoc struct {
	Gold      GoldDoc
	Publisher string // who published it: leave-one-publisher-out holds these out together
	Set       string // the name of the gold folder it was read from
	Doc       *summarize.Document
	Summary   *summarize.Summary
}

// AnnotatedSets are the gold folders the trainers of briefing's models read
// by default, relative to briefing/, where go generate runs them: the dev
// set beside the repository, the White House releases and every corpus
// publisher.
const AnnotatedSets = "../../shared/eval/briefing/dev,../testdata/whitehouse,../testdata/corpus/*"

// TextsUsage describes the flag that passes LoadAnnotated's texts.
const TextsUsage = "a folder of rebuilt texts, one sub-folder per corpus folder, for annotations whose text is not beside them"

// LoadAnnotated reads every gold folder that the comma-separated globs of
// sets name, and the text of each annotation: beside it, or else, when
// texts is not "", in texts/<folder>/ID.txt (the texts that
// testdata/corpus/rebuild-texts.sh rebuilds out of the repository).
// Annotations without a text are skipped and counted (without, so that a
// trainer can say how much of the corpus it did not see), a document met
// in two folders counts once, and the folder "agreement" (second
// annotations of documents counted elsewhere) is passed over.
func LoadAnnotated(sets, texts string) (docs []*AnnotatedDoc, without int, err error) {
	seen := map[string]bool{}
	for _, pat := range strings.Split(sets, ",") {
		dirs, err := filepath.Glob(pat)
		if err != nil {
			return nil, 0, err
		}
		for _, dir := range dirs {
			if st, err := os.Stat(dir); err != nil || !st.IsDir() || filepath.Base(dir) == "agreement" {
				continue
			}
			fsys := os.DirFS(dir)
			gold, err := ReadGold(fsys)
			if err != nil {
				return nil, 0, fmt.Errorf("%s: %w", dir, err)
			}
			for _, g := range gold {
				pub := PublisherOf(dir, g)
				if seen[pub+"/"+g.ID] {
					continue
				}
				text, err := fs.ReadFile(fsys, g.ID+".txt")
				if err != nil && texts != "" {
					text, err = os.ReadFile(filepath.Join(texts, filepath.Base(dir), g.ID+".txt"))
				}
				if err != nil {
					without++ // the text is kept out of the repository
					continue
				}
				seen[pub+"/"+g.ID] = true
				d, err := summarize.Load(g.ID+".txt", text, summarize.ReadOptions{})
				if err != nil {
					return nil, 0, fmt.Errorf("%s/%s.txt: %w", dir, g.ID, err)
				}
				sum, err := summarize.Extract(d, summarize.Options{})
				if err != nil {
					return nil, 0, err
				}
				docs = append(docs, &AnnotatedDoc{Gold: g, Publisher: pub, Set: filepath.Base(dir), Doc: d, Summary: sum})
			}
		}
	}
	if len(docs) == 0 {
		return nil, without, fmt.Errorf("no annotated documents in %s", sets)
	}
	return docs, without, nil
}

// SkippedNote is what a trainer adds to its count of documents when it
// skipped annotations whose text it could not read: a model fitted
// without them is not the one fitted on the whole corpus.
func SkippedNote(without int) string {
	if without == 0 {
		return ""
	}
	return fmt.Sprintf(" (%d annotated documents skipped: their texts are not in the repository and not under -texts)", without)
}

// PublisherOf names the publisher a document of gold folder dir counts
// under: the folder's name for testdata/corpus and testdata/whitehouse,
// the source's publisher for the dev set, so that one publisher's
// documents in several sets are one.
func PublisherOf(dir string, g GoldDoc) string {
	name := filepath.Base(dir)
	if slug, ok := samePublisher[name]; ok {
		return slug
	}
	if name != "dev" {
		return name
	}
	for _, kv := range devPublishers {
		if strings.Contains(g.Source.Publisher, kv[0]) {
			return kv[1]
		}
	}
	return "dev"
}

// devPublishers map the dev set's publishers to the folders of theirs.
var devPublishers = [][2]string{
	{"White House", "whitehouse"}, {"European Parliament", "european-parliament"},
	{"United Nations", "united-nations-press"}, {"Sri Lanka", "lk-pmd"}, {"Press Information Bureau", "pib"},
}

// samePublisher names folders that hold one publisher under another name.
var samePublisher = map[string]string{
	"us-white-house": "whitehouse", "lk-presidential-media-division": "lk-pmd", "pmd": "lk-pmd",
	"india-pib": "pib", "cab": "lk-cabinet-decisions", "pkmofa": "pakistan-mofa",
}

// Publishers lists the distinct publishers of docs, sorted; publisher
// names a document's (the trainers keep their own document types).
func Publishers[D any](docs []D, publisher func(D) string) []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range docs {
		if p := publisher(d); !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}
