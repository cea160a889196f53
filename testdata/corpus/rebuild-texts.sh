#!/bin/sh
# Rebuilds the texts of a publisher folder's annotations that are kept out
# of the repository (licence unclear) from the public archives named in its
# SOURCES.tsv (slug, kind, words, repo, commit, path, licence, sha256):
# each file at its commit, passed through the folder's transform.py when it
# has one (a filter from the archived file to the annotated text, stated in
# its README), and checked against its SHA-256. Rows whose repo is "-" were
# taken from stored web pages (path is the page's address): they are
# skipped with a note, the folder's README saying how to rebuild them. Needs network access, curl
# and (for a transform) python3; no test runs it.
# Usage: sh testdata/corpus/rebuild-texts.sh FOLDER [OUTDIR]
# (default OUTDIR: FOLDER, where the .txt files are git-ignored). FETCH may
# name another command that prints REPO COMMIT PATH's content.
set -eu
dir=$(cd "${1:?usage: rebuild-texts.sh FOLDER [OUTDIR]}" && pwd)
out=${2:-$dir}
fetch() { curl -fsSL "https://raw.githubusercontent.com/$1/$2/$3"; }
transform() {
	if [ -f "$dir/transform.py" ]; then python3 "$dir/transform.py"; else cat; fi
}
tab=$(printf '\t')
tail -n +2 "$dir/SOURCES.tsv" | while IFS=$tab read -r slug kind words repo commit path licence sha; do
	if [ "$repo" = "-" ]; then
		# taken from a stored web page, not a git archive: nothing to fetch
		# here (the folder's README says how to rebuild it by hand)
		echo "rebuild-texts: $slug: no archive (page $path); skipped" >&2
		continue
	fi
	if [ -n "${FETCH:-}" ]; then $FETCH "$repo" "$commit" "$path"; else fetch "$repo" "$commit" "$path"; fi |
		transform >"$out/$slug.txt"
	echo "$sha  $out/$slug.txt" | sha256sum -c --quiet - || { echo "rebuild-texts: $slug: checksum differs" >&2; exit 1; }
done
