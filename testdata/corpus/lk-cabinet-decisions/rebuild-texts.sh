#!/bin/sh
# Rebuilds the texts of this folder's annotations (kept out of the
# repository: licence unclear) from the public archive named in SOURCES.tsv:
# each text is the JSON record's title, a blank line, its decision_details and
# a newline. Checks each against its SHA-256. Needs network access, curl and
# python3; no test runs it. Usage: sh rebuild-texts.sh [OUTDIR] (default:
# this folder, where the .txt files are git-ignored). FETCH may name another
# command that prints REPO COMMIT PATH's content.
set -eu
dir=$(cd "$(dirname "$0")" && pwd)
out=${1:-$dir}
fetch() { curl -fsSL "https://raw.githubusercontent.com/$1/$2/$3"; }
tab=$(printf '\t')
tail -n +2 "$dir/SOURCES.tsv" | while IFS=$tab read -r slug kind words repo commit path licence sha; do
	if [ -n "${FETCH:-}" ]; then $FETCH "$repo" "$commit" "$path"; else fetch "$repo" "$commit" "$path"; fi |
		python3 -c 'import json,sys; d=json.load(sys.stdin); sys.stdout.write(d["title"]+"\n\n"+d["decision_details"]+"\n")' >"$out/$slug.txt"
	echo "$sha  $out/$slug.txt" | sha256sum -c --quiet - || { echo "rebuild-texts: $slug: checksum differs" >&2; exit 1; }
done
