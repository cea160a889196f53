package batch

// prune.go removes, on a re-run, the notes of inputs that have been
// deleted since an earlier run wrote them, so that OUTDIR holds what the
// index lists and nothing stale.

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// pruneDeleted removes from root the notes the manifests record (cache)
// for inputs that lie under one of this run's arguments but are gone from
// disk, and returns how many it removed. It leaves alone the notes of
// inputs outside the arguments (an earlier run over another folder), of
// inputs that still exist (walked by another shard, or not walked without
// -r), and any note path an input of this run is named to write.
func pruneDeleted(root *os.Root, cache map[string]Entry, args []string, inputs []*input) (int, error) {
	current := map[string]bool{}
	taken := map[string]bool{}
	for _, in := range inputs {
		current[in.name] = true
		taken[in.note] = true
	}
	removed := 0
	for source, e := range cache {
		if current[source] || !isNotePath(e.Note) || taken[e.Note] || !underAny(source, args) {
			continue
		}
		if _, err := os.Lstat(source); !errors.Is(err, fs.ErrNotExist) {
			continue
		}
		switch err := root.Remove(filepath.FromSlash(e.Note)); {
		case err == nil:
			removed++
		case !errors.Is(err, fs.ErrNotExist): // another shard may have removed it
			return removed, err
		}
	}
	return removed, nil
}

// underAny reports whether the input name (slash-separated, as findInputs
// names it) is one of the arguments or lies under one.
func underAny(name string, args []string) bool {
	for _, a := range args {
		a = filepath.ToSlash(filepath.Clean(a)) // as findInputs names them
		if name == a || a == "." && !strings.HasPrefix(name, "../") && !path.IsAbs(name) || strings.HasPrefix(name, a+"/") {
			return true
		}
	}
	return false
}

// isNotePath reports whether a note path from a manifest is one brief
// could have written: a note's extension, and neither the index nor the
// state directory (a manifest edited by hand must not make brief remove
// anything else; os.Root keeps it inside OUTDIR).
func isNotePath(note string) bool {
	switch path.Ext(note) {
	case ".md", ".pdf", ".json":
	default:
		return false
	}
	return filepath.IsLocal(note) && note != indexMarkdown && note != indexJSON &&
		!strings.HasPrefix(note, stateDir+"/")
}

// insideAny reports whether the directory dir lies inside one of the
// input directories args (after following links): then the files around
// its notes are the user's documents, which --overwrite must not reach.
func insideAny(dir string, args []string) bool {
	real := func(p string) string {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			p = r
		}
		a, _ := filepath.Abs(p)
		return a
	}
	d := real(dir)
	for _, a := range args {
		if r := real(a); d == r || strings.HasPrefix(d, r+string(filepath.Separator)) {
			return true
		}
	}
	return false
}
