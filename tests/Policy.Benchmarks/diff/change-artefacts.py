# Changes 1,000 artefacts of a generated repository in meaning, keeping each file's formatting, for
# the `policy diff` measurement of docs/performance.md: in file order, round-robin over HumanOversight
# (first decision in-the-loop -> on-the-loop), DataFlow (country FR -> US), SystemCard (title reworded),
# Dpia (first retention lengthened) and PatientNotice (title reworded). Usage: change-artefacts.py ROOT
import os, re, sys, json
root = sys.argv[1]
files = []
for d, _, fs in os.walk(os.path.join(root, "policies")):
    for f in fs:
        if f.endswith(".json"): files.append(os.path.join(d, f))
files.sort()
edits = [
    ("HumanOversight", r'"mode": "in-the-loop"', '"mode": "on-the-loop"'),
    ("DataFlow", r'"country": "FR"', '"country": "US"'),
    ("SystemCard", r'"title": "', '"title": "Revised: '),
    ("Dpia", r'"duration": "P', '"duration": "P2'),
    ("PatientNotice", r'"title": "', '"title": "Updated: '),
]
by_kind = {k: [] for k, _, _ in edits}
for f in files:
    text = open(f, encoding="utf-8").read()
    m = re.search(r'"kind": "(\w+)"', text)
    if m and m.group(1) in by_kind: by_kind[m.group(1)].append((f, text))
changed = 0
i = 0
while changed < 1000:
    kind, find, repl = edits[i % len(edits)]
    i += 1
    if not by_kind[kind]: continue
    f, text = by_kind[kind].pop(0)
    if not re.search(find, text): continue
    open(f, "w", encoding="utf-8").write(re.sub(find, repl, text, count=1))
    changed += 1
print("changed", changed, "files")
