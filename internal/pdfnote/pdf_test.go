package pdfnote

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

func TestMain(m *testing.M) {
	// pdfcpu would otherwise write a configuration directory into $HOME.
	api.DisableConfigDir()
	os.Exit(m.Run())
}

func strictConf() *model.Configuration {
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationStrict
	return conf
}

// checkPDF fails t unless pdf passes pdfcpu's strict validation and has
// exactly one page.
func checkPDF(t testing.TB, pdf []byte) {
	t.Helper()
	if err := api.Validate(bytes.NewReader(pdf), strictConf()); err != nil {
		t.Fatalf("strict validation: %v", err)
	}
	n, err := api.PageCount(bytes.NewReader(pdf), strictConf())
	if err != nil {
		t.Fatalf("page count: %v", err)
	}
	if n != 1 {
		t.Fatalf("page count = %d, want 1", n)
	}
}

// extractText returns the text shown by the page's Tj operators, one line
// per operator. gofpdf writes UTF-8 text with Identity-H encoding as
// literal strings of UTF-16BE code units (the CIDs are the code units), so
// decoding the content stream directly is exact, where going through the
// font's ToUnicode map (as general extractors do) is not.
func extractText(t testing.TB, pdf []byte) string {
	t.Helper()
	return decodeTj(pageContent(t, pdf))
}

// pageContent returns the page's content stream, decompressed.
func pageContent(t testing.TB, pdf []byte) []byte {
	t.Helper()
	var content []byte
	err := api.ExtractContent(bytes.NewReader(pdf), nil, func(r io.Reader, _ int) error {
		b, err := io.ReadAll(r)
		content = append(content, b...)
		return err
	}, strictConf())
	if err != nil {
		t.Fatalf("extract content: %v", err)
	}
	return content
}

// decodeTj decodes the string operand of every Tj operator in a content
// stream: a literal (…) string with backslash escapes, or a hex <…> one.
func decodeTj(content []byte) string {
	var out []string
	for _, s := range shownText(content) {
		out = append(out, s.text)
	}
	return strings.Join(out, "\n")
}

// shown is the operand of one Tj operator and the font size it is shown in.
type shown struct {
	text string
	size float64
}

// shownText decodes every Tj operator of a content stream (see decodeTj)
// with the size of the font selected by the last Tf operator before it.
func shownText(content []byte) []shown {
	var out []shown
	var str []byte // last string operand seen
	size := 0.0
	for i := 0; i < len(content); i++ {
		switch c := content[i]; c {
		case '(':
			str = str[:0]
			depth := 1
			for i++; i < len(content); i++ {
				c := content[i]
				if c == '\\' && i+1 < len(content) {
					i++
					switch e := content[i]; e {
					case 'n':
						str = append(str, '\n')
					case 'r':
						str = append(str, '\r')
					case 't':
						str = append(str, '\t')
					case 'b':
						str = append(str, '\b')
					case 'f':
						str = append(str, '\f')
					case '\r', '\n': // line continuation
					default:
						if '0' <= e && e <= '7' {
							v := 0
							for k := 0; k < 3 && i < len(content) && '0' <= content[i] && content[i] <= '7'; k++ {
								v = v*8 + int(content[i]-'0')
								i++
							}
							i--
							str = append(str, byte(v))
						} else {
							str = append(str, e)
						}
					}
					continue
				}
				if c == '(' {
					depth++
				} else if c == ')' {
					if depth--; depth == 0 {
						break
					}
				}
				str = append(str, c)
			}
		case '<':
			if i+1 < len(content) && content[i+1] == '<' {
				i++
				continue
			}
			str = str[:0]
			var hex []byte
			for i++; i < len(content) && content[i] != '>'; i++ {
				if h := content[i]; strings.IndexByte("0123456789abcdefABCDEF", h) >= 0 {
					hex = append(hex, h)
				}
			}
			if len(hex)%2 == 1 {
				hex = append(hex, '0')
			}
			for k := 0; k < len(hex); k += 2 {
				str = append(str, unhex(hex[k])<<4|unhex(hex[k+1]))
			}
		case 'T':
			if i+1 < len(content) && content[i+1] == 'j' {
				u := make([]uint16, len(str)/2)
				for k := range u {
					u[k] = uint16(str[2*k])<<8 | uint16(str[2*k+1])
				}
				out = append(out, shown{string(utf16.Decode(u)), size})
				i++
			} else if i+1 < len(content) && content[i+1] == 'f' {
				// "/F1 9.00 Tf": the size is the operand just before.
				if f := bytes.Fields(content[max(i-32, 0):i]); len(f) > 0 {
					size, _ = strconv.ParseFloat(string(f[len(f)-1]), 64)
				}
				i++
			}
		}
	}
	return out
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// flat collapses all whitespace to single spaces, so that sentences can be
// found across the line breaks of the layout.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestDecodeTj(t *testing.T) {
	// "Aж" and "(" as gofpdf writes them: UTF-16BE, parens escaped.
	content := []byte("BT 1 2 Td (\x00A\x04\x36)Tj ET\nBT 1 2 Td (\x00\\()Tj ET BT <0041 04 36> Tj ET")
	got := decodeTj(content)
	want := "Aж\n(\nAж"
	if got != want {
		t.Errorf("decodeTj = %q, want %q", got, want)
	}
	sized := shownText([]byte("BT /F1 9.00 Tf (\x00A)Tj /F2 6.12 Tf (\x00B)Tj ET"))
	if len(sized) != 2 || sized[0] != (shown{"A", 9}) || sized[1] != (shown{"B", 6.12}) {
		t.Errorf("shownText = %v, want A at 9 and B at 6.12", sized)
	}
}
