package summarize

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brief-dev/brief/internal/segment"
	"github.com/brief-dev/brief/internal/vocab"
)

// splitSentences fills d.Sentences from the paragraph and bullet blocks.
// Sentences never cross a block, so a heading is never glued to the text
// after it.
func (d *Document) splitSentences() {
	if d.text == "" {
		return // FromSentences documents are already split
	}
	para := -1
	var blocks []Block
	if d.Sentences == nil {
		// About as many sentences as ends of sentences and blocks: grown
		// from nothing, the slice took twice its size in copies.
		n := strings.Count(d.text, ".") + strings.Count(d.text, "?") + strings.Count(d.text, "!") + len(d.Blocks) + 1
		if d.maxSentences > 0 {
			n = min(n, d.maxSentences+1)
		}
		d.Sentences = make([]Sentence, 0, n)
	}
	for _, b := range d.Blocks {
		if b.Kind != Paragraph && b.Kind != Bullet {
			blocks = append(blocks, b)
			continue
		}
		para++
		start, end := b.norm[0], b.norm[1]
		section := b.Section
		for _, piece := range fusedPieces(d.text, start, end) {
			for _, sp := range segment.Split(d.text[piece[0]:piece[1]]) {
				s, e := piece[0]+sp.Start, piece[0]+sp.End
				text := collapseSpace(d.text[s:e])
				if piece[1] < end && e == piece[1] && isFusedHeading(text) {
					// "…voted.Screening of third-country nationalsThe
					// decision…": a heading lost its line breaks.
					section = text
					blocks = append(blocks, Block{Kind: Heading, Text: text, Start: d.offsets.raw(s), End: d.offsets.raw(e), Section: text, norm: [2]int{s, e}})
					continue
				}
				if isStageDirection(text) {
					continue // "(Applause.)" between two sentences of a speech
				}
				d.Sentences = append(d.Sentences, Sentence{
					Index: len(d.Sentences), Text: text, Paragraph: para, Section: section,
					Bullet: b.Kind == Bullet, Start: d.offsets.raw(s), End: d.offsets.raw(e),
				})
				d.Words += vocab.CountWords(text)
				if d.maxSentences > 0 && len(d.Sentences) > d.maxSentences {
					d.tooMany = true
					d.Sentences = nil
					return
				}
			}
		}
		b.Section = section
		blocks = append(blocks, b)
	}
	d.Blocks = blocks
}

// isFusedHeading reports whether text, which ended at a fused boundary
// inside its block, is short with no final punctuation: a heading.
func isFusedHeading(text string) bool {
	if endsSentence(text) {
		return false
	}
	words := strings.Fields(text)
	return len(words) <= 10 && !endsWithConnector(text)
}

// fusedPieces cuts a block where text from separate lines or elements was
// fused without a space by the program that made the file: "Guterres:The",
// "nationalsThe decision", "BackgroundParliament", "Next stepsOnce". The sentence splitter
// handles "issues.The" itself.
func fusedPieces(text string, start, end int) [][2]int {
	var pieces [][2]int
	from := start
	for i := start + 1; i < end-2; i++ {
		c := text[i]
		if c < 'A' || c > 'Z' {
			continue
		}
		prev := text[i-1]
		cut := false
		switch {
		case prev == ':' && i-2 >= start && vocab.IsASCIILetter(text[i-2]):
			cut = text[i+1] >= 'a' && text[i+1] <= 'z'
		case prev >= 'a' && prev <= 'z':
			cut = startsWithStarter(text[i:end])
			if !cut && isFusedHeadingWord(text[from:i], text[i:end]) {
				cut = true
				// the heading word stands alone: "2016.QuotesCOVI" is
				// "2016." "Quotes" "COVI"
				if w := strings.LastIndexByte(text[from:i], '.') + from + 1; w > from && w < i && !strings.ContainsAny(text[w:i], " \n") {
					pieces = append(pieces, [2]int{from, w})
					from = w
				}
			}
		case prev >= '0' && prev <= '9':
			cut = startsWithStarter(text[i:end]) // "Review in 2023The Commission"
		}
		if cut {
			pieces = append(pieces, [2]int{from, i})
			from = i
		}
	}
	return append(pieces, [2]int{from, end})
}

// sentenceStarters are words that begin sentences and almost never follow a
// lower-case letter inside a word, each with the space after it
// (openings.txt).
var sentenceStarters = sync.OnceValue(func() []string {
	var out []string
	for _, ln := range vocab.Sections("openings.txt")["glued"] {
		for _, w := range strings.Fields(ln) {
			out = append(out, w+" ")
		}
	}
	return out
})

func startsWithStarter(s string) bool {
	for _, w := range sentenceStarters() {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// isFusedHeadingWord catches a known heading fused to the next word at the
// start of a piece: "BackgroundParliament".
func isFusedHeadingWord(before, after string) bool {
	w := before
	if i := strings.LastIndexAny(w, " .\n"); i >= 0 {
		w = w[i+1:]
	}
	r, _ := utf8.DecodeRuneInString(after[min(1, len(after)):])
	return fusedHeadingWords()[w] && (unicode.IsLower(r) || startsAcronym(after)) // "QuotesCOVI Chair"
}

// startsAcronym reports whether s starts with two or more capital ASCII
// letters and then a space.
func startsAcronym(s string) bool {
	n := 0
	for n < len(s) && s[n] >= 'A' && s[n] <= 'Z' {
		n++
	}
	return n >= 2 && n < len(s) && s[n] == ' '
}

// fusedHeadingWords are headings glued to the next word (openings.txt).
var fusedHeadingWords = sync.OnceValue(func() map[string]bool {
	return vocab.Set(vocab.Sections("openings.txt")["fused-headings"])
})
