// Package lazyre holds regular expressions that are compiled on first use
// rather than when the program starts.
//
// A package-level regexp.MustCompile runs in the package initialiser, so
// every run of the program pays for every expression of every package it
// links, even `brief --version`. A Regexp compiles once, the first time it
// is used, and is then as fast as the compiled expression: the
// expressions run on every sentence, so compiling on every use would be
// wrong.
package lazyre

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled on first use. It is safe for
// concurrent use, like regexp.Regexp. An expression that does not compile
// panics on first use, as regexp.MustCompile would at start-up; every
// expression is used by the tests of the package that declares it.
type Regexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
	// first, for an expression anchored at the start of the text that
	// cannot match the empty string, has bit b set when a match may
	// start with byte b: a text starting with another byte is settled
	// without running the expression (several run on every sentence,
	// and most sentences start otherwise).
	first *ByteSet
	// pairs, for such an expression, holds the pairs of bytes a match
	// may start with: a text of two bytes or more whose first two are
	// not one cannot match (firstPairs).
	pairs *pairSet
}

// New returns expr, to be compiled on first use.
func New(expr string) *Regexp { return &Regexp{expr: expr} }

// Get returns the compiled expression, compiling it once.
func (r *Regexp) Get() *regexp.Regexp {
	r.once.Do(func() {
		r.re = regexp.MustCompile(r.expr)
		r.first = firstBytes(r.expr)
		if r.first != nil {
			r.pairs = firstPairs(r.expr)
		}
	})
	return r.re
}

// String returns the source text of the expression without compiling it.
func (r *Regexp) String() string { return r.expr }

// cannot reports whether the expression cannot match s because s does
// not start with a byte, or two bytes, a match may start with (only for
// an expression anchored at the start that matches no empty string).
func (r *Regexp) cannot(s string) bool {
	r.Get()
	return r.first != nil && (s == "" || !r.first.Has(s[0]) ||
		len(s) > 1 && r.pairs != nil && !r.pairs.has(s[0], s[1]))
}

// MatchString is regexp.Regexp.MatchString.
func (r *Regexp) MatchString(s string) bool { return !r.cannot(s) && r.re.MatchString(s) }

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (r *Regexp) FindStringIndex(s string) []int {
	if r.cannot(s) {
		return nil
	}
	return r.re.FindStringIndex(s)
}

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (r *Regexp) FindStringSubmatch(s string) []string {
	if r.cannot(s) {
		return nil
	}
	return r.re.FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp.Regexp.FindStringSubmatchIndex.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	if r.cannot(s) {
		return nil
	}
	return r.re.FindStringSubmatchIndex(s)
}

// FindAllStringSubmatchIndex is regexp.Regexp.FindAllStringSubmatchIndex.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if r.cannot(s) {
		return nil
	}
	return r.re.FindAllStringSubmatchIndex(s, n)
}
