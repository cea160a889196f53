#!/bin/sh
# Agreement between the first annotation of each document in this folder
# (testdata/corpus/PUBLISHER/NAME.gold.json) and the second, blind one
# (testdata/corpus/agreement/PUBLISHER/NAME.gold.json). Run from the
# repository root: sh testdata/corpus/agreement/run.sh [--misses]
# For all documents together and then for each publisher, it scores the
# second annotation as predictions against the first and the first against
# the second with `brief eval --gold DIR --score-gold DIR2` (options such
# as --misses or --per-doc are passed on), then prints compare.go's
# figures. Nothing is written outside a temporary folder. FIRST names
# another folder that holds the first annotations (PUBLISHER/NAME.gold.json),
# e.g. a checkout where they are already merged.
set -eu
here=testdata/corpus/agreement
first=${FIRST:-testdata/corpus}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/brief" .
mkdir -p "$tmp/first/all" "$tmp/second/all"
for second in "$here"/*/*.gold.json; do
	rel=${second#"$here"/}
	pub=${rel%%/*}
	mkdir -p "$tmp/first/$pub" "$tmp/second/$pub"
	cp "$first/$rel" "$tmp/first/$pub/"
	cp "$first/$rel" "$tmp/first/all/"
	cp "$second" "$tmp/second/$pub/"
	cp "$second" "$tmp/second/all/"
done
for dir in "$tmp"/first/*; do
	set_=$(basename "$dir")
	n=$(ls "$tmp/first/$set_" | wc -l)
	echo "=== $set_ ($n documents): second annotation scored against the first"
	"$tmp/brief" eval --gold "$tmp/first/$set_" --score-gold "$tmp/second/$set_" "$@"
	echo "=== $set_ ($n documents): first annotation scored against the second"
	"$tmp/brief" eval --gold "$tmp/second/$set_" --score-gold "$tmp/first/$set_" "$@"
	echo
done
echo "=== what the scorer does not measure (first / second)"
go run "$here/compare.go" "$tmp/first/all" "$tmp/second/all"
