package eval

import (
	"reflect"
	"testing"
)

func TestToks(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Hon’ble Minister Manohar Lal", []string{"hon", "ble", "minister", "manohar", "lal"}},
		{"Türkiye's São-Paulo", []string{"turkiye", "s", "sao", "paulo"}}, // accents dropped, not split on
		{"e\u0301x", []string{"ex"}},                  // a combining mark is dropped
		{"ＡＢＣ ½", []string{"abc", "1", "2"}},          // compatibility forms: fullwidth letters, ½ is 1⁄2
		{"U.S.-Israel", []string{"u", "s", "israel"}}, // punctuation separates
		{"Москва 2024", []string{"2024"}},             // letters outside ASCII separate too
		{"  ", nil},
	} {
		if got := toks(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("toks(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPersonMatch(t *testing.T) {
	g := &GoldPerson{Name: "Yoon Suk Yeol", Mentions: []string{"President Yoon"}}
	for _, tc := range []struct {
		pred string
		want bool
	}{
		{"Yoon Suk Yeol", true},
		{"President Yoon", true}, // "yoon" ends a mention
		{"Suk", false},           // allowed, but neither the name's last token nor a mention's
		{"Yeol", true},
		{"Yoon Kishida", false}, // a token outside the name and mentions
		{"His Excellency", false},
	} {
		if got := personMatch(tc.pred, g); got != tc.want {
			t.Errorf("personMatch(%q, Yoon Suk Yeol) = %v, want %v", tc.pred, got, tc.want)
		}
	}
}

func TestSentMatch(t *testing.T) {
	gold := "The two leaders agreed to deepen cooperation on clean energy."
	for _, tc := range []struct {
		pred string
		want bool
	}{
		{gold, true},
		{"The two leaders agreed to deepen cooperation.", true}, // Jaccard 7/10
		{"agreed to deepen cooperation on clean energy", true},  // Jaccard 7/10
		{"The leaders met.", false},                             // Jaccard 2/10
		{"The two leaders agreed to deepen cooperation on clean energy and on critical minerals, and discussed trade.", true}, // 10/15 = 0.67
		{"deepen cooperation", false}, // inside, but less than half as long
		{"", false},
	} {
		if got := sentMatch(tc.pred, gold); got != tc.want {
			t.Errorf("sentMatch(%q) = %v, want %v", tc.pred, got, tc.want)
		}
	}
	// Containment rescues a sentence inside a longer one that Jaccard
	// alone rejects: 7 of 16 distinct words, but 59 of 96 characters.
	long := "On 5 May in Delhi, A and B signed the Memorandum of Understanding on renewable energy cooperation."
	short := "Memorandum of Understanding on renewable energy cooperation"
	if !sentMatch(short, long) {
		t.Errorf("sentMatch(%q, %q) = false, want true (contained, over half as long)", short, long)
	}
	// Exactly half as long is enough; a character less is not.
	if !sentMatch("Memorandum", "memorandum a b c d e") || sentMatch("Memorandu", "memorandu a b c d e") {
		t.Errorf("containment at exactly half the length: want a match, and none below it")
	}
}
