# The annotated text of an archived Cabinet decision: the JSON record's
# title, a blank line, its decision_details and a newline.
import json
import sys

d = json.load(sys.stdin)
sys.stdout.write(d["title"] + "\n\n" + d["decision_details"] + "\n")
