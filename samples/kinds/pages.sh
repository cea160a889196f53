#!/bin/sh
# Draws the page of each kind's PDF note as a PNG image, for readers who
# look at the samples without a PDF viewer. Needs pdftoppm (Debian's
# poppler-utils); the notes themselves are kept fresh by
# `go test -run TestSamples -update .`.
set -eu
cd "$(dirname "$0")"
for pdf in *.note.pdf; do
	pdftoppm -png -r 100 -singlefile "$pdf" "${pdf%.note.pdf}"
done
