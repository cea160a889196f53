package codepage

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// legacySamples are short releases in the languages whose legacy code
// pages users still meet, each with the code page it is saved in.
var legacySamples = []struct {
	name string
	cm   *charmap.Charmap
	want string // the name LegacyCharmap must return
	text string
}{
	{"russian windows-1251", charmap.Windows1251, "windows-1251", "Министр иностранных дел России провёл переговоры с коллегой. Стороны договорились о расширении сотрудничества."},
	{"russian koi8-r", charmap.KOI8R, "koi8-r", "Министр иностранных дел России провёл переговоры с коллегой. Стороны договорились о расширении сотрудничества."},
	{"russian iso-8859-5", charmap.ISO8859_5, "iso-8859-5", "Министр иностранных дел России провёл переговоры с коллегой. Стороны договорились о расширении сотрудничества."},
	{"bulgarian windows-1251", charmap.Windows1251, "windows-1251", "Министърът на външните работи проведе разговори. Страните се договориха за сътрудничество."},
	{"ukrainian windows-1251", charmap.Windows1251, "windows-1251", "Міністр закордонних справ України провів переговори. Сторони домовилися про співпрацю."},
	{"czech windows-1250", charmap.Windows1250, "windows-1250", "Ministr zahraničních věcí vedl jednání. Strany se dohodly na rozšíření hospodářské spolupráce."},
	{"polish iso-8859-2", charmap.ISO8859_2, "iso-8859-2", "Minister spraw zagranicznych przeprowadził rozmowy. Strony uzgodniły rozszerzenie współpracy gospodarczej."},
	{"french windows-1252", charmap.Windows1252, "windows-1252", "Le ministre des Affaires étrangères a mené des entretiens. Les parties sont convenues d’élargir la coopération économique."},
	{"german windows-1252", charmap.Windows1252, "windows-1252", "Der Außenminister führte Gespräche. Die Seiten vereinbarten, die wirtschaftliche Zusammenarbeit auszubauen."},
	{"greek iso-8859-7", charmap.ISO8859_7, "iso-8859-7", "Ο υπουργός Εξωτερικών πραγματοποίησε συνομιλίες. Τα μέρη συμφώνησαν να διευρύνουν τη συνεργασία."},
	{"turkish windows-1254", charmap.Windows1254, "windows-1254", "Dışişleri Bakanı görüşmeler yaptı. Taraflar ekonomik işbirliğini genişletme konusunda anlaştı."},
}

func TestGuess(t *testing.T) {
	for _, s := range legacySamples {
		t.Run(s.name, func(t *testing.T) {
			// A long English preamble must not drown the telling lines.
			raw, err := s.cm.NewEncoder().Bytes([]byte(strings.Repeat("Press release, for immediate use. ", 100) + s.text))
			if err != nil {
				t.Fatal(err)
			}
			cm, name := Guess(raw)
			if name != s.want {
				t.Fatalf("LegacyCharmap = %s, want %s", name, s.want)
			}
			got, err := cm.NewDecoder().String(string(raw))
			if err != nil || !strings.HasSuffix(got, s.text) {
				t.Errorf("decoded = %q, %v", got[len(got)-len(s.text):], err)
			}
		})
	}
	if _, name := Guess([]byte("plain ASCII")); name != "windows-1252" {
		t.Errorf("Guess(ASCII) = %s, want the windows-1252 fallback", name)
	}
	if _, name := Guess([]byte{0x81, 0x8d, 0x8f, 0x90, 0x9d}); name == "" {
		t.Errorf("Guess(undefined bytes) gave no code page")
	}
}

func TestGuessWestern(t *testing.T) {
	// English with Windows quotes and a few accents stays Windows-1252.
	for _, in := range []string{
		"It\x92s \x93ok\x94 \x96 the caf\xe9 opened on Monday and the minister visited it.",
		strings.Repeat("The talks in Gen\xe8ve ended on time and both delegations left. ", 40),
		"R\xe9sum\xe9",
	} {
		if _, name := Guess([]byte(in)); name != "windows-1252" {
			t.Errorf("Guess(%q) = %s, want windows-1252", in[:min(len(in), 40)], name)
		}
	}
}

func FuzzGuess(f *testing.F) {
	for _, s := range legacySamples {
		raw, _ := s.cm.NewEncoder().Bytes([]byte(s.text))
		f.Add(raw)
	}
	f.Add([]byte{0x81, 0x8d, 0x8f, 0x90, 0x9d})
	f.Fuzz(func(t *testing.T, raw []byte) {
		cm, name := Guess(raw)
		if cm == nil || name == "" {
			t.Fatalf("Guess(%q) = %v, %q", raw, cm, name)
		}
	})
}
