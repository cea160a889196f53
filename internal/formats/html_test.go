package formats

import (
	"golang.org/x/text/encoding/charmap"
	"strings"
	"testing"
)

// articleBody is long enough for readability to accept it as an article.
const articleBody = `<p>The fourth meeting of the joint working group on trade and investment took place in Moscow on 28 November 2024, chaired by the deputy ministers of both countries.</p>
<p>The parties reviewed progress on the roadmap adopted last year, noted a 12% rise in bilateral trade, and agreed to set up a sub-group on customs procedures.</p>
<p>Delegations also discussed transport links, energy cooperation and the mutual recognition of certificates, and agreed to meet again in the spring of 2025.</p>`

func TestHTML(t *testing.T) {
	runExtract(t, HTML, []extractCase{{
		name: "article with chrome",
		in: []byte(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Working Group Meets in Moscow | Ministry of Trade</title>
<meta name="author" content="Press Office">
<meta property="article:published_time" content="2024-11-28T09:00:00+03:00">
<script>var t = "{{ template }}"; document.write("<p>injected</p>");</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Working Group Meets in Moscow</h1>` + articleBody + `
<h2>Next Steps</h2><ul><li>Customs sub-group by March</li><li>Energy talks &amp; follow-up</li></ul>
<p>Contacts: press&#64;example.org<br>+7 495 000 00 00</p></article>
<aside>Related stories</aside><footer>© Ministry</footer></body></html>`),
		want: "# Working Group Meets in Moscow\n\n2024-11-28\n\n" +
			"The fourth meeting of the joint working group on trade and investment took place in Moscow on 28 November 2024, chaired by the deputy ministers of both countries.\n\n" +
			"The parties reviewed progress on the roadmap adopted last year, noted a 12% rise in bilateral trade, and agreed to set up a sub-group on customs procedures.\n\n" +
			"Delegations also discussed transport links, energy cooperation and the mutual recognition of certificates, and agreed to meet again in the spring of 2025.\n\n" +
			"## Next Steps\n\n- Customs sub-group by March\n- Energy talks & follow-up\n\nContacts: press@example.org\n+7 495 000 00 00\n",
		title: "Working Group Meets in Moscow", date: "2024-11-28", byline: "Press Office",
	}, {
		name:  "fragment, cyrillic, entities",
		in:    []byte(`<h1>Заседание рабочей группы</h1><p>Стороны обсудили &laquo;дорожную карту&raquo; &ndash; café, naïve.</p><p># 1 priority</p>`),
		want:  "# Заседание рабочей группы\n\nСтороны обсудили «дорожную карту» – café, naïve.\n\n＃ 1 priority\n",
		title: "Заседание рабочей группы",
	}, {
		name: "script and template braces dropped",
		in:   []byte(`<html><body><script>{{ .Secret }} alert(1)</script><noscript>Enable JS</noscript><p>Visible {{ braces }} stay as text.</p><template><p>tpl</p></template></body></html>`),
		want: "Visible {{ braces }} stay as text.\n",
	}, {
		name: "tables: data rows as pipe rows, layout cells as blocks",
		in: []byte(`<body><table><tr><td><h2>Layout Heading</h2>` + articleBody + `
<table><tr><th>Country</th><th>Share</th><th>Change</th></tr><tr><td>France</td><td>12%</td><td>+1</td></tr>
<tr><td>Germany</td><td>10%</td><td>-2</td></tr><tr><td>Italy</td><td>8%</td><td>0</td></tr></table></td></tr></table></body>`),
		want: "## Layout Heading\n\n" + strings.Join(strings.Split(strings.ReplaceAll(strings.ReplaceAll(articleBody, "<p>", ""), "</p>", ""), "\n"), "\n\n") +
			"\n\n| Country | Share | Change |\n| France | 12% | +1 |\n| Germany | 10% | -2 |\n| Italy | 8% | 0 |\n",
	}, {
		name: "footnotes: references dropped from the text, notes as footnote blocks",
		in: []byte(`<body><p>Congress debated aid.<sup><a href="#fn1">1</a></sup> The rule sent money to poor counties.</p>` +
			`<section class="footnotes" role="doc-endnotes"><ol><li id="fn1"><p>See CRS Report R45100.</p></li><li><p>Ibid.</p></li></ol></section>` +
			`<p>Closing text <sup>2</sup> stays.</p></body>`),
		want: "Congress debated aid. The rule sent money to poor counties.\n\n[^1]: See CRS Report R45100.\n\n[^2]: Ibid.\n\nClosing text 2 stays.\n",
	}, {
		name: "captions of tables and figures marked as captions",
		in: []byte(`<body><p>Trade grew.</p><figure><img src="x.png"><figcaption>Share of trade by partner, 2024</figcaption></figure>` +
			`<table><caption>Tariffs by year</caption><tr><td>2023</td><td>4.1%</td></tr></table></body>`),
		want: "Trade grew.\n\n: Share of trade by partner, 2024\n\n: Tariffs by year\n\n| 2023 | 4.1% |\n",
	}, {
		name: "windows-1252 declared in meta",
		in:   []byte("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9 \x93quoted\x94.</p></body></html>"),
		want: "Café “quoted”.\n",
	}, {
		name: "pre keeps lines, hidden dropped",
		in:   []byte("<body><div hidden>secret</div><div style=\"display: none\">also</div><pre>Line one\nLine two</pre></body>"),
		want: "Line one\nLine two\n",
	}})
}

// TestHTMLNoFetch checks that references stay references: a page full of
// remote resources is read without any attempt to load them (the test
// would hang or fail on a sandbox without network if one were made, and
// the readers take no URL or client to make one with).
func TestHTMLNoFetch(t *testing.T) {
	in := `<html><head><link rel="stylesheet" href="http://192.0.2.1/x.css"><base href="http://192.0.2.1/"></head>
<body><img src="http://192.0.2.1/a.png" alt="Alt text"><iframe src="http://192.0.2.1/"></iframe>
<p>Text with <a href="http://192.0.2.1/page">a link</a>.</p></body></html>`
	e, err := Extract("a.html", []byte(in), HTML, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if e.Text != "Text with a link.\n" {
		t.Errorf("Extract(html with remote refs).Text = %q", e.Text)
	}
	if strings.Contains(e.Text, "192.0.2.1") {
		t.Errorf("URL leaked into text: %q", e.Text)
	}
}

func TestHTMLHiddenText(t *testing.T) {
	hid := hiddenSentence
	wrappers := map[string]string{
		"hidden attribute":         `<p hidden>` + hid + `</p>`,
		"hidden until found":       `<div hidden="until-found"><p>` + hid + `</p></div>`,
		"aria-hidden":              `<div aria-hidden="true"><p>` + hid + `</p></div>`,
		"aria-hidden upper case":   `<span aria-hidden="TRUE">` + hid + `</span>`,
		"display none":             `<p style="color: red; display: none">` + hid + `</p>`,
		"display none important":   `<p style="DISPLAY:NONE !important">` + hid + `</p>`,
		"visibility hidden":        `<div style="visibility:hidden"><p>` + hid + `</p></div>`,
		"visibility collapse":      `<p style="visibility: collapse">` + hid + `</p>`,
		"template":                 `<template><p>` + hid + `</p></template>`,
		"noscript":                 `<noscript><p>` + hid + `</p></noscript>`,
		"class hidden by a rule":   `<style>p { margin: 0 } .secret, .other { display: none }</style><p class="x secret">` + hid + `</p>`,
		"id hidden by a rule":      `<style>/* c */ div#note{visibility:hidden}</style><div id="note"><p>` + hid + `</p></div>`,
		"hidden input":             `<input type="hidden" value="` + hid + `">`,
		"nested hidden in article": `<article><h1>Talks Ended</h1>` + articleBody + `<p>Visible close.<span style="display:none"> ` + hid + `</span></p></article>`,
	}
	for name, w := range wrappers {
		t.Run(name, func(t *testing.T) {
			page := `<!DOCTYPE html><html><head><title>Talks</title></head><body><main><h1>Talks Ended</h1>` + articleBody + w + `<p>The end.</p></main></body></html>`
			e, err := Extract("h.html", []byte(page), HTML, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(e.Text, "HIDDEN") || strings.Contains(e.Title, "HIDDEN") || strings.Contains(e.Byline, "HIDDEN") {
				t.Errorf("hidden text leaked:\n%s", e.Text)
			}
			if !strings.Contains(e.Text, "rise in bilateral trade") {
				t.Errorf("visible text lost:\n%s", e.Text)
			}
			// A fragment too small for readability takes the whole-page walk.
			e, err = Extract("f.html", []byte(`<p>Short visible text.</p>`+w), HTML, Limits{})
			if err != nil || strings.Contains(e.Text, "HIDDEN") || !strings.Contains(e.Text, "Short visible text.") {
				t.Errorf("fragment: %q, %v", e.Text, err)
			}
		})
	}
	// Rules that only hide under a media query, or through selectors that
	// need a CSS engine, leave the text alone: losing content is worse.
	e, err := Extract("m.html", []byte(`<style>@media print { .keep { display: none } } div .deep { display:none }</style><p class="keep">Printed text.</p><div><p class="deep">Deep text.</p></div>`), HTML, Limits{})
	if err != nil || !strings.Contains(e.Text, "Printed text.") || !strings.Contains(e.Text, "Deep text.") {
		t.Errorf("conditional rules: %q, %v", e.Text, err)
	}
}

func TestHTMLHiddenTokenWalk(t *testing.T) {
	// Deeper than the tree parser accepts: read as a token stream.
	deep := strings.Repeat("<div>", 600) + `<p>Deep visible.</p><div style="display:none"><div><p>` + hiddenSentence + `</p></div></div><p aria-hidden="true">` + hiddenSentence + `</p><p>After.</p>` + strings.Repeat("</div>", 600)
	e, err := Extract("deep.html", []byte("<html><body>"+deep+"</body></html>"), HTML, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(e.Text, "HIDDEN") || !strings.Contains(e.Text, "Deep visible.") || !strings.Contains(e.Text, "After.") {
		t.Errorf("token walk: %q", e.Text)
	}
}

func TestHTMLLegacyUndeclared(t *testing.T) {
	page := "<html><body><h1>Переговоры</h1><p>Министр иностранных дел России провёл переговоры с коллегой.</p></body></html>"
	raw, _ := charmap.Windows1251.NewEncoder().Bytes([]byte(page))
	e, err := Extract("p.html", raw, HTML, Limits{})
	if err != nil || !strings.Contains(e.Text, "Министр иностранных дел") {
		t.Errorf("Extract(windows-1251 page without a charset) = %+v, %v", e, err)
	}
	// A declaration still wins over the guess.
	latin := `<html><head><meta charset="windows-1252"></head><body><p>Caf` + "\xe9" + ` cr` + "\xe8" + `me, d` + "\xe9" + `j` + "\xe0" + ` vu.</p></body></html>"`
	e, err = Extract("l.html", []byte(latin), HTML, Limits{})
	if err != nil || !strings.Contains(e.Text, "Café crème, déjà vu.") {
		t.Errorf("Extract(declared windows-1252) = %+v, %v", e, err)
	}
}

// TestHTMLPageMeta: the headline and date a page declares for machines
// (schema.org itemprop, Open Graph) are the note's title and date, where
// <title> carries the site's name and readability finds no date.
func TestHTMLPageMeta(t *testing.T) {
	body := `<p>The trade ministers of Ruritania and Freedonia signed a trade agreement in Geneva on Monday, officials said. They agreed to cut tariffs on steel by half over five years.</p><p>The pact takes effect in June.</p>`
	for _, tc := range []struct{ page, title, date string }{
		{`<html><head><title>Site | News</title></head><body><article><h1 itemprop="headline">Ministers Agree Trade Pact</h1><time itemprop="datePublished" datetime="2024-03-05">5 March</time>` + body + `</article></body></html>`,
			"Ministers Agree Trade Pact", "2024-03-05"},
		{`<html><head><title>News - Site</title><meta property="og:title" content="Ministers Agree Trade Pact"><meta property="article:published_time" content="2024-03-05T10:00:00Z"></head><body><article>` + body + `</article></body></html>`,
			"Ministers Agree Trade Pact", "2024-03-05"},
		{`<html><head><meta itemprop="datePublished" content="2023-11-30"></head><body><article><h1>Trade Pact</h1>` + body + `</article></body></html>`,
			"Trade Pact", "2023-11-30"},
	} {
		e, err := Extract("a.html", []byte(tc.page), HTML, Limits{})
		if err != nil {
			t.Fatal(err)
		}
		if e.Title != tc.title || e.Date != tc.date {
			t.Errorf("title %q, date %q; want %q, %q", e.Title, e.Date, tc.title, tc.date)
		}
	}
}
