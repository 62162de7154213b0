#!/bin/sh
# Git history cost of `policy validate` and `policy diff` (docs/performance.md, "Git history"): 10,000
# generated files committed once, 1,000 of them edited after approval (1,000 stale approvals, each
# located in its approved version from Git history). Runs two builds of the CLI interleaved (A B A B ...),
# prints wall and CPU time with the load average, and checks that both builds write the same reports.
# Usage: git-history.sh BEFORE_DIR AFTER_DIR [ROUNDS]   (folders holding a Release policy.dll each)
# Build first: dotnet build tools/Policy.Cli -c Release; dotnet build tests/Policy.Benchmarks -c Release.
set -eu
before=$(cd "$1" && pwd); after=$(cd "$2" && pwd); rounds=${3:-3}
here=$(cd "$(dirname "$0")" && pwd); repo=$(cd "$here/../../.." && pwd)
data=/tmp/gitbatch-bench; out=/tmp/gitbatch-reports
if [ ! -d "$data/.git" ]; then
  rm -rf "$data"
  dotnet "$repo/tests/Policy.Benchmarks/bin/Release/net10.0/Policy.Benchmarks.dll" generate --count 10000 --out "$data" --today 2026-11-25 > /dev/null
  (cd "$data" && git init -q -b main && git add -A && git -c user.name=a -c user.email=a@b commit -qm base)
  python3 "$repo/tests/Policy.Benchmarks/diff/change-artefacts.py" "$data"
fi
mkdir -p "$out"; cd "$data"
for round in $(seq "$rounds"); do
  for side in before after; do
    dll=$before/policy.dll; [ "$side" = after ] && dll=$after/policy.dll
    echo "round $round $side: $(uptime | sed 's/.*load/load/')"
    /usr/bin/time -f "  validate $side %e s wall %U+%S s CPU %M KB" dotnet "$dll" validate --today 2026-11-25 --format "json=$out/validate-$side.json" > /dev/null || true
    /usr/bin/time -f "  diff $side %e s wall %U+%S s CPU %M KB" dotnet "$dll" diff --today 2026-11-25 --format "json=$out/diff-$side.json" > /dev/null || true
  done
  cmp "$out/validate-before.json" "$out/validate-after.json" && cmp "$out/diff-before.json" "$out/diff-after.json" && echo "  reports identical"
done
