#!/usr/bin/env bash
# A damaged copy of a generated set, for report comparisons with many findings:
#   damage-set.sh /tmp/pb-10000 /tmp/<you>-damaged
# Removes the Governance's severity overrides, deletes every 7th Approval, 11th Dpia, 13th PatientNotice,
# 17th DataFlow and 19th HumanOversight, and leaves a TODO marker in every 5th SystemCard's summary
# (every 10th written with a JSON escape, \u0054ODO).
set -eu
src=$1; dst=$2
rm -rf "$dst"; cp -r "$src" "$dst"
python3 - "$dst" <<'PY'
import json, os, sys
root = sys.argv[1]
gov = os.path.join(root, 'policies', 'governance.json')
doc = json.load(open(gov, encoding='utf-8'))
doc.pop('severityOverrides', None)
open(gov, 'w', encoding='utf-8').write(json.dumps(doc, ensure_ascii=False, indent=2))
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(root, 'policies')) for f in fs if f.endswith('.json'))
every = {'Approval': 7, 'Dpia': 11, 'PatientNotice': 13, 'DataFlow': 17, 'HumanOversight': 19}
seen = {}
for path in files:
    text = open(path, encoding='utf-8').read()
    kind = json.loads(text).get('kind')
    seen[kind] = seen.get(kind, 0) + 1
    if kind in every and seen[kind] % every[kind] == 0:
        os.remove(path)
    elif kind == 'SystemCard' and seen[kind] % 5 == 0:
        marker = '\\u0054ODO' if seen[kind] % 10 == 0 else 'TODO'
        open(path, 'w', encoding='utf-8').write(text.replace('"summary": "', '"summary": "' + marker + ': ', 1))
PY
