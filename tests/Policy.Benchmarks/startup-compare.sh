#!/usr/bin/env bash
# Reproduces docs/performance.md, "Start-up and memory": whole process and schema-only against ajv, the
# ReadyToRun build, the stage trace, the memory profile and (with a base build) the same-report check.
#   tests/Policy.Benchmarks/startup-compare.sh SET_ROOT [RUNS] [BASE_POLICY_DLL]
# SET_ROOT is a generated set (`Policy.Benchmarks generate --count 10000 --out /tmp/pb-10000`); ajv is
# installed outside the repository (npm install --prefix /tmp/ajv-bench ajv@8 ajv-formats@3).
set -eu
set_root=$1; runs=${2:-5}; base=${3:-}
repo=$(cd "$(dirname "$0")/../.." && pwd); cd "$repo"
work=/tmp/startup-compare; mkdir -p $work
export NODE_PATH=${NODE_PATH:-/tmp/ajv-bench/node_modules}
dotnet build tools/Policy.Cli -c Release -v q > /dev/null
dotnet build tests/Policy.Benchmarks -c Release -v q > /dev/null
rm -rf $work/r2r && dotnet publish tools/Policy.Cli -c Release -r linux-x64 --self-contained false -o $work/r2r -v q > /dev/null
P=$repo/tools/Policy.Cli/bin/Release/net10.0/policy.dll; R=$work/r2r/policy.dll
B=$repo/tests/Policy.Benchmarks/bin/Release/net10.0/Policy.Benchmarks.dll
ajv=$repo/tests/Policy.Benchmarks/ajv/validate-ajv.cjs
bench=$repo/tests/Policy.Benchmarks/interleave.sh

# 10,000 SystemCards for the schema-only comparison: the set's cards, copied round until there are 10,000.
cards=$work/cards
if [ ! -d $cards/cards ]; then
  mkdir -p $cards/cards; cp -r schemas $cards/schemas
  mapfile -t found < <(find "$set_root/policies" -name system-card.json | sort)
  for ((i = 0; i < 10000; i++)); do cp "${found[i % ${#found[@]}]}" $cards/cards/card-$(printf %05d $i).json; done
fi

echo "== valid for both"
dotnet $P validate "$set_root/policies" --root "$set_root" | tail -1
node $ajv --root "$set_root" --iterations 0
dotnet $P validate --schema $cards/schemas/system-card.schema.json $cards/cards --root $cards | tail -1
node $ajv --schema $cards/schemas/system-card.schema.json --dir $cards/cards

A="validate $set_root/policies --root $set_root"
S="validate --schema $cards/schemas/system-card.schema.json $cards/cards --root $cards"
echo "== whole process, $runs interleaved runs each"
$bench "$runs" ${base:+"base::dotnet $base $A"} "policy validate::dotnet $P $A" "policy validate, ReadyToRun::dotnet $R $A" "ajv::node $ajv --root $set_root --iterations 0"
echo "== schema-only (10,000 SystemCards)"
$bench "$runs" ${base:+"base::dotnet $base $S"} "policy validate --schema::dotnet $P $S" "policy --schema, ReadyToRun::dotnet $R $S" "ajv --schema::node $ajv --schema $cards/schemas/system-card.schema.json --dir $cards/cards"
echo "== stage trace (POLICY_TIMINGS=1), IL then ReadyToRun"
POLICY_TIMINGS=1 dotnet $P $A 2>&1 > /dev/null | grep 'policy timings'
POLICY_TIMINGS=1 dotnet $R $A 2>&1 > /dev/null | grep 'policy timings'
echo "== memory (one thread, in-process)"
dotnet $B memory --root "$set_root"
if [ -n "$base" ]; then
  echo "== same reports as the base build"
  tests/Policy.Benchmarks/damage-set.sh "$set_root" $work/damaged
  tests/Policy.Benchmarks/same-reports.sh "$base" "$P" "$set_root" $work/damaged
fi
