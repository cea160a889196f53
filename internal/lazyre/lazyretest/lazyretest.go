// Package lazyretest helps a package's tests prove that each of its regular
// expressions does what its comment says: Declared lists the expressions
// the package's source declares, so a table test of examples can fail when
// one of them has no example (a rule that never matches, such as one whose
// source holds a stray control character, cannot pass unseen).
package lazyretest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// constructors are the calls that make an expression: the standard
// library's, lazyre's and briefing's pre-filtered one.
var constructors = map[string]bool{"regexp.MustCompile": true, "lazyre.New": true, "mustFiltered": true}

// Declared returns the names of the package-level variables of the Go
// package in dir (test files excluded) that are initialised with a
// regular expression, sorted.
func Declared(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var names []string
	for _, e := range ents {
		n := e.Name()
		if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, 0)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, sp := range g.Specs {
				vs := sp.(*ast.ValueSpec)
				for i, v := range vs.Values {
					if isConstructor(v) && i < len(vs.Names) {
						names = append(names, vs.Names[i].Name)
					}
				}
			}
		}
	}
	sort.Strings(names)
	return names, nil
}

// RequireExamples fails t for every expression declared in dir (see
// Declared) that has no example, as told by hasExample, and fatally when
// fewer than atLeast are declared (the walk found the wrong files).
func RequireExamples(t testing.TB, dir string, atLeast int, hasExample func(name string) bool) {
	t.Helper()
	declared, err := Declared(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(declared) < atLeast {
		t.Fatalf("found only %d expressions: %v", len(declared), declared)
	}
	for _, name := range declared {
		if !hasExample(name) {
			t.Errorf("%s has no example: add a text it must match and a near miss", name)
		}
	}
}

func isConstructor(e ast.Expr) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	switch fn := call.Fun.(type) {
	case *ast.Ident:
		return constructors[fn.Name]
	case *ast.SelectorExpr:
		if x, ok := fn.X.(*ast.Ident); ok {
			return constructors[x.Name+"."+fn.Sel.Name]
		}
	}
	return false
}
