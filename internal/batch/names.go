package batch

// names.go gives every input the path of its note under OUTDIR.

import (
	"path"
	"strconv"
	"strings"
)

// nameNotes gives every input the path of its note under OUTDIR: its path
// with the extension of the format (sub/a.txt → sub/a.md). Inputs that
// would share a note (a.txt and a.md; A.txt and a.txt, which are one file
// on a case-insensitive disk) all keep their own extension in the name
// (a.txt.md, a.md.md), numbered if that is still not enough (a.txt~2.md).
// The index files at the top of OUTDIR are never taken. inputs must be
// sorted: then every run, and every shard of a run, names alike.
func nameNotes(inputs []*input, ext string) {
	key := strings.ToLower
	proposed := make([]string, len(inputs))
	count := map[string]int{key(indexMarkdown): 1, key(indexJSON): 1}
	dirs := map[string]bool{}
	for i, in := range inputs {
		proposed[i] = strings.TrimSuffix(in.rel, path.Ext(in.rel)) + ext
		count[key(proposed[i])]++
		for d := path.Dir(proposed[i]); d != "."; d = path.Dir(d) {
			dirs[key(d)] = true
		}
	}
	taken := map[string]bool{key(indexMarkdown): true, key(indexJSON): true}
	for k := range dirs {
		taken[k] = true
	}
	var clashing []int
	for i, p := range proposed {
		if count[key(p)] == 1 && !dirs[key(p)] {
			inputs[i].note = p
			taken[key(p)] = true
		} else {
			clashing = append(clashing, i)
		}
	}
	for _, i := range clashing {
		rel := inputs[i].rel
		name := rel + ext
		for n := 2; taken[key(name)]; n++ {
			name = rel + "~" + strconv.Itoa(n) + ext
		}
		inputs[i].note = name
		taken[key(name)] = true
	}
}
