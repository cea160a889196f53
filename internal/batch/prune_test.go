package batch

import "testing"

func TestUnderAny(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want bool
	}{
		{"in/a.txt", []string{"in"}, true},
		{"in/sub/a.txt", []string{"./in/"}, true},
		{"in", []string{"in"}, true},
		{"inbox/a.txt", []string{"in"}, false},
		{"other/a.txt", []string{"in", "other"}, true},
		{"a.txt", []string{"."}, true},
		{"../a.txt", []string{"."}, false},
		{"/abs/in/a.txt", []string{"/abs/in"}, true},
		{"/abs/in/a.txt", []string{"."}, false},
	} {
		if got := underAny(tc.name, tc.args); got != tc.want {
			t.Errorf("underAny(%q, %q) = %v, want %v", tc.name, tc.args, got, tc.want)
		}
	}
}

func TestIsNotePath(t *testing.T) {
	for note, want := range map[string]bool{
		"a.md": true, "sub/a.pdf": true, "a.json": true,
		"": false, "index.md": false, "index.json": false, ".brief/manifest.json": false,
		"../a.md": false, "/etc/a.md": false, "a.txt": false, "sub/index.md": true,
	} {
		if got := isNotePath(note); got != want {
			t.Errorf("isNotePath(%q) = %v, want %v", note, got, want)
		}
	}
}
