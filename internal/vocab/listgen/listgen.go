// Package listgen holds what the generators of package vocab's word lists
// (internal/cmd/gennames, genbodies, genlegislatures, genmedia,
// genregions, genror) share: their command line (-src, -out, the usage message),
// leaving the committed list as it is when go generate runs them on a
// machine without the list's sources, reading the sources, and writing the
// list; Run is all of it around the one step each generator has of its
// own.
package listgen

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/brief-dev/brief/internal/vocab"
)

// JSONArray decodes a source that is one JSON array into its elements; an
// array without any is an error naming what it should have held ("no
// records"), since a list generated from it would silently be empty.
func JSONArray[T any](data []byte, what string) ([]T, error) {
	var out []T
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no %s", what)
	}
	return out, nil
}

// A Generator is one list generator's command line.
type Generator struct {
	Name    string // the command's name, which prefixes its messages: "genbodies"
	Env     string // the environment variable go generate passes -src in
	SrcHelp string // what -src holds, for -help: "`DIR` holding …"
	Options string // the usage line's options after "-src DIR": "[-out FILE]"
}

// Parse defines -src and -out beside the flags the caller defined, parses
// the command line and returns them. ok is false when the committed list
// stays as it is (Kept); a command line without -src, or with arguments,
// gets the usage message and exit status 2.
func (g Generator) Parse() (src, out string, ok bool) {
	srcFlag := flag.String("src", "", g.SrcHelp)
	outFlag := flag.String("out", "", "write the list to `FILE` (default standard output)")
	flag.Parse()
	if Kept(g.Name, g.Env, *srcFlag, *outFlag, flag.NArg()) {
		return "", "", false // go generate ./... on a machine without the sources
	}
	if *srcFlag == "" || flag.NArg() > 0 {
		// go generate passes $ENV, empty when it is not set.
		fmt.Fprintf(os.Stderr, "usage: %s -src DIR %s\n(go generate: set %s to the folder of the source files; see internal/vocab/lists/README.md)\n",
			g.Name, g.Options, g.Env)
		os.Exit(2)
	}
	return *srcFlag, *outFlag, true
}

// Run is a generator's whole command: it parses the command line (Parse),
// reads the source files named (slash-separated, under -src), makes the
// list from their contents, in the same order, with build, and writes it
// (Write); an error ends the command with status 1 (Fail).
func (g Generator) Run(sources []string, build func(data [][]byte) ([]byte, error)) {
	src, out, ok := g.Parse()
	if !ok {
		return
	}
	data := make([][]byte, len(sources))
	for i, name := range sources {
		var err error
		if data[i], err = ReadSource(src, name); err != nil {
			g.Fail(err)
		}
	}
	list, err := build(data)
	if err == nil {
		err = Write(out, list)
	}
	if err != nil {
		g.Fail(err)
	}
}

// Fail reports err as the generator's, on standard error, and exits with
// status 1.
func (g Generator) Fail(err error) {
	fmt.Fprintf(os.Stderr, "%s: %v\n", g.Name, err)
	os.Exit(1)
}

// ReadSource reads the source file name (slash-separated) under the
// folder src.
func ReadSource(src, name string) ([]byte, error) {
	return os.ReadFile(filepath.Join(src, filepath.FromSlash(name)))
}

// SHA256 is the hexadecimal SHA-256 of data, as the lists' headers state
// their sources'.
func SHA256(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// Kept reports whether the generator cmd leaves the committed list out
// as it is, and says so on standard error: go generate ./... ran it with
// no -src (its environment variable env unset) and no arguments, and out
// exists, so that the other generators still run.
func Kept(cmd, env, src, out string, args int) bool {
	if src != "" || out == "" || args > 0 {
		return false
	}
	if _, err := os.Stat(out); err != nil {
		return false
	}
	fmt.Fprintf(os.Stderr, "%s: no -src (%s is not set): %s kept as it is\n", cmd, env, out)
	return true
}

// Words returns the entries of a word list, one a line as /usr/share/dict
// files are, as written: "today" (a common word), "Tass" (a name).
func Words(data []byte) map[string]bool {
	out := map[string]bool{}
	for _, ln := range strings.Split(string(data), "\n") {
		if ln = strings.TrimSpace(ln); ln != "" {
			out[ln] = true
		}
	}
	return out
}

// LatinName reports a name a list in the format of known-bodies.txt can
// hold and briefing can match: written in Latin letters, two or more,
// with a capital, and free of the format's characters ("|", ";", "#"),
// brackets and a leading "+" or "-" (an example line's marks).
func LatinName(s string) bool {
	if s == "" || strings.ContainsAny(s, "|;#()") || s[0] == '+' || s[0] == '-' {
		return false
	}
	letters, capital := 0, false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
		}
		capital = capital || unicode.IsUpper(r)
	}
	return letters >= 2 && capital
}

// An Entry is one line of a list of named bodies in the format of
// known-bodies.txt: a name and its other names.
type Entry struct {
	Name    string
	Aliases []string
}

// Entries collects the entries of such a list by name: names that fold
// alike (vocab.Fold) are one entry, spelt as first added, with the
// aliases of each addition in order, less those that fold like its name
// or repeat one.
type Entries struct {
	byKey map[string]*Entry
	order []string
}

// Add adds name with its aliases, or the aliases to the entry of that
// name.
func (es *Entries) Add(name string, aliases ...string) {
	k := vocab.Fold(name)
	if es.byKey == nil {
		es.byKey = map[string]*Entry{}
	}
	e := es.byKey[k]
	if e == nil {
		e = &Entry{Name: name}
		es.byKey[k] = e
		es.order = append(es.order, k)
	}
	for _, a := range aliases {
		if vocab.Fold(a) != k && !slices.Contains(e.Aliases, a) {
			e.Aliases = append(e.Aliases, a)
		}
	}
}

// AddKept adds name with those of its aliases that keep accepts, or
// nothing when keep refuses the name itself.
func (es *Entries) AddKept(keep func(string) bool, name string, aliases ...string) {
	if !keep(name) {
		return
	}
	var kept []string
	for _, a := range aliases {
		if keep(a) {
			kept = append(kept, a)
		}
	}
	es.Add(name, kept...)
}

// List returns the entries sorted by name; an alias that two entries
// have (as an alias or as the other's name) names neither and is left out
// of both.
func (es *Entries) List() []Entry {
	owners := map[string]map[string]bool{}
	for k, e := range es.byKey {
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			f := vocab.Fold(a)
			if owners[f] == nil {
				owners[f] = map[string]bool{}
			}
			owners[f][k] = true
		}
	}
	var out []Entry
	for _, k := range es.order {
		e := es.byKey[k]
		var keep []string
		for _, a := range e.Aliases {
			if len(owners[vocab.Fold(a)]) == 1 {
				keep = append(keep, a)
			}
		}
		out = append(out, Entry{Name: e.Name, Aliases: keep})
	}
	slices.SortFunc(out, func(a, b Entry) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// WriteEntries writes entries one a line: "Name | alias; alias".
func WriteEntries(b *bytes.Buffer, entries []Entry) {
	for _, e := range entries {
		b.WriteString(e.Name)
		if len(e.Aliases) > 0 {
			b.WriteString(" | ")
			b.WriteString(strings.Join(e.Aliases, "; "))
		}
		b.WriteByte('\n')
	}
}

// Write writes the list to the file out, or to standard output when out
// is "".
func Write(out string, data []byte) error {
	if out == "" {
		_, err := os.Stdout.Write(data)
		return err
	}
	return os.WriteFile(out, data, 0o644)
}
