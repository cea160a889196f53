package formats_test

import (
	"fmt"

	"github.com/brief-dev/brief/internal/formats"
)

func ExampleExtract() {
	name := "release.html"
	data := []byte(`<html><head><title>Talks Conclude</title></head><body>
<nav>Home | News</nav><h1>Talks Conclude</h1>
<p>The parties agreed on a roadmap.</p><ul><li>Experts meet in March.</li></ul></body></html>`)
	f, err := formats.Detect(name, data)
	if err != nil {
		fmt.Println(err)
		return
	}
	e, err := formats.Extract(name, data, f, formats.Limits{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(e.Text)
	// Output:
	// # Talks Conclude
	//
	// The parties agreed on a roadmap.
	//
	// - Experts meet in March.
}
