package formats

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"
)

// Format is the kind of an input file.
type Format int

// The formats Extract reads.
const (
	Text     Format = iota // plain text, passed through unchanged
	Markdown               // CommonMark with GFM tables, strikethrough and task lists
	HTML                   // a web page or an HTML fragment
	DOCX                   // Office Open XML word-processing document
	PDF                    // PDF with a text layer
)

var formatNames = [...]string{"text", "markdown", "html", "docx", "pdf"}

// String returns the format's lower-case name, as used in messages.
func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return fmt.Sprintf("Format(%d)", int(f))
	}
	return formatNames[f]
}

// Errors returned (wrapped) by Detect and Extract. Messages are short
// lower-case phrases without the file name: the caller prefixes it.
var (
	// ErrUnsupported is a binary format that no reader here understands.
	ErrUnsupported = errors.New("unsupported format")
	// ErrNoText is a document that was read without error but holds no
	// text: an empty page, a scanned PDF, a DOCX of images.
	ErrNoText = errors.New("no text found")
	// ErrTooLarge is input whose extracted text or uncompressed parts
	// exceed Limits.
	ErrTooLarge = errors.New("too large")
	// ErrTimeout is a reader that did not finish within Limits.Timeout.
	ErrTimeout = errors.New("timed out")

	// errPanic marks a reader that panicked. Expected of the PDF object reader (internal/pdfread);
	// from any other reader it is a bug, which the fuzz tests look for.
	errPanic = errors.New("parser crashed")
)

// Limits bound the work Extract does on one input. The zero value of each
// field means its default; inputs come from untrusted places, so there is
// deliberately no "unlimited".
type Limits struct {
	// MaxBytes bounds the extracted text. Default 50 MiB, the document
	// reader's own default input limit.
	MaxBytes int64
	// MaxEntries bounds the number of entries in a DOCX (zip) archive.
	// Default 10,000; Word writes a few dozen.
	MaxEntries int64
	// MaxUncompressed bounds the bytes actually decompressed from a DOCX,
	// over all the parts read; headers are not trusted. Default 64 MiB:
	// the document part of a 500-page report is about 20 MiB, and the
	// XML decoder may hold one text run of that size in memory.
	MaxUncompressed int64
	// MaxDecoded bounds the bytes decompressed from the streams of a PDF,
	// over the whole file, checked as they are read. Default 256 MiB:
	// the content of a 1,000-page report is under 100 MiB, and
	// decompressing 256 MiB takes about a second. Memory is bounded
	// separately (see Extract).
	MaxDecoded int64
	// Timeout bounds a reader. Default 30 s. The PDF and DOCX readers
	// check a stop flag on every read of compressed data, so they stop
	// for real within a few kilobytes of work; Extract waits for them
	// (a little) before it returns ErrTimeout. The Markdown and HTML
	// parsers are third-party code that cannot be stopped: a timed-out
	// one runs on in the background until it ends, bounded in memory by
	// the size of its input.
	Timeout time.Duration
}

// Defaults used for zero Limits fields.
const (
	DefaultMaxBytes        = 50 << 20
	DefaultMaxEntries      = 10000
	DefaultMaxUncompressed = 64 << 20
	DefaultMaxDecoded      = 256 << 20
	DefaultTimeout         = 30 * time.Second
)

func (l Limits) withDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	if l.MaxEntries <= 0 {
		l.MaxEntries = DefaultMaxEntries
	}
	if l.MaxUncompressed <= 0 {
		l.MaxUncompressed = DefaultMaxUncompressed
	}
	if l.MaxDecoded <= 0 {
		l.MaxDecoded = DefaultMaxDecoded
	}
	if l.Timeout <= 0 {
		l.Timeout = DefaultTimeout
	}
	return l
}

// Extracted is the text of one input and what was learnt about it on the
// way.
type Extracted struct {
	// Text is for summarize.Parse. For Text input it is the input itself,
	// byte for byte; otherwise it is UTF-8 in the form the package comment
	// describes, with Title and Date already in it.
	Text string
	// Title is the document's title ("" if none): Markdown front matter
	// or first H1, the HTML article title, DOCX Title style, first
	// Heading 1 or core properties, the PDF Info title.
	Title string
	// Date is a publication date as YYYY-MM-DD, or "": Markdown front
	// matter, HTML article metadata.
	Date string
	// Byline is the author as the document states it, or "". It is kept
	// out of Text because a byline is not a sentence worth summarising.
	Byline string
	// Format is the format that was read.
	Format Format
	// Warnings say what was lost on the way ("readability found no
	// article: used the whole page", "page 3: …"); for the user, not
	// errors.
	Warnings []string
}

// extensions maps file name extensions to formats. Lower-case.
var extensions = map[string]Format{
	".txt": Text, ".text": Text,
	".md": Markdown, ".markdown": Markdown, ".mdown": Markdown, ".mkd": Markdown, ".mkdn": Markdown,
	".html": HTML, ".htm": HTML, ".xhtml": HTML,
	".docx": DOCX, ".docm": DOCX, ".dotx": DOCX,
	".pdf": PDF,
}

// Known reports whether name has an extension of a format Extract reads,
// so that a folder walk can skip other files without opening them.
func Known(name string) bool {
	_, ok := extensions[strings.ToLower(filepath.Ext(name))]
	return ok
}

// binarySignatures name the binary formats users drop into text folders, so
// that the error says what the file is.
var binarySignatures = []struct {
	magic string
	name  string
}{
	{"\x89PNG", "a PNG image"},
	{"\xFF\xD8\xFF", "a JPEG image"},
	{"GIF8", "a GIF image"},
	{"\x7FELF", "an executable"},
	{"MZ", "an executable"},
	{"\x1F\x8B", "gzip data"},
	{"\xD0\xCF\x11\xE0", "an old Office document (.doc, .xls): save it as .docx"},
	{"{\\rtf", "an RTF document: save it as .docx or text"},
	{"7z\xBC\xAF", "a 7-zip archive"},
	{"Rar!", "a RAR archive"},
}

// Detect returns the format of a file from its name and the first bytes of
// its content (head; 4 KiB is plenty, the whole file is fine).
//
// Content decides first, because names lie more often than bytes: a file
// starting with "%PDF-" is read as PDF whatever its name (a PDF saved as
// .txt loses nothing by being read as what it is), a zip archive is a DOCX
// when named so or when it holds Word parts, and text that starts like an
// HTML page is HTML. Otherwise the extension decides between Markdown, HTML
// and Text, and text with an unknown or no extension is Text. Markdown is
// never sniffed: read as Text it still keeps its headings and bullets.
//
// Binary content that is none of these is ErrUnsupported, also when it is
// named .txt. An empty head is Text unless the extension says otherwise;
// Extract then reports there is no text.
func Detect(name string, head []byte) (Format, error) {
	ext := strings.ToLower(filepath.Ext(name))
	byExt, known := extensions[ext]
	switch {
	case isPDF(head):
		return PDF, nil
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		if byExt == DOCX && known || bytes.Contains(head, []byte("word/")) || bytes.Contains(head, []byte("[Content_Types].xml")) {
			return DOCX, nil
		}
		return 0, fmt.Errorf("%w: a zip archive, not a docx", ErrUnsupported)
	}
	for _, s := range binarySignatures {
		if bytes.HasPrefix(head, []byte(s.magic)) && (s.magic != "MZ" || looksBinary(head)) {
			return 0, fmt.Errorf("%w: looks like %s", ErrUnsupported, s.name)
		}
	}
	if looksBinary(head) {
		return 0, fmt.Errorf("%w: binary data, not text", ErrUnsupported)
	}
	if looksHTML(head) {
		return HTML, nil
	}
	if known && byExt != DOCX && byExt != PDF {
		return byExt, nil
	}
	// A .docx or .pdf that is text inside (an export gone wrong, a
	// renamed file): read the text.
	return Text, nil
}

// isPDF wants the header at the very start. Viewers also accept it later
// in the first KiB, but the PDF object reader does not, and a text file that
// quotes a PDF header in its first lines is still a text file.
func isPDF(head []byte) bool {
	return bytes.HasPrefix(head, []byte("%PDF-"))
}

// looksBinary reports NUL bytes or many control bytes: text editors never
// write those, binary formats always do. UTF-16 text has NULs but starts
// with a byte-order mark, and the document reader decodes it.
func looksBinary(head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return false
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	return ControlBytes(head, 1<<'\n'|1<<'\r'|1<<'\t'|1<<'\f'|1<<0x1B) > len(head)/20+2
}

// ControlBytes counts the bytes of b under 0x20 but those whose bit is set
// in allowed (bit c for byte c). Text has few: eight bytes are tested at
// once, and only a word that holds one (a line break, mostly) is read byte
// by byte; both readers ask it of every input's first bytes.
func ControlBytes(b []byte, allowed uint32) int {
	const lowBits, highBits = 0x0101010101010101, 0x8080808080808080
	n, i := 0, 0
	for ; i+8 <= len(b); i += 8 {
		// (x - 0x20 in each byte) &^ x has a top bit set exactly when
		// some byte of x is under 0x20 (it may mark bytes after that one
		// too, which the bytes themselves then settle)
		if x := binary.LittleEndian.Uint64(b[i:]); (x-0x20*lowBits)&^x&highBits != 0 {
			n += controlsIn(b[i:i+8], allowed)
		}
	}
	return n + controlsIn(b[i:], allowed)
}

// controlsIn is ControlBytes a byte at a time.
func controlsIn(b []byte, allowed uint32) int {
	n := 0
	for _, c := range b {
		if c < 0x20 && allowed&(1<<c) == 0 {
			n++
		}
	}
	return n
}

// looksHTML reports text that starts like an HTML document (after a BOM,
// white space, an XML declaration and comments), not text that merely
// mentions a tag.
func looksHTML(head []byte) bool {
	s := bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	for {
		s = bytes.TrimLeft(s, " \t\r\n")
		var end []byte
		switch {
		case bytes.HasPrefix(s, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(s, []byte("<?xml")):
			end = []byte("?>")
		}
		if end == nil {
			break
		}
		i := bytes.Index(s, end)
		if i < 0 {
			return false
		}
		s = s[i+len(end):]
	}
	lower := bytes.ToLower(s[:min(len(s), 16)])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return true
		}
	}
	return false
}

// Extract reads data (the whole file, named name) as format f. Errors are
// short phrases that do not repeat the name; they wrap ErrNoText,
// ErrTooLarge, ErrTimeout or ErrUnsupported where those apply.
func Extract(name string, data []byte, f Format, limits Limits) (*Extracted, error) {
	limits = limits.withDefaults()
	if f == Text {
		// The reader owns decoding; only the size is ours to check.
		if int64(len(data)) > limits.MaxBytes {
			return nil, fmt.Errorf("%w: text larger than %d bytes", ErrTooLarge, limits.MaxBytes)
		}
		return &Extracted{Text: string(data), Format: Text}, nil
	}
	var read func([]byte, *doc) error
	switch f {
	case Markdown:
		read = readMarkdown
	case HTML:
		read = readHTML
	case DOCX:
		read = readDOCX
	case PDF:
		read = readPDF
	default:
		return nil, fmt.Errorf("%w: %v", ErrUnsupported, f)
	}
	d := &doc{limits: limits, stop: new(atomic.Bool)}
	if err := guard(f, limits.Timeout, d.stop, func() error { return read(data, d) }); err != nil {
		return nil, err
	}
	text := d.render()
	if strings.TrimSpace(text) == "" {
		if f == PDF {
			return nil, noTextError("no text layer (scanned PDF?)")
		}
		return nil, ErrNoText
	}
	return &Extracted{Text: text, Title: d.title, Date: d.date, Byline: d.byline, Format: f, Warnings: d.warnings}, nil
}

// noTextError is ErrNoText in other words, for formats where a better
// phrase exists.
type noTextError string

func (e noTextError) Error() string { return string(e) }
func (e noTextError) Unwrap() error { return ErrNoText }

// stopGrace is how long guard waits, after setting the stop flag, for a
// reader to notice it and end, so that a timed-out reader's memory is
// free before the caller starts on the next file.
const stopGrace = 2 * time.Second

// guard runs read with a deadline and turns a panic into an error. Third-
// party parsers panic on some hostile files (the PDF object reader does,
// by design); one bad file must not take a whole batch down. On time-out
// it sets stop, which the PDF and DOCX readers check as they read.
func guard(f Format, timeout time.Duration, stop *atomic.Bool, read func() error) error {
	done := make(chan error, 1) // buffered: an abandoned reader must not block forever
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("malformed %v: %w: %s", f, errPanic, quote(fmt.Sprint(r)))
			}
		}()
		done <- read()
	}()
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case err := <-done:
		return err
	case <-t.C:
		stop.Store(true)
		if f == PDF || f == DOCX {
			select {
			case <-done:
			case <-time.After(stopGrace):
			}
		}
		return fmt.Errorf("%w: reading %v took longer than %v", ErrTimeout, f, timeout)
	}
}
