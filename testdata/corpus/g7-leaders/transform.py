# The annotated text of an archived White House Briefing Room page (the
# layout of testdata/whitehouse): the YAML front matter's title, with
# no-break spaces as spaces, on the first line; then the body after the
# front matter's closing "---" line, byte for byte (hard wraps, list marks,
# trailing spaces and the "\###" end mark kept).
import sys

import yaml

s = sys.stdin.buffer.read().decode("utf-8")
assert s.startswith("---\n")
e = s.index("\n---\n", 4)
title = yaml.safe_load(s[4:e])["title"].replace("\u00a0", " ")
sys.stdout.buffer.write((title + "\n" + s[e + 5:]).encode("utf-8"))
