#!/usr/bin/env bash
# Checks that two builds of the CLI write the same json report, byte for byte, on a generated set and
# on every example repository:  same-reports.sh BASE_POLICY_DLL NEW_POLICY_DLL SET_ROOT...
set -eu
base=$1; new=$2; shift 2
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d /tmp/same-reports-XXXXXX)
check() { # name, then the validate arguments
  local name=$1; shift
  dotnet "$base" validate "$@" --today 2026-12-01 --format json="$out/$name.base.json" > /dev/null 2>&1 || true
  dotnet "$new" validate "$@" --today 2026-12-01 --format json="$out/$name.new.json" > /dev/null 2>&1 || true
  if [ ! -s "$out/$name.new.json" ]; then echo "NO REPORT: $name"; status=1; elif cmp -s "$out/$name.base.json" "$out/$name.new.json"; then echo "same: $name ($(wc -c < "$out/$name.new.json") bytes)"; else echo "DIFFERENT: $name"; status=1; fi
}
status=0
for root in "$@"; do check "$(basename "$root")" "$root/policies" --root "$root"; done
for example in "$repo"/docs/examples/*/ "$repo"/analyzers/samples/*/; do
  [ -d "$example/policies" ] && check "example-$(basename "$example")" "$example/policies" --root "$example" --schemas "$repo/schemas"
done
check repository "$repo/policies" --root "$repo"
rm -r "$out"
exit $status
