# The annotated text of an archived PIB note: the file minus its YAML front
# matter and the blank line after it, with no trailing newline added.
import sys

s = sys.stdin.buffer.read().decode("utf-8")
e = s.index("\n---\n", 4) + 5
assert s.startswith("---\n") and s[e] == "\n"
sys.stdout.buffer.write(s[e + 1:].encode("utf-8"))
