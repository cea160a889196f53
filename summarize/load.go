package summarize

import (
	"math"

	"github.com/brief-dev/brief/internal/formats"
)

// Load turns the bytes of a file in any supported format into a document:
// Markdown, HTML, DOCX and PDF are first reduced to text by their readers
// (the format is detected from the content as well as from name, which
// may be ""), plain text is parsed as it is. A title or date from the
// file's metadata fills in what the text itself lacks. One-per-line input
// is always read as text. The document's Format and Warnings say what was
// read and what was lost.
func Load(name string, data []byte, opt ReadOptions) (*Document, error) {
	if opt.MaxBytes >= 0 && int64(len(data)) > opt.ByteLimit() {
		return nil, &TooLargeError{Limit: opt.ByteLimit()}
	}
	format := formats.Text
	var x *formats.Extracted
	if !opt.OnePerLine {
		var err error
		if format, err = formats.Detect(name, data[:min(len(data), 8<<10)]); err != nil {
			return nil, err
		}
		if format != formats.Text {
			x, err = formats.Extract(name, data, format, formats.Limits{MaxBytes: opt.ByteLimit()})
			if err != nil {
				return nil, err
			}
			data = []byte(x.Text)
		}
	}
	d, err := Parse(data, opt)
	if err != nil {
		return nil, err
	}
	d.Format = format.String()
	if x == nil {
		return d, nil
	}
	if x.Title != "" && (d.Title == "" || d.TitleInferred) {
		d.Title, d.TitleInferred = x.Title, false
	}
	if d.Date == "" {
		d.Date = x.Date
	}
	d.Warnings = x.Warnings
	return d, nil
}

// ByteLimit is MaxBytes as a number of bytes: 0 is DefaultMaxBytes and a
// negative value no limit.
func (opt ReadOptions) ByteLimit() int64 {
	switch {
	case opt.MaxBytes == 0:
		return DefaultMaxBytes
	case opt.MaxBytes < 0:
		return math.MaxInt64
	}
	return opt.MaxBytes
}
