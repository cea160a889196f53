package batch

import (
	"reflect"
	"testing"
)

// TestValidManifestChecksEveryString guards validManifest's hand-written
// list of fields: a manifest whose exported string (or []string) field,
// at the top or in an entry, holds invalid UTF-8 must be refused, so a
// field added to manifest or Entry without adding it there fails here.
func TestValidManifestChecksEveryString(t *testing.T) {
	const bad = "\xff"
	base := func() *manifest {
		return &manifest{Schema: 1, Generator: "brief", Shards: 1, Format: "md",
			Entries: []Entry{{Source: "a.txt", Note: "a.md"}}}
	}
	if !validManifest(base()) {
		t.Fatal("the valid base manifest is refused")
	}
	spoil := func(v reflect.Value, i int) bool {
		f := v.Field(i)
		switch {
		case !v.Type().Field(i).IsExported():
			return false
		case f.Kind() == reflect.String:
			f.SetString(bad)
		case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String:
			f.Set(reflect.ValueOf([]string{"ok", bad}))
		default:
			return false
		}
		return true
	}
	for i := range reflect.TypeOf(manifest{}).NumField() {
		m := base()
		v := reflect.ValueOf(m).Elem()
		if spoil(v, i) && validManifest(m) {
			t.Errorf("manifest.%s with invalid UTF-8 passes validManifest", v.Type().Field(i).Name)
		}
	}
	for i := range reflect.TypeOf(Entry{}).NumField() {
		m := base()
		v := reflect.ValueOf(&m.Entries[0]).Elem()
		if spoil(v, i) && validManifest(m) {
			t.Errorf("Entry.%s with invalid UTF-8 passes validManifest", v.Type().Field(i).Name)
		}
	}
}
