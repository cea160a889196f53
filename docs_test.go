package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// job is the part of a Kubernetes Job the documentation relies on.
type job struct {
	Kind string
	Spec struct {
		CompletionMode string `yaml:"completionMode"`
		Completions    int
		Template       struct {
			Spec struct {
				Containers []struct {
					Command []string
				}
			}
		}
	}
}

var yamlBlock = regexp.MustCompile("(?s)```yaml\n(.*?)```")

// TestDocumentedIndexedJob runs the Kubernetes Indexed Jobs of the README
// and docs/batch.md as they are written: every shard's command, with
// /data in a temporary directory, and then brief index. Together the
// shards must brief every input exactly once.
func TestDocumentedIndexedJob(t *testing.T) {
	for _, doc := range []string{"README.md", "docs/batch.md"} {
		text, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		found := 0
		for _, m := range yamlBlock.FindAllSubmatch(text, -1) {
			dec := yaml.NewDecoder(bytes.NewReader(m[1]))
			for {
				var j job
				if err := dec.Decode(&j); err == io.EOF {
					break
				} else if err != nil {
					t.Fatalf("%s: YAML: %v", doc, err)
				}
				if j.Kind != "Job" || j.Spec.CompletionMode != "Indexed" {
					continue
				}
				found++
				runIndexedJob(t, doc, j)
			}
		}
		if found == 0 {
			t.Errorf("%s: no Kubernetes Indexed Job", doc)
		}
	}
}

func runIndexedJob(t *testing.T, doc string, j job) {
	t.Helper()
	c := j.Spec.Template.Spec.Containers
	if len(c) != 1 || len(c[0].Command) != 3 || c[0].Command[0] != "sh" {
		t.Fatalf("%s: want one container running sh -c, got %q", doc, c)
	}
	line := strings.TrimPrefix(c[0].Command[2], "exec ")
	n := j.Spec.Completions
	if !strings.Contains(line, fmt.Sprintf("--shard $JOB_COMPLETION_INDEX/%d", n)) {
		t.Fatalf("%s: the command %q does not shard by $JOB_COMPLETION_INDEX/%d (completions)", doc, line, n)
	}
	data := t.TempDir()
	inbox := filepath.Join(data, "inbox")
	const inputs = 40
	for i := range inputs {
		dir := filepath.Join(inbox, fmt.Sprint("sub", i%3)) // -r is in the command
		os.MkdirAll(dir, 0o755)
		text := fmt.Sprintf("Report %d\n\nThe two ministers met in Geneva on 3 May. They agreed to hold talks on trade number %d.\n", i, i)
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("r%02d.txt", i)), []byte(text), 0o644)
	}
	for i := range n {
		args := strings.Fields(strings.NewReplacer("$JOB_COMPLETION_INDEX", fmt.Sprint(i), "/data", data).Replace(line))
		var stderr bytes.Buffer
		if code := run(context.Background(), args, nil, io.Discard, &stderr); code != 0 {
			t.Fatalf("%s: shard %d: %q: exit %d: %s", doc, i, args, code, stderr.String())
		}
	}
	notesDir := filepath.Join(data, "notes")
	var stderr bytes.Buffer
	if code := run(context.Background(), []string{"brief", "index", notesDir}, nil, io.Discard, &stderr); code != 0 {
		t.Fatalf("%s: brief index: exit %d: %s", doc, code, stderr.String())
	}
	notes, _ := filepath.Glob(filepath.Join(notesDir, "sub*", "r*.md"))
	if len(notes) != inputs {
		t.Errorf("%s: %d notes for %d inputs", doc, len(notes), inputs)
	}
	index, err := os.ReadFile(filepath.Join(notesDir, "index.md"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range inputs {
		if c := bytes.Count(index, fmt.Appendf(nil, "r%02d.md", i)); c != 1 {
			t.Errorf("%s: index.md links r%02d.md %d times", doc, i, c)
		}
	}
}
