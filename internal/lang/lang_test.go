package lang

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Snippets are either public domain (the works named, all by authors dead
// for well over 70 years, or statute text) or written for this test.
var snippets = []struct {
	want, name, text string
}{
	{"en", "Lincoln, Gettysburg Address (1863)", "Four score and seven years ago our fathers brought forth on this continent, a new nation, conceived in Liberty, and dedicated to the proposition that all men are created equal."},
	{"en", "written", "The ministers met in Geneva on Monday and agreed to extend the ceasefire by two weeks. Both sides will report to the council in May."},
	{"fr", "Hugo, Les Misérables (1862)", "En 1815, M. Charles-François-Bienvenu Myriel était évêque de Digne. C'était un vieillard d'environ soixante-quinze ans; il occupait le siège de Digne depuis 1806."},
	{"fr", "written", "Les ministres se sont réunis à Genève lundi et ont convenu de prolonger le cessez-le-feu de deux semaines."},
	{"de", "Kafka, Die Verwandlung (1915)", "Als Gregor Samsa eines Morgens aus unruhigen Träumen erwachte, fand er sich in seinem Bett zu einem ungeheueren Ungeziefer verwandelt."},
	{"de", "written", "Die Minister trafen sich am Montag in Genf und einigten sich darauf, die Waffenruhe um zwei Wochen zu verlängern."},
	{"es", "Cervantes, Don Quijote (1605)", "En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho tiempo que vivía un hidalgo de los de lanza en astillero, adarga antigua, rocín flaco y galgo corredor."},
	{"es", "written", "Los ministros se reunieron el lunes en Ginebra y acordaron prorrogar el alto el fuego dos semanas."},
	{"it", "Collodi, Pinocchio (1883)", "C'era una volta... Un re! diranno subito i miei piccoli lettori. No, ragazzi, avete sbagliato. C'era una volta un pezzo di legno."},
	{"it", "written", "I ministri si sono riuniti lunedì a Ginevra e hanno concordato di prorogare il cessate il fuoco di due settimane."},
	{"pt", "Machado de Assis, Dom Casmurro (1899)", "Uma noite destas, vindo da cidade para o Engenho Novo, encontrei no trem da Central um rapaz aqui do bairro, que eu conheço de vista e de chapéu."},
	{"pt", "written", "Os ministros reuniram-se na segunda-feira em Genebra e concordaram em prorrogar o cessar-fogo por duas semanas."},
	{"nl", "Multatuli, Max Havelaar (1860)", "Ik ben makelaar in koffie, en woon op de Lauriergracht, No. 37. Het is mijn gewoonte niet, romans te schrijven, of zulke dingen."},
	{"nl", "written", "De ministers kwamen maandag in Genève bijeen en kwamen overeen het staakt-het-vuren met twee weken te verlengen."},
	{"id", "UUD 1945, preamble (statute)", "Bahwa sesungguhnya kemerdekaan itu ialah hak segala bangsa dan oleh sebab itu, maka penjajahan di atas dunia harus dihapuskan, karena tidak sesuai dengan peri-kemanusiaan dan peri-keadilan."},
	{"id", "written", "Para menteri bertemu di Jenewa pada hari Senin dan sepakat untuk memperpanjang gencatan senjata selama dua minggu."},
	{"ru", "Tolstoy, Anna Karenina (1877)", "Все счастливые семьи похожи друг на друга, каждая несчастливая семья несчастлива по-своему. Всё смешалось в доме Облонских."},
	{"uk", "written", "Міністри зустрілися в понеділок у Женеві і домовилися про продовження перемир'я ще на два тижні."},
	{"zh", "Analects (classical)", "学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？"},
	{"zh", "written", "外交部长于二〇二四年三月五日在北京会见了来访的代表团。双方签署了贸易协定。"},
	{"ja", "Natsume Sōseki, Wagahai wa neko de aru (1905)", "吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。"},
	{"ko", "written", "외교부 장관은 월요일 제네바에서 대표단을 만나 휴전을 2주 연장하기로 합의했다."},
	{"hi", "written", "विदेश मंत्री ने आज नई दिल्ली में रूस के उप प्रधानमंत्री से मुलाकात की। दोनों पक्षों ने व्यापार समझौते पर हस्ताक्षर किए।"},
	{"ar", "written", "التقى وزير الخارجية يوم الاثنين في جنيف بالوفد الزائر واتفق الجانبان على تمديد وقف إطلاق النار."},
	{"fa", "written", "وزیر امور خارجه روز دوشنبه در ژنو با هیئت مهمان دیدار کرد و دو طرف بر تمدید آتش بس توافق کردند."},
	{"el", "written", "Οι υπουργοί συναντήθηκαν τη Δευτέρα στη Γενεύη και συμφώνησαν να παρατείνουν την εκεχειρία."},
	{"he", "written", "השרים נפגשו ביום שני בז'נבה והסכימו להאריך את הפסקת האש בשבועיים."},
	{"th", "written", "รัฐมนตรีต่างประเทศพบกับคณะผู้แทนที่เจนีวาเมื่อวันจันทร์"},
}

func TestDetectSnippets(t *testing.T) {
	for _, s := range snippets {
		code, conf := Detect(s.text)
		if code != s.want || conf < 0.3 || conf > 1 {
			t.Errorf("%s (%s): Detect = %q %.2f, want %q with confidence ≥ 0.3", s.want, s.name, code, conf, s.want)
		}
	}
}

func TestDetectUndetermined(t *testing.T) {
	for _, text := range []string{
		"",
		"12 345 — 2024-03-05 !!! ...",
		"\x00\xff\xfe",
		"Ministrowie spotkali się w poniedziałek w Genewie i uzgodnili przedłużenie zawieszenia broni o dwa tygodnie.", // Polish: no profile
		"Xyzzy plugh qwrt zxcvb mnbvc lkjhg.",
	} {
		if code, conf := Detect(text); code != "" || conf != 0 {
			t.Errorf("Detect(%.30q) = %q %.2f, want \"\" 0", text, code, conf)
		}
	}
}

func TestDetectMixed(t *testing.T) {
	// An English release quoting a Chinese name and a Hindi word stays
	// English; a Hindi release naming English organisations stays Hindi.
	en := "The Chinese delegation, led by 王毅, met the ministers on Monday. They signed an agreement on trade, which the Hindi press called समझौता."
	if code, _ := Detect(en); code != "en" {
		t.Errorf("Detect(English with quotes) = %q, want en", code)
	}
	hi := "विदेश मंत्री ने आज नई दिल्ली में WTO और UNESCO के प्रतिनिधियों से मुलाकात की। दोनों पक्षों ने व्यापार समझौते पर हस्ताक्षर किए।"
	if code, _ := Detect(hi); code != "hi" {
		t.Errorf("Detect(Hindi with acronyms) = %q, want hi", code)
	}
}

func TestConfidenceGrows(t *testing.T) {
	short, long := "Les ministres ont signé.", strings.Repeat(snippets[3].text+" ", 5)
	_, cs := Detect(short)
	_, cl := Detect(long)
	if !(cs < cl) {
		t.Errorf("confidence %.2f for a short text, %.2f for a long one: want it to grow", cs, cl)
	}
	code, cm := Detect(snippets[0].text + " " + snippets[3].text) // half English, half French
	if cm >= cl || code != "en" && code != "fr" {
		t.Errorf("mixed English and French: %q %.2f, want en or fr below %.2f", code, cm, cl)
	}
}

func TestSample(t *testing.T) {
	// Only the first MaxSample bytes are read: what comes after does not
	// change the verdict.
	fr := strings.Repeat(snippets[3].text+" ", MaxSample/len(snippets[3].text)+1)
	code, conf := Detect(fr + strings.Repeat(snippets[1].text+" ", 2000))
	if code != "fr" || conf < 0.5 {
		t.Errorf("Detect(French then English past MaxSample) = %q %.2f, want fr", code, conf)
	}
}

func TestAnalysed(t *testing.T) {
	for code, want := range map[string]bool{"en": true, "hi": false, "fr": false, "zh": false, "": false} {
		if Analysed(code) != want {
			t.Errorf("Analysed(%q) = %v, want %v", code, !want, want)
		}
	}
}

func TestStopwordFiles(t *testing.T) {
	// Every profile is loaded, and no list is so small that a language
	// would go unrecognised.
	n := make([]int, len(latinLangs))
	for w, set := range stopwords() {
		if w != strings.ToLower(w) || strings.ContainsAny(w, " \t#") || !utf8.ValidString(w) {
			t.Errorf("bad stop word %q", w)
		}
		for i := range latinLangs {
			if set&(1<<i) != 0 {
				n[i]++
			}
		}
	}
	for i, code := range latinLangs {
		if n[i] < 40 {
			t.Errorf("%s: %d stop words, want at least 40", code, n[i])
		}
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range snippets {
		f.Add(s.text)
	}
	f.Add("\xff\xfe l'l'l' ''''")
	f.Fuzz(func(t *testing.T, text string) {
		code, conf := Detect(text)
		if conf < 0 || conf > 1 || (code == "") != (conf == 0) {
			t.Errorf("Detect = %q %v", code, conf)
		}
		if c2, f2 := Detect(text); c2 != code || f2 != conf {
			t.Errorf("Detect not deterministic: %q %v then %q %v", code, conf, c2, f2)
		}
	})
}

func BenchmarkDetect(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 64<<10 {
		sb.WriteString(snippets[1].text + " " + snippets[0].text + " ")
	}
	text := sb.String()[:64<<10]
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Detect(text)
	}
}
