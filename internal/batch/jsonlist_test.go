package batch

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"
)

// TestIndentedWithListMatchesEncoder holds the manifest and index.json
// written item by item equal to what json.Encoder writes of the whole.
func TestIndentedWithListMatchesEncoder(t *testing.T) {
	tricky := []string{"", "plain", "a<b>&c", "quote \" and \\ back", "line\nbreak\ttab", "\u2028sep\u2029", "bad \xff\xfe utf-8", "ünïcödé “curly”", "[]", "\n  \"entries\": []"}
	var entries []Entry
	for i, s := range tricky {
		e := Entry{Source: "in/" + s, Note: s + ".md", Format: "text", Title: s, Date: "2026-01-0" + string(rune('1'+i%9)),
			BLUF: s, Outcomes: i, SHA256: "ab", Options: s}
		if i%2 == 0 {
			e.Parties = []string{s, "NATO"}
		}
		if i%3 == 0 {
			e.Warnings = []string{s}
		}
		if i%4 == 1 {
			e.Error = "failed: " + s
		}
		entries = append(entries, e)
	}
	encode := func(v any) []byte {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	for _, n := range []int{0, 1, 2, len(entries)} {
		items := entries[:n]
		m := manifest{Schema: 1, Generator: "brief test", Shards: 1, Written: time.Date(2026, 12, 7, 5, 0, 0, 0, time.UTC),
			Format: "md", Unsupported: []string{"x.bin", "\n  \"entries\": []"}, Entries: items}
		if n == 0 {
			m.Entries = []Entry{}
		}
		want := encode(&m)
		head := m
		head.Entries = []Entry{}
		var got bytes.Buffer
		if err := writeIndentedWithList(&got, &head, "entries", items); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Fatalf("manifest of %d entries:\n%s\nwant\n%s", n, got.Bytes(), want)
		}

		idx := &mergedIndex{Documents: items, Failures: []Entry{{Source: "f", Error: "bad"}}, Missing: []string{"1/2"}}
		if n == 0 {
			idx.Documents = nil
		}
		f := indexFile{Schema: manifestSchema, Generator: "g", Documents: idx.Documents, Failures: []indexFailure{{"f", "bad"}},
			Unsupported: []string{}, MissingShards: idx.Missing}
		if f.Documents == nil {
			f.Documents = []Entry{}
		}
		want = encode(&f)
		got.Reset()
		if err := idx.writeJSON(&got, "g"); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Fatalf("index of %d documents:\n%s\nwant\n%s", n, got.Bytes(), want)
		}
	}
}
