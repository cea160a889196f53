package batch

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// writeIndentedWithList writes v as a json.Encoder with SetEscapeHTML(false)
// and SetIndent("", "  ") writes it, but with items in place of the empty
// list that v holds under key, a field at the top level. The Encoder
// marshals a whole value into one buffer and indents it into another
// before writing: for a batch's manifest (half a megabyte for a thousand
// inputs) and index.json that was about 6 MB allocated at the end of each
// run, fresh memory the process had to fault in. Here each item is
// marshalled and indented on its own into small buffers that are reused;
// json.Indent is the routine the Encoder indents with, and an item of a
// list at the top level is indented with two levels as prefix, so the
// bytes are the same (TestIndentedWithListMatchesEncoder).
func writeIndentedWithList[T any](w io.Writer, v any, key string, items []T) error {
	var head bytes.Buffer
	enc := json.NewEncoder(&head)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	if len(items) == 0 {
		_, err := w.Write(head.Bytes())
		return err
	}
	// A string holds no raw newline, so this is the field itself.
	mark := []byte("\n  \"" + key + "\": []")
	at := bytes.Index(head.Bytes(), mark)
	if at < 0 {
		return fmt.Errorf("internal error: no empty list %q to fill", key)
	}
	at += len(mark) - 1 // at the "]"
	bw := &errWriter{w: w}
	bw.write(head.Bytes()[:at])
	var one, indented bytes.Buffer
	itemEnc := json.NewEncoder(&one)
	itemEnc.SetEscapeHTML(false)
	for i := range items {
		one.Reset()
		if err := itemEnc.Encode(&items[i]); err != nil {
			return err
		}
		indented.Reset()
		if err := json.Indent(&indented, bytes.TrimSuffix(one.Bytes(), []byte("\n")), "    ", "  "); err != nil {
			return err
		}
		if i == 0 {
			bw.write([]byte("\n    "))
		} else {
			bw.write([]byte(",\n    "))
		}
		bw.write(indented.Bytes())
	}
	bw.write([]byte("\n  "))
	bw.write(head.Bytes()[at:])
	return bw.err
}

// errWriter keeps the first error of a series of writes.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) write(p []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(p)
	}
}
