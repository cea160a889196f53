package summarize

import (
	"fmt"
	"io"
	"strings"

	"github.com/brief-dev/brief/internal/vocab"
)

// DefaultMaxBytes bounds how much input Read accepts unless told otherwise,
// so that a stray huge file fails clearly instead of exhausting memory.
const DefaultMaxBytes = 50 << 20

// DefaultMaxSentences bounds the sentences of one document unless told
// otherwise. Memory grows with the number of sentences (about 1 KB each
// through ranking and extraction), and 50 MB of one-word sentences would
// otherwise need gigabytes; a book of prose under DefaultMaxBytes has
// about half a million.
const DefaultMaxSentences = 1_000_000

// DefaultMaxWords bounds the words of one document unless told otherwise.
// Reading, ranking and briefing hold about 25 bytes of memory per byte of
// text, so 2 million words (some 12 MB of text, 4,000 pages) need about
// 300 MB: the bound that keeps one document's cost known whatever the
// input, a file of one 50 MB line included.
const DefaultMaxWords = 2_000_000

// TooManyWordsError is a document over ReadOptions.MaxWords.
type TooManyWordsError struct {
	Limit int // the limit in words
}

func (e *TooManyWordsError) Error() string {
	return fmt.Sprintf("more than %d words: too long to brief", e.Limit)
}

// Document is a text with its structure recovered.
type Document struct {
	Title string // the document's title; empty if it has none and none could be inferred
	// TitleInferred is true when no title line exists and Title was taken
	// from the start of the first sentence.
	TitleInferred bool
	Date          string     // ISO 8601 date (2024-11-28) from the document's metadata, or ""
	Place         string     // the dateline place before a leading date ("VILNIUS, 14 March 2025 –"), as written, or ""
	Blocks        []Block    // structural units in reading order
	Sentences     []Sentence // sentences of the paragraph and bullet blocks, in order
	Words         int        // number of words in Sentences
	// Format is the format Load read the input as: text, markdown, html,
	// docx or pdf ("text" for Read and Parse).
	Format string
	// Warnings say what reading the input lost (a PDF page without text,
	// an embedded object skipped), one phrase each, for the user to see.
	Warnings []string

	text    string    // normalised text the block offsets refer to
	offsets offsetMap // normalised offsets -> raw input offsets
	// maxSentences stops splitting past this many sentences (0: no
	// limit); tooMany says it did.
	maxSentences int
	tooMany      bool
	// running holds the normalised offsets of the lines that are running
	// headers or footers (runningLines), page breaks those of raw's form
	// feeds.
	running    map[int]bool
	pageBreaks []int
}

// BlockKind says what a block is.
type BlockKind int

// Kinds of block.
const (
	Paragraph BlockKind = iota // running text
	Bullet                     // one list item
	Heading                    // a section heading
	Title                      // the document title
	Meta                       // metadata lines: dates, references, bylines, link lists, a duplicated truncated headline, page numbers, running headers and footers
	Caption                    // a figure or table caption ("Figure 3. …"), or the source or note line under one
	Table                      // rows of a table: pipe rows, or columns of numbers and short cells
	Footnote                   // a footnote or endnote, or an entry of a notes or references section
)

var kindNames = [...]string{"paragraph", "bullet", "heading", "title", "meta", "caption", "table", "footnote"}

func (k BlockKind) String() string { return kindNames[k] }

// MarshalText makes kinds readable in JSON.
func (k BlockKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Block is one structural unit of a document.
type Block struct {
	Kind    BlockKind `json:"kind"`
	Text    string    `json:"text"`    // whitespace-collapsed text, markers removed
	Start   int       `json:"start"`   // byte offset of the block's text in the raw input
	End     int       `json:"end"`     // byte offset just past it
	Section string    `json:"section"` // text of the heading this block falls under, "" before the first

	norm [2]int // Start and End in the normalised text, where sentences are split
}

// Sentence is one sentence of a document.
type Sentence struct {
	Index     int    `json:"index"`     // position among the document's sentences, from 0
	Text      string `json:"text"`      // the sentence, whitespace collapsed to single spaces
	Paragraph int    `json:"paragraph"` // index of its paragraph or bullet among those blocks, from 0
	Section   string `json:"section"`   // heading it falls under, "" before the first
	Bullet    bool   `json:"bullet"`    // true when it is (part of) a list item
	Start     int    `json:"start"`     // byte offset into the raw input
	End       int    `json:"end"`       // byte offset just past the sentence in the raw input
}

// ReadOptions changes how Read treats input. The zero value means defaults.
type ReadOptions struct {
	MaxBytes int64 // refuse input longer than this; 0 means DefaultMaxBytes, < 0 no limit
	// MaxSentences refuses documents with more sentences than this; 0
	// means DefaultMaxSentences, < 0 no limit.
	MaxSentences int
	// MaxWords refuses documents with more words than this, counted before
	// any other work; 0 means DefaultMaxWords, < 0 no limit.
	MaxWords int
	// OnePerLine treats every non-empty input line as one sentence: for text
	// that is already split.
	OnePerLine bool
}

// Read reads all of r and returns its document. The error says what is wrong
// with the input (binary, empty, too large); it does not name the input.
func Read(r io.Reader, opt ReadOptions) (*Document, error) {
	raw, err := ReadAll(r, opt.MaxBytes)
	if err != nil {
		return nil, err
	}
	return Parse(raw, opt)
}

// ReadAll reads r to the end, refusing more than max bytes (0 means
// DefaultMaxBytes, < 0 no limit) without reading much past the limit.
func ReadAll(r io.Reader, max int64) ([]byte, error) {
	return ReadAllSized(r, 0, max)
}

// ReadAllSized is ReadAll for input of about size bytes (a file's stat):
// it reads into a buffer of that size from the start, where io.ReadAll
// starts at 512 bytes and doubles (six reads for a note's input of a few
// kilobytes instead of two: the data and the end). The input may have
// changed since its size was taken: more than limit bytes (0 means
// DefaultMaxBytes, < 0 no limit) is a
// *TooLargeError all the same.
func ReadAllSized(r io.Reader, size, limit int64) ([]byte, error) {
	switch {
	case limit == 0:
		limit = DefaultMaxBytes
	case limit < 0:
		limit = 1<<63 - 2 // no limit; +1 below must not overflow
	}
	buf := make([]byte, 0, min(max(size, 0), limit)+1) // +1: the read that meets the end
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // grown or not, the input decides
		}
		end := cap(buf)
		if int64(end) > limit+1 {
			end = int(limit + 1) // read no more than one byte past the limit
		}
		n, err := r.Read(buf[len(buf):end])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, &TooLargeError{Limit: limit}
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// TooLargeError is input over a size limit: Read's, ReadAll's or Load's
// MaxBytes, or a caller's that can tell from a file's size before reading.
type TooLargeError struct {
	Limit int64 // the limit in bytes
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("input larger than %d bytes", e.Limit)
}

// Parse is Read for input already in memory.
func Parse(raw []byte, opt ReadOptions) (*Document, error) {
	text, offsets, err := decode(raw)
	if err != nil {
		return nil, err
	}
	if maxWords := opt.MaxWords; maxWords >= 0 {
		if maxWords == 0 {
			maxWords = DefaultMaxWords
		}
		// a word and the space after it take two bytes at least: a text
		// of up to 2*maxWords bytes needs no count
		if len(text) > 2*maxWords && vocab.CountWords(text) > maxWords {
			return nil, &TooManyWordsError{Limit: maxWords}
		}
	}
	d := &Document{text: text, offsets: offsets, maxSentences: opt.MaxSentences, Format: "text"}
	if d.maxSentences == 0 {
		d.maxSentences = DefaultMaxSentences
	}
	if opt.OnePerLine {
		d.readLines()
	} else {
		d.pageBreaks = formFeeds(raw, text, &d.offsets)
		d.readStructure()
	}
	d.splitSentences()
	if d.tooMany {
		return nil, fmt.Errorf("more than %d sentences: too many to rank", d.maxSentences)
	}
	if len(d.Sentences) == 0 {
		return nil, fmt.Errorf("%w: only headings or metadata", ErrEmpty)
	}
	if d.Title == "" {
		d.Title = inferTitle(d.Sentences[0].Text)
		d.TitleInferred = d.Title != ""
	}
	return d, nil
}

// FromSentences builds a document from text that is already split, one
// sentence per element. When text is the document the sentences came from,
// each sentence is located in it, in order, so that offsets point into text
// and a blank line between two sentences starts a new paragraph; a sentence
// that cannot be found stays in the paragraph before it. When text is "",
// offsets refer to the sentences joined with "\n" and each sentence is a
// paragraph of its own. Empty elements are kept so that indices match the
// caller's. This is how the default ranker's trainer reads its corpus too.
func FromSentences(text string, sentences []string) *Document {
	d := &Document{Sentences: make([]Sentence, len(sentences)), Format: "text"}
	cursor, para, pos := 0, 0, 0
	for i, s := range sentences {
		start, end := pos, pos+len(s)
		if text == "" {
			para = i
		} else if at := strings.Index(text[cursor:], s); s != "" && at >= 0 {
			para += strings.Count(text[cursor:cursor+at], "\n\n")
			start, end = cursor+at, cursor+at+len(s)
			cursor = end
		}
		d.Sentences[i] = Sentence{Index: i, Text: collapseSpace(s), Paragraph: para, Start: start, End: end}
		d.Words += vocab.CountWords(s)
		pos += len(s) + 1
	}
	return d
}

// Headings returns the texts of the document's headings in order.
func (d *Document) Headings() []string {
	var hs []string
	for _, b := range d.Blocks {
		if b.Kind == Heading {
			hs = append(hs, b.Text)
		}
	}
	return hs
}

// collapseSpace trims s and turns each run of white space into one space.
func collapseSpace(s string) string {
	if !needsCollapse(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func needsCollapse(s string) bool {
	if s == "" {
		return false
	}
	if isSpace(s[0]) || isSpace(s[len(s)-1]) {
		return true
	}
	// byte searches: a loop over the bytes was most of the time of
	// collapseSpace, which every sentence goes through
	return strings.IndexByte(s, '\n') >= 0 || strings.IndexByte(s, '\t') >= 0 || strings.Contains(s, "  ")
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
