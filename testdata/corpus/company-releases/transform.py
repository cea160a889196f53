# The annotated text of an archived release: the file cut before the line
# "---" that opens the archive's link section, the whitespace before the
# cut stripped and one newline added (the folder's README).
import sys

lines = sys.stdin.buffer.read().decode("utf-8").split("\n")
for i, line in enumerate(lines):
    if line.strip() == "---":
        lines = lines[:i]
        break
sys.stdout.buffer.write(("\n".join(lines).rstrip() + "\n").encode("utf-8"))
