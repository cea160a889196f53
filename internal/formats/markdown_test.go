package formats

import (
	"strings"
	"testing"
)

func TestMarkdown(t *testing.T) {
	runExtract(t, Markdown, []extractCase{{
		name: "structure",
		in: []byte("# Ministers Meet in Brussels\n\nThe *first* paragraph, with a [link](https://example.org/x)\nand a soft break.\n\n" +
			"## Outcomes\n\n- **One** item\n- Two `items`\n  1. nested\n\n```go\nfmt.Println(\"code\")\n```\n\n    indented code\n\n" +
			"<div>raw html</div>\n\n---\n\nLast line  \nafter a hard break.\n"),
		want:  "# Ministers Meet in Brussels\n\nThe first paragraph, with a link and a soft break.\n\n## Outcomes\n\n- One item\n- Two items\n- nested\n\nLast line\nafter a hard break.\n",
		title: "Ministers Meet in Brussels",
	}, {
		name: "front matter",
		in:   []byte("---\ntitle: 'It''s agreed'   \ndate: 2024-11-28T10:00:00Z\nauthor: \"Press Office\"\ntags: [a, b]\n---\n# Heading Not Title\n\nText.\n"),
		want: "# It's agreed\n\n2024-11-28\n\n# Heading Not Title\n\nText.\n", title: "It's agreed", date: "2024-11-28", byline: "Press Office",
	}, {
		name: "no closing front matter is a thematic break",
		in:   []byte("---\ntitle: x\n\nText.\n"),
		want: "title: x\n\nText.\n",
	}, {
		name: "entities escapes images strikethrough",
		in:   []byte("Caf&eacute; &amp; \\*not emphasis\\* &#1055;ривет ![logo](logo.png) ~~gone~~ <b>x</b> <https://example.org>\n"),
		want: "Café & *not emphasis* Привет x https://example.org\n",
	}, {
		name: "cyrillic and accents, setext heading, quote, table",
		in:   []byte("Заголовок\n=========\n\n> Цитата: «ça va», naïve.\n\n| Город | Дата |\n|---|---|\n| Москва | 28 ноября |\n"),
		want: "# Заголовок\n\nЦитата: «ça va», naïve.\n\n| Город | Дата |\n| Москва | 28 ноября |\n", title: "Заголовок",
	}, {
		name: "footnotes: references dropped, notes as footnote blocks",
		in:   []byte("Congress debated aid.[^a] The rule sent money.[^b]\n\n[^a]: See CRS Report R45100.\n\n[^b]: Ibid.\n    Second paragraph of the note.\n"),
		want: "Congress debated aid. The rule sent money.\n\n[^1]: See CRS Report R45100.\n\n[^2]: Ibid. Second paragraph of the note.\n",
	}, {
		name: "task list",
		in:   []byte("- [x] done\n- [ ] todo\n"),
		want: "- done\n- todo\n",
	}})
}

func TestTame(t *testing.T) {
	ordinary := []byte("> > quote\n- [link](x) and [another](y)\n")
	if got := tame(ordinary); &got[0] != &ordinary[0] {
		t.Errorf("tame(ordinary) copied its input")
	}
	deep := strings.Repeat("> ", 40) + "text\n"
	want := strings.Repeat("> ", 32) + "text\n"
	if got := string(tame([]byte(deep))); got != want {
		t.Errorf("tame(40 quotes) = %q, want %q", got, want)
	}
	brackets := strings.Repeat("[", 2001) + "\n\nafter [x](y)"
	got := string(tame([]byte(brackets)))
	if want := strings.Repeat(`\[`, 2001) + "\n\nafter [x](y)"; got != want {
		t.Errorf("tame(2001 brackets) = %.40q…, want them escaped and the next chunk untouched", got)
	}
}

func TestMarkdownHiddenHTML(t *testing.T) {
	for _, in := range []string{
		"Talks ended. <span hidden>" + hiddenSentence + "</span> Both sides met.",
		"Talks ended. <span style=\"display: none\">" + hiddenSentence + " <b>x</b></span> Both sides met.",
		"Talks ended. <span aria-hidden=\"true\"><span>" + hiddenSentence + "</span> still hidden</span> Both sides met.",
		"Talks ended. <template>" + hiddenSentence + "</template> Both sides met.",
		"Talks ended. <!-- " + hiddenSentence + " --> Both sides met.",
		"Talks ended.\n\n<div hidden>\n" + hiddenSentence + "\n</div>\n\nBoth sides met.",
	} {
		e, err := Extract("h.md", []byte(in), Markdown, Limits{})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(e.Text, "HIDDEN") || strings.Contains(e.Text, "still hidden") || !strings.Contains(e.Text, "Talks ended.") || !strings.Contains(e.Text, "Both sides met.") {
			t.Errorf("Extract(%q) = %q", in, e.Text)
		}
	}
	// Inline HTML that hides nothing keeps its text.
	e, err := Extract("v.md", []byte("Talks <span class=\"x\">ended</span> on <b>time</b>."), Markdown, Limits{})
	if err != nil || e.Text != "Talks ended on time.\n" {
		t.Errorf("visible inline HTML: %q, %v", e.Text, err)
	}
}

// TestFrontMatterYAML: front matter is read as YAML, so a quoted title
// that runs over two lines, a folded one and a timestamp come out as YAML
// means them, and a block that is not YAML gives no fields but is skipped.
func TestFrontMatterYAML(t *testing.T) {
	for _, tc := range []struct{ front, title, date string }{
		{"title: \"Press Briefing by Press Secretary Karine Jean-Pierre and National Security\\\n  \\ Advisor Jake Sullivan\"\ndate: 2023-05-16T14:05:00-04:00\n",
			"Press Briefing by Press Secretary Karine Jean-Pierre and National Security Advisor Jake Sullivan", "2023-05-16"},
		{"title: >-\n  Readout of the Call\n  with the Prime Minister\ndate: 2024-02-01\ntags: [a, b]\n", "Readout of the Call with the Prime Minister", "2024-02-01"},
		{"title: 'It''s Agreed'\n", "It's Agreed", ""},
		{"title: [unclosed\n", "", ""},
	} {
		md := "---\n" + tc.front + "---\n\nThe ministers met in Paris and signed the accord.\n"
		e, err := Extract("a.md", []byte(md), Markdown, Limits{})
		if err != nil {
			t.Fatal(err)
		}
		if e.Title != tc.title || e.Date != tc.date {
			t.Errorf("front matter %q: title %q, date %q; want %q, %q", tc.front, e.Title, e.Date, tc.title, tc.date)
		}
		if strings.Contains(e.Text, "title:") || !strings.Contains(e.Text, "signed the accord") {
			t.Errorf("front matter %q: text %q, want the body without the block", tc.front, e.Text)
		}
	}
}
