package batch

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// TestManifestsAfterSave holds the manifests a run's end indexes from
// equal to those loadManifests reads back after the save: other shards'
// manifests older, newer (a clock set back) and as old as the saved one,
// the saved one replacing an older manifest.json, and strings that JSON
// escapes.
func TestManifestsAfterSave(t *testing.T) {
	at := time.Date(2026, 12, 7, 8, 0, 0, 123456789, time.UTC)
	entry := func(src string) Entry {
		return Entry{Source: src, Note: src + ".md", Format: "text", Title: "<b>\"A\" & B\u2028\x00\n",
			Date: "2026-12-07", BLUF: "Café ✓", Outcomes: 2, Parties: []string{"NATO", "Ann Lee"},
			Warnings: []string{"lost\ta table"}, SHA256: "ab", Options: "cd"}
	}
	for _, tc := range []struct {
		name  string
		saved time.Time
		olds  []time.Time // Written of manifest.json (first), then of shards 0 and 1 of 2
	}{
		{"fresh", at, nil},
		{"replaces", at, []time.Time{at.Add(-time.Hour)}},
		{"shards older", at, []time.Time{at.Add(-time.Hour), at.Add(-2 * time.Hour), at.Add(-time.Minute)}},
		{"shard newer", at, []time.Time{at.Add(-time.Hour), at.Add(time.Hour), at.Add(-time.Minute)}},
		{"ties", at, []time.Time{at, at, at}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root, err := os.OpenRoot(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			defer root.Close()
			if err := root.Mkdir(stateDir, 0o755); err != nil {
				t.Fatal(err)
			}
			for i, w := range tc.olds {
				m := &manifest{Shard: i - 1, Shards: 2, Written: w, Format: "md", Entries: []Entry{entry("old")}}
				if i == 0 {
					m.Shard, m.Shards = 0, 1
				}
				if err := saveManifest(root, m, "brief old"); err != nil {
					t.Fatal(err)
				}
			}
			ms, err := loadManifests(root)
			if err != nil || len(ms) != len(tc.olds) {
				t.Fatalf("loaded %d manifests, err %v; want %d", len(ms), err, len(tc.olds))
			}
			saved := &manifest{Shards: 1, Written: tc.saved, Format: "md", Unsupported: []string{"a.bin"},
				Entries: []Entry{entry("a"), entry("b"), {Source: "c", Error: "failed <here>"}}}
			if err := saveManifest(root, saved, "brief test"); err != nil {
				t.Fatal(err)
			}
			want, err := loadManifests(root)
			if err != nil {
				t.Fatal(err)
			}
			got := manifestsAfterSave(ms, saved)
			if len(got) != len(want) {
				t.Fatalf("%d manifests, want %d", len(got), len(want))
			}
			for i := range want {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Errorf("manifest %d:\n got %+v\nwant %+v", i, got[i], want[i])
				}
			}
		})
	}
	bad := &manifest{Shards: 1, Written: at, Entries: []Entry{entry("a"), entry("b\xff")}}
	if got := manifestsAfterSave(nil, bad); got != nil {
		t.Errorf("a manifest with invalid UTF-8: %d manifests, want nil (read them back)", len(got))
	}
	bad = &manifest{Shards: 1, Written: at, Unsupported: []string{"x\xc3.bin"}}
	if got := manifestsAfterSave(nil, bad); got != nil {
		t.Errorf("an unsupported name with invalid UTF-8: %d manifests, want nil", len(got))
	}
}

// TestRunIndexSameAsIndexCommand: the index files a run writes from the
// manifests in memory are those "brief index" writes from the files, over
// runs that add, keep and replace entries, with a file name that is not
// UTF-8 (which goes the reading way) and without.
func TestRunIndexSameAsIndexCommand(t *testing.T) {
	for _, odd := range []bool{false, true} {
		dir := t.TempDir()
		files := map[string]string{"in/a.txt": "<Alpha> & \"co\"\u2028\nbody", "in/b.txt": "Beta\n",
			"in/fail.txt": "x", "in/skip.bin": "x", "other/c.txt": "Gamma\n"}
		if odd {
			files["in/d\xff.txt"] = "Delta\n"
		}
		writeFiles(t, dir, files)
		for _, cfg := range []Config{
			{Inputs: []string{"other"}, OutDir: "out"},
			{Inputs: []string{"in"}, OutDir: "out"},
			{Inputs: []string{"in"}, OutDir: "out", Force: true},
		} {
			if _, _, err := runIn(t, dir, cfg, nil); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "out")
			var ran [2][]byte
			var err error
			for i, name := range []string{indexMarkdown, indexJSON} {
				if ran[i], err = os.ReadFile(filepath.Join(out, name)); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := WriteIndex(context.Background(), out, IndexOptions{Generator: "brief test"}); err != nil {
				t.Fatal(err)
			}
			for i, name := range []string{indexMarkdown, indexJSON} {
				again, err := os.ReadFile(filepath.Join(out, name))
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(ran[i], again) {
					t.Errorf("odd name %v, inputs %v: %s differs from the index command's:\n%s\nwant\n%s", odd, cfg.Inputs, name, ran[i], again)
				}
			}
		}
	}
}
