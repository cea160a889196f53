package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestFontFallbackCLI makes a Chinese PDF note with a font collection
// (.ttc) from Debian's fonts-wqy-microhei, when it is installed: the
// Chinese is drawn in it and the labels stay in the embedded fonts.
func TestFontFallbackCLI(t *testing.T) {
	const ttc = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
	if _, err := os.Stat(ttc); err != nil {
		t.Skip("fonts-wqy-microhei not installed")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "zh.txt")
	zh := "外交部长于二〇二四年三月五日在北京会见了来访的代表团。双方签署了贸易协定，并同意扩大合作。下一次会议将于五月在莫斯科举行。\n"
	if err := os.WriteFile(in, []byte(zh), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "zh.pdf")
	code, _, stderr := runBrief(t, 20*time.Second, "note", in, "--font", ttc, "-o", out)
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q; want a note and no warning", code, stderr)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return // the PDF was made; its text is checked in internal/pdfnote
	}
	text, err := exec.Command("pdftotext", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(string(text)), "")
	for _, want := range []string{"BRIEFINGNOTE", "Bottomline", "外交部长于二〇二四年三月五日在北京会见了来访的代表团。"} {
		if !strings.Contains(flat, want) {
			t.Errorf("PDF text lacks %q:\n%s", want, text)
		}
	}
}
