#!/bin/sh
# Rebuilds the texts of this folder's annotations (kept out of the
# repository: licence unclear) from the public notes repository named in
# SOURCES.tsv: each file at its commit, minus its YAML front matter and the
# blank line after it, with no trailing newline added. Checks each against
# its SHA-256. Needs network access, curl and python3; no test runs it.
# Usage: sh rebuild-texts.sh [OUTDIR] (default: this folder, where the .txt
# files are git-ignored). FETCH may name another command that prints
# REPO COMMIT PATH's content.
set -eu
dir=$(cd "$(dirname "$0")" && pwd)
out=${1:-$dir}
fetch() { curl -fsSL "https://raw.githubusercontent.com/$1/$2/$3"; }
tab=$(printf '\t')
tail -n +2 "$dir/SOURCES.tsv" | while IFS=$tab read -r slug kind words repo commit path licence sha; do
	if [ -n "${FETCH:-}" ]; then $FETCH "$repo" "$commit" "$path"; else fetch "$repo" "$commit" "$path"; fi |
		python3 -c 'import sys; s=sys.stdin.buffer.read().decode("utf-8"); e=s.index("\n---\n", 4)+5; assert s.startswith("---\n") and s[e]=="\n"; sys.stdout.buffer.write(s[e+1:].encode("utf-8"))' >"$out/$slug.txt"
	echo "$sha  $out/$slug.txt" | sha256sum -c --quiet - || { echo "rebuild-texts: $slug: checksum differs" >&2; exit 1; }
done
