package render

import (
	"errors"
	"fmt"
	"strconv"
	"text/template"
	"text/template/parse"
)

// MaxNote bounds the Markdown a template may write for one note: a
// one-page note is a few kilobytes, and a template that loops must fail
// rather than fill memory.
const MaxNote = 32 << 20

// maxTemplateIterations bounds the iterations of ranges over integer
// constants, nested ones multiplied: the other ranges of a template run
// over the brief's lists, which the document bounds, while
// {{range 2000000000}} would run for minutes writing nothing.
const maxTemplateIterations = 1_000_000

// errNoteTooLarge is what a template that writes more than MaxNote gets.
var errNoteTooLarge = fmt.Errorf("the note is larger than %d bytes", MaxNote)

// cappedBuffer keeps at most MaxNote bytes and fails the write that would
// go past it, which stops the template at once.
type cappedBuffer struct{ b []byte }

func (c *cappedBuffer) Write(p []byte) (int, error) {
	if len(c.b)+len(p) > MaxNote {
		return 0, errNoteTooLarge
	}
	c.b = append(c.b, p...)
	return len(p), nil
}

func (c *cappedBuffer) WriteString(s string) (int, error) { return c.Write([]byte(s)) }

// checkLoops refuses a template whose ranges over integer constants could
// iterate more than maxTemplateIterations times in all.
func checkLoops(t *template.Template) error {
	for _, tt := range t.Templates() {
		if tt.Tree == nil || tt.Tree.Root == nil {
			continue
		}
		if err := walkLoops(tt.Tree.Root, 1); err != nil {
			return fmt.Errorf("template: %s: %w", tt.Name(), err)
		}
	}
	return nil
}

func walkLoops(n parse.Node, product float64) error {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return nil
		}
		for _, c := range n.Nodes {
			if err := walkLoops(c, product); err != nil {
				return err
			}
		}
	case *parse.RangeNode:
		inner := product
		if k, ok := intConstant(n.Pipe); ok {
			inner *= max(float64(k), 1)
			if inner > maxTemplateIterations {
				return errors.New("range over " + strconv.FormatInt(k, 10) + " would loop too long")
			}
		}
		if err := walkLoops(n.List, inner); err != nil {
			return err
		}
		return walkLoops(n.ElseList, product)
	case *parse.IfNode:
		if err := walkLoops(n.List, product); err != nil {
			return err
		}
		return walkLoops(n.ElseList, product)
	case *parse.WithNode:
		if err := walkLoops(n.List, product); err != nil {
			return err
		}
		return walkLoops(n.ElseList, product)
	}
	return nil
}

// intConstant reports a pipeline that is a lone integer constant.
func intConstant(p *parse.PipeNode) (int64, bool) {
	if p == nil || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return 0, false
	}
	num, ok := p.Cmds[0].Args[0].(*parse.NumberNode)
	if !ok || !num.IsInt {
		return 0, false
	}
	return num.Int64, true
}
