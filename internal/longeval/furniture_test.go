package longeval

import (
	"strings"
	"testing"

	"github.com/brief-dev/brief/summarize"
)

// TestFurniture counts the lines of the long-document sets that the
// document reader keeps out of the sentences as captions, table rows and
// footnotes (logged with an example each, to read), and checks that it
// takes no line of the CRS reports' own Summary pages for one: those are
// prose from end to end, so every one of their sentences must stay a
// sentence.
func TestFurniture(t *testing.T) {
	furniture := []summarize.BlockKind{summarize.Caption, summarize.Table, summarize.Footnote}
	for _, set := range []string{"crs", "billsum", "qmsum", "ectsum"} {
		rows := readSet(t, set)
		count, lines := map[summarize.BlockKind]int{}, map[summarize.BlockKind]int{}
		example := map[summarize.BlockKind][]string{}
		for i := range rows {
			d, err := summarize.Parse([]byte(rows[i].Text), summarize.ReadOptions{})
			if err != nil {
				t.Fatalf("%s: %v", rows[i].ID, err)
			}
			for _, b := range d.Blocks {
				count[b.Kind]++
				lines[b.Kind] += strings.Count(rows[i].Text[b.Start:b.End], "\n") + 1
				if len(example[b.Kind]) < 3 {
					example[b.Kind] = append(example[b.Kind], rows[i].ID+": "+shorten(b.Text))
				}
			}
		}
		for _, k := range furniture {
			t.Logf("%s: %d %s blocks (%d lines) %q", set, count[k], k, lines[k], example[k])
		}
		if set != "crs" {
			continue
		}
		for i := range rows {
			ref := strings.ReplaceAll(rows[i].Reference, "\n", "\n\n")
			d, err := summarize.Parse([]byte(ref), summarize.ReadOptions{})
			if err != nil {
				t.Fatalf("%s reference: %v", rows[i].ID, err)
			}
			for _, b := range d.Blocks {
				for _, k := range furniture {
					if b.Kind == k {
						t.Errorf("%s: a line of the Summary page read as %s: %q", rows[i].ID, k, b.Text)
					}
				}
			}
		}
	}
}

func shorten(s string) string {
	if len(s) > 90 {
		return s[:90] + "…"
	}
	return s
}
