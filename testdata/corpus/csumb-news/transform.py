# The annotated text of an archived CSUMB news page: the front matter's
# title on the first line, a blank line, then the HTML body as plain text:
# one paragraph per block element (p, h1-h6, li, div, br), tags removed,
# HTML entities decoded, runs of whitespace (the archive's hard wraps)
# made one space, empty paragraphs dropped, paragraphs separated by a
# blank line; a final newline.
import html
import json
import re
import sys

s = sys.stdin.buffer.read().decode("utf-8")
assert s.startswith("---\n")
e = s.index("\n---\n", 4)
front, body = s[4:e], s[e + 5:]
title = ""
for line in front.split("\n"):
    if line.startswith("title: "):
        v = line[len("title: "):]
        title = json.loads(v) if v.startswith('"') else v
body = re.sub(r"(?i)</?(p|h[1-6]|li|ul|ol|div|br)\b[^>]*>", "\n\n", body)
body = re.sub(r"<[^>]*>", "", body)
paras = []
for chunk in re.split(r"\n\s*\n", body):
    t = re.sub(r"\s+", " ", html.unescape(chunk)).strip()
    if t:
        paras.append(t)
title = re.sub(r"\s+", " ", title).strip()
sys.stdout.buffer.write(("\n\n".join([title] + paras) + "\n").encode("utf-8"))
