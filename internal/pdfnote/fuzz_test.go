package pdfnote

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// FuzzRender builds a note from random text and random item counts and
// lengths: Render must not panic or fail, and must produce one valid page,
// unless it refuses text it cannot draw (a ScriptError), writing nothing.
func FuzzRender(f *testing.F) {
	f.Add("Title", "A sentence.", uint8(3), uint16(1), uint8(0), byte(0))
	f.Add("Заголовок “x” — y", "Текст ’quoted’ 🙂\x00\u200b\ufeff", uint8(40), uint16(30), uint8(7), byte(3))
	f.Add("", "", uint8(0), uint16(0), uint8(0), byte(0))
	f.Add("会议 (2025)", "中文，“引号”。Latin 中文", uint8(30), uint16(80), uint8(5), byte(5))
	f.Add(strings.Repeat("long ", 200), "नमस्ते\xff\xfe", uint8(200), uint16(500), uint8(255), byte(255))
	cjk := parseFont(f, cjkFont(f), nil)
	f.Fuzz(func(t *testing.T, title, text string, items uint8, repeat uint16, seed uint8, paper byte) {
		// Items cycle through the three kinds, with lengths, labels,
		// cell counts and priorities derived from the seed, so that one
		// input exercises dropping, truncation and table fitting.
		body := strings.Repeat(text+" ", int(repeat%600))
		note := &Note{Kicker: text, Title: title, Meta: []string{text, title}, Footer: text}
		for s := range 3 {
			sec := Section{Heading: title, Kind: SectionKind(s), Empty: text}
			if s == 2 && seed%2 == 0 {
				sec.Columns = strings.Fields(title)
			}
			note.Sections = append(note.Sections, sec)
		}
		for i := range int(items) {
			k := (i + int(seed)) % 3
			n := (i*int(seed) + 1) % (len(body) + 1)
			it := Item{Text: body[:n], Priority: (i * 7 * int(seed)) % 11}
			if i%2 == 0 {
				it.Label = title
			}
			if k == 2 {
				it.Cells = strings.SplitN(body[:n], " ", 1+i%5)
			}
			note.Sections[k].Items = append(note.Sections[k].Items, it)
		}
		opt := Options{}
		if paper%2 == 1 {
			opt.Paper = "letter"
		}
		if paper%4 >= 2 {
			opt.MinSize, opt.MaxSize = 6, 14
		}
		if paper%8 >= 4 {
			opt.Fonts = []*Font{cjk}
		}
		var buf bytes.Buffer
		res, err := Render(&buf, note, opt)
		var se *ScriptError
		if errors.As(err, &se) {
			if buf.Len() != 0 || len(se.Scripts) == 0 || se.Chars == 0 {
				t.Errorf("refused with %v but wrote %d bytes", se, buf.Len())
			}
			return
		}
		if err != nil {
			t.Fatalf("Render: %v", err)
		}
		checkPDF(t, buf.Bytes())
		if res.FontSize < opt.MinSize || res.FontSize > max(opt.MaxSize, defaultMaxSize) {
			t.Errorf("FontSize = %g out of range", res.FontSize)
		}
	})
}
