package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"go/parser"
	"go/token"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/brief-dev/brief/briefing"
	"github.com/brief-dev/brief/render"
)

// forbiddenImports are packages no package of this module may import in
// non-test code: they reach the network or run programs. (net/url only
// parses and is allowed.)
var forbiddenImports = map[string]bool{
	"net": true, "net/http": true, "net/http/httputil": true, "net/rpc": true, "net/smtp": true,
	"net/mail": false, "crypto/tls": true, "os/exec": true, "syscall": true, "plugin": true,
}

// TestNoNetworkImports parses every non-test Go file of the module and
// fails on a direct import of a networking or process package.
func TestNoNetworkImports(t *testing.T) {
	files := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != "." && (name == "testdata" || strings.HasPrefix(name, ".") || name == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		files++
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if forbiddenImports[p] {
				t.Errorf("%s imports %q: brief must make no network connections and run no programs", path, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 20 {
		t.Fatalf("parsed only %d files: is the walk broken?", files)
	}
}

// readability is the one dependency allowed to link net/http: its FromURL
// fetches pages, which brief never calls (it parses from a reader).
const readability = "codeberg.org/readeck/go-readability/v2"

// TestNetOnlyThroughReadability builds the import graph of the brief
// binary with "go list -deps" and checks that, with go-readability taken
// out, neither net nor net/http nor crypto/tls is reachable: the only path
// to the network code goes through readability's unused FromURL.
func TestNetOnlyThroughReadability(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	out, err := exec.Command(goBin, "list", "-deps", "-json=ImportPath,Imports,Module", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	type pkg struct {
		ImportPath string
		Imports    []string
		Module     *struct{ Path string }
	}
	graph := map[string][]string{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var p pkg
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		graph[p.ImportPath] = p.Imports
	}
	if _, ok := graph["net/http"]; !ok {
		t.Logf("net/http is not linked at all")
	}
	// Everything reachable from the main package without passing
	// through readability.
	seen := map[string]string{"github.com/brief-dev/brief": ""}
	queue := []string{"github.com/brief-dev/brief"}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, q := range graph[p] {
			if q == readability || strings.HasPrefix(q, readability+"/") {
				continue
			}
			if _, ok := seen[q]; !ok {
				seen[q] = p
				queue = append(queue, q)
			}
		}
	}
	for _, bad := range []string{"net", "net/http", "crypto/tls", "os/exec"} {
		if _, ok := seen[bad]; ok {
			path := []string{bad}
			for p := seen[bad]; p != ""; p = seen[p] {
				path = append(path, p)
			}
			t.Errorf("%s is reachable without go-readability: %s", bad, strings.Join(path, " <- "))
		}
	}
	// And readability really is the way in, so the test is not vacuous.
	if _, ok := graph[readability]; !ok {
		t.Errorf("go list does not show %s: the test needs updating", readability)
	}
}

// closedPort returns a local address nothing listens on.
func closedPort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// tripwire listens on 127.0.0.1 and counts every connection made to it.
func tripwire(t *testing.T) (addr string, hits *atomic.Int64) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	hits = new(atomic.Int64)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			hits.Add(1)
			c.Close()
		}
	}()
	// Prove the tripwire counts: one connection of our own, then reset.
	c, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	for deadline := time.Now().Add(5 * time.Second); hits.Load() == 0; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("tripwire did not see a test connection")
		}
	}
	hits.Store(0)
	return l.Addr().String(), hits
}

// remotePage is an HTML page full of references to addr: images, style
// sheets, frames, scripts, prefetch hints, a meta refresh and a base.
func remotePage(addr string) string {
	u := "http://" + addr
	return `<!DOCTYPE html><html><head><title>Ministers Sign Trade Pact</title>
<base href="` + u + `/">
<meta http-equiv="refresh" content="0; url=` + u + `/refresh">
<link rel="stylesheet" href="` + u + `/style.css"><link rel="preload" href="` + u + `/font.woff2">
<link rel="dns-prefetch" href="` + u + `"><script src="` + u + `/app.js"></script>
</head><body><article><h1>Ministers Sign Trade Pact</h1>
<img src="` + u + `/photo.jpg" srcset="` + u + `/a.jpg 2x"><picture><source srcset="` + u + `/b.webp"></picture>
<p>The trade ministers of Ruritania and Freedonia signed a trade agreement in Geneva on Monday.</p>
<iframe src="` + u + `/frame"></iframe><object data="` + u + `/o.swf"></object><embed src="` + u + `/e">
<p>They agreed to cut tariffs on steel by half from 2026. See <a href="` + u + `/more">more</a>.</p>
<video poster="` + u + `/p.png"><source src="` + u + `/v.mp4"></video>
<img src="http://example.com/remote.png"><link rel="stylesheet" href="https://example.com/s.css"><iframe src="https://example.org/"></iframe>
<p>The ministers will meet again in June to review progress.</p></article></body></html>`
}

// TestNoNetworkEndToEnd runs the brief program in a separate process (the
// test binary re-executed by testscript) on HTML that references a local
// listener, with every proxy variable pointing at a closed port: any
// connection attempt either reaches the listener or fails, and the test
// fails if the listener saw anything.
func TestNoNetworkEndToEnd(t *testing.T) {
	addr, hits := tripwire(t)
	// HTTP(S)_PROXY lead to a second tripwire (Go does not proxy requests
	// to 127.0.0.1, which the first catches; it proxies the rest, which
	// this one catches); ALL_PROXY to a closed port.
	proxyAddr, proxyHits := tripwire(t)
	proxy := "http://" + proxyAddr
	closed := "socks5://" + closedPort(t)
	dir := t.TempDir()
	script := `env HTTP_PROXY=` + proxy + `
env HTTPS_PROXY=` + proxy + `
env ALL_PROXY=` + closed + `
env http_proxy=` + proxy + `
env https_proxy=` + proxy + `
env NO_PROXY=
exec brief note page.html
stdout 'signed a trade agreement in Geneva'
exec brief note page.html -o note.pdf
exists note.pdf
exec brief note -f json page.html
stdout '"schema": 1'
exec brief summarize page.html
stdout 'trade agreement'
stdin page.html
exec brief note -
stdout 'Ministers Sign Trade Pact'
`
	if err := os.WriteFile(filepath.Join(dir, "nonet.txtar"), []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 dir,
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			return os.WriteFile(filepath.Join(env.WorkDir, "page.html"), []byte(remotePage(addr)), 0o644)
		},
	})
	if n, p := hits.Load(), proxyHits.Load(); n > 0 || p > 0 {
		t.Errorf("brief made %d connections to %s and %d to the proxy", n, addr, p)
	}
}

// failingTransport fails the test on any HTTP request made in process.
type failingTransport struct {
	t    *testing.T
	hits *atomic.Int64
}

func (f failingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	f.hits.Add(1)
	f.t.Errorf("HTTP request to %s", r.URL)
	return nil, errors.New("network disabled in tests")
}

// TestNoNetworkInProcess runs every command in process with the default
// HTTP transport and the resolver's dialer replaced by ones that record
// any use.
func TestNoNetworkInProcess(t *testing.T) {
	addr, hits := tripwire(t)
	var used atomic.Int64
	oldTransport, oldResolver := http.DefaultTransport, net.DefaultResolver
	http.DefaultTransport = failingTransport{t, &used}
	net.DefaultResolver = &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, network, address string) (net.Conn, error) {
		used.Add(1)
		t.Errorf("DNS dial %s %s", network, address)
		return nil, errors.New("network disabled in tests")
	}}
	t.Cleanup(func() { http.DefaultTransport, net.DefaultResolver = oldTransport, oldResolver })

	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	os.WriteFile(page, []byte(remotePage(addr)), 0o644)
	pdf := filepath.Join(dir, "n.pdf")
	for _, tc := range []struct {
		args []string
		want string // in stdout, or in the PDF file
	}{
		{[]string{"note", page}, "signed a trade agreement in Geneva"},
		{[]string{"note", "-f", "json", page}, `"schema": 1`},
		{[]string{"note", page, "-o", pdf}, "%PDF-"},
		{[]string{"summarize", "--format", "json", page}, `"start":`},
	} {
		code, stdout, stderr := runBrief(t, 30*time.Second, tc.args...)
		if code != 0 || !strings.Contains(stdout+fileText(pdf), tc.want) {
			t.Errorf("brief %q: exit %d, stderr %q, output lacks %q", tc.args, code, stderr, tc.want)
		}
	}
	if used.Load() > 0 || hits.Load() > 0 {
		t.Errorf("network used: %d transport/resolver calls, %d connections", used.Load(), hits.Load())
	}
}

func fileText(path string) string {
	b, _ := os.ReadFile(path)
	return string(b)
}

// TestTemplateFunctions: a user template can call only text/template's
// built-ins and the three formatting functions; anything that would read
// files, the environment or the network does not exist.
func TestTemplateFunctions(t *testing.T) {
	for _, name := range []string{
		"readFile", "readfile", "ReadFile", "file", "open", "include", "glob", "ls", "readDir",
		"env", "getenv", "Getenv", "expandenv", "environ", "exec", "shell", "cmd", "run", "system",
		"http", "fetch", "get", "url", "dial", "os", "tpl", "required", "lookup", "dict",
	} {
		_, err := render.ParseTemplate("t", "{{"+name+` "x"}}`)
		if err == nil || !strings.Contains(err.Error(), `function "`+name+`" not defined`) {
			t.Errorf("ParseTemplate({{%s \"x\"}}) error = %v, want function not defined", name, err)
		}
	}
	// The functions that do exist only format text.
	tmpl, err := render.ParseTemplate("t", `{{md "*x*"}}|{{kind "joint_position"}}|{{join .}}`)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, []string{"a", "b"}); err != nil || buf.String() != `\*x\*|Joint position|a, b` {
		t.Errorf("template functions = %q, %v", buf.String(), err)
	}
}

// TestTemplateTricks: template actions that could reach the system through
// the data (call on a field, methods, nested templates) cannot.
func TestTemplateTricks(t *testing.T) {
	b := &briefing.Brief{Title: "/etc/passwd", Source: "$HOME", BLUF: &briefing.Item{Text: "{{ .Title }}"}}
	for _, tc := range []struct{ tmpl, want, errSub string }{
		{`{{call .Title}}`, "", "non-function"},
		{`{{call .BLUF}}`, "", "non-function"},
		{`{{template "/etc/passwd"}}`, "", `template "/etc/passwd" not defined`},
		{`{{template .Title}}`, "", "unexpected"},
		{`{{.Title}}`, "/etc/passwd", ""},             // a path is only a string
		{`{{.Source}}`, "$HOME", ""},                  // never expanded
		{`{{.BLUF.Text}}`, "{{ .Title }}", ""},        // data is never parsed as a template
		{`{{printf "%s" .Title}}`, "/etc/passwd", ""}, // printf formats, it does not open
		{`{{.Nope}}`, "", "can't evaluate field Nope"},
	} {
		tmpl, err := render.ParseTemplate("t", tc.tmpl)
		var buf bytes.Buffer
		if err == nil {
			err = tmpl.Execute(&buf, b)
		}
		switch {
		case tc.errSub != "" && (err == nil || !strings.Contains(err.Error(), tc.errSub)):
			t.Errorf("%s: error %v, want one containing %q", tc.tmpl, err, tc.errSub)
		case tc.errSub == "" && (err != nil || buf.String() != tc.want):
			t.Errorf("%s = %q, %v; want %q", tc.tmpl, buf.String(), err, tc.want)
		}
	}
}

// allowedMethods are the exported methods templates can reach through the
// Brief. Each is pure; a new method must be reviewed and added here.
var allowedMethods = map[string]bool{
	"briefing.ISODate.MarshalJSON":    true,
	"*briefing.ISODate.MarshalJSON":   true,
	"*briefing.ISODate.UnmarshalJSON": true,
	// the note's headings for the document's kind: switches on a string
	"*briefing.Brief.BottomLineLabel": true,
	"*briefing.Brief.OutcomesHeading": true,
}

// TestTemplateDataSurface walks the Brief type: templates can call
// functions stored in the data (call) and methods on it, so the data must
// hold no func, channel or interface values and only reviewed methods.
func TestTemplateDataSurface(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var methods []string
	var walk func(reflect.Type, string)
	walk = func(ty reflect.Type, path string) {
		if seen[ty] {
			return
		}
		seen[ty] = true
		for _, tt := range []reflect.Type{ty, reflect.PointerTo(ty)} {
			for i := range tt.NumMethod() {
				methods = append(methods, tt.String()+"."+tt.Method(i).Name)
			}
		}
		switch ty.Kind() {
		case reflect.Func, reflect.Chan, reflect.Interface, reflect.UnsafePointer, reflect.Uintptr:
			t.Errorf("%s is a %s: templates could call or use it", path, ty.Kind())
		case reflect.Pointer, reflect.Slice, reflect.Array:
			walk(ty.Elem(), path+"[]")
		case reflect.Map:
			walk(ty.Key(), path+"{key}")
			walk(ty.Elem(), path+"{}")
		case reflect.Struct:
			for i := range ty.NumField() {
				if f := ty.Field(i); f.IsExported() {
					walk(f.Type, path+"."+f.Name)
				}
			}
		}
	}
	walk(reflect.TypeOf(briefing.Brief{}), "Brief")
	sort.Strings(methods)
	for _, m := range methods {
		if !allowedMethods[m] {
			t.Errorf("templates can call %s: review it (no I/O) and add it to allowedMethods", m)
		}
	}
	if len(methods) == 0 {
		t.Error("found no methods at all: the walk is broken")
	}
}

// TestTemplateCLI: the same through the command line, where the template
// comes from a file.
func TestTemplateCLI(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	os.WriteFile(in, []byte(releaseText), 0o644)
	t.Setenv("BRIEF_SECRET", "s3cr3t")
	// A template that does not parse is a bad option (exit 2, with the
	// usage hint); one that fails on the document fails that note (exit 1).
	for _, tc := range []struct {
		tmpl, errSub string
		code, lines  int
	}{
		{`{{readFile "/etc/passwd"}}`, `function "readFile" not defined`, exitUsage, 2},
		{`{{env "BRIEF_SECRET"}}`, `function "env" not defined`, exitUsage, 2},
		{`{{call .Title}}`, `non-function`, exitFailure, 1},
	} {
		path := filepath.Join(dir, "t.tmpl")
		os.WriteFile(path, []byte(tc.tmpl), 0o644)
		code, stdout, stderr := runBrief(t, 30*time.Second, "note", "--template", path, in)
		if code != tc.code || stdout != "" || !strings.Contains(stderr, tc.errSub) || strings.Count(stderr, "\n") != tc.lines {
			t.Errorf("note --template %s: exit %d, stdout %q, stderr %q; want %d and %q in %d lines", tc.tmpl, code, stdout, stderr, tc.code, tc.errSub, tc.lines)
		}
		if strings.Contains(stdout+stderr, "s3cr3t") || strings.Contains(stdout+stderr, "root:") {
			t.Errorf("note --template %s leaked: %s%s", tc.tmpl, stdout, stderr)
		}
	}
}
