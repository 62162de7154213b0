#!/usr/bin/env bash
# The table of docs/performance.md, measured in one run: for each size, `policy validate` (default jobs and
# --jobs 1, the ReadyToRun and the Native AOT builds) against ajv as whole processes (hyperfine), the reports compared byte for byte between job
# counts, peak RSS of each tool, and the bare parse. Needs: a Release build of tools/Policy.Cli and
# tests/Policy.Benchmarks, node with ajv in $AJV_MODULES (npm install --prefix /tmp/ajv-bench ajv@8 ajv-formats@3),
# hyperfine, python3. Then, for schema-only and the stage trace: tests/Policy.Benchmarks/startup-compare.sh. Generated data goes to $OUT (default /tmp/perf-table). Usage: perf-table.sh [SIZES...]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="${OUT:-/tmp/perf-table}"; mkdir -p "$out"
modules="${AJV_MODULES:-/tmp/ajv-bench/node_modules}"
B="$repo/tests/Policy.Benchmarks/bin/Release/net10.0/Policy.Benchmarks.dll"
P="$repo/tools/Policy.Cli/bin/Release/net10.0/policy.dll"
AJV="$repo/tests/Policy.Benchmarks/ajv/validate-ajv.cjs"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 50000)
# The ReadyToRun build a platform-specific publish gives (tools/Policy.Cli/Policy.Cli.csproj).
R="$out/r2r/policy.dll"
[ -f "$R" ] || dotnet publish "$repo/tools/Policy.Cli" -c Release -r linux-x64 --self-contained false -o "$out/r2r" -v q > /dev/null
# The Native AOT build (one native executable, no JIT; needs clang): docs/performance.md, "Native AOT build".
A="$out/aot/policy"
[ -f "$A" ] || dotnet publish "$repo/tools/Policy.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot" -v q > /dev/null
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
rows="$out/rows.tsv"; : > "$rows"
for n in "${sizes[@]}"; do
  set_dir="$out/pb-$n"
  [ -d "$set_dir/policies" ] || dotnet "$B" generate --count "$n" --out "$set_dir" > /dev/null
  bytes=$(find "$set_dir/policies" -name '*.json' -printf '%s\n' | awk '{s+=$1} END {print s}')
  ours_says=$(dotnet "$P" validate "$set_dir/policies" --root "$set_dir" | tail -1)            # must be 0 errors
  ajv_says=$(node "$AJV" --modules "$modules" --root "$set_dir" --iterations 0 | tail -1)        # must be 0 invalid
  runs=5; [ "$n" -ge 50000 ] && runs=3
  hyperfine --warmup 1 --runs "$runs" -N --export-json "$out/hf-$n.json" \
    "dotnet $P validate $set_dir/policies --root $set_dir --format json=$out/report-$n.json" \
    "dotnet $P validate $set_dir/policies --root $set_dir --format json=$out/report1-$n.json --jobs 1" \
    "dotnet $R validate $set_dir/policies --root $set_dir --format json=$out/reportr-$n.json" \
    "$A validate $set_dir/policies --root $set_dir --format json=$out/reporta-$n.json" \
    "node $AJV --modules $modules --root $set_dir --iterations 0" > /dev/null
  same=$(cmp -s "$out/report-$n.json" "$out/report1-$n.json" && cmp -s "$out/report-$n.json" "$out/reportr-$n.json" && cmp -s "$out/report-$n.json" "$out/reporta-$n.json" && echo yes || echo NO)
  rss_ours=$( { /usr/bin/time -f '%M' dotnet "$P" validate "$set_dir/policies" --root "$set_dir" > /dev/null; } 2>&1 | tail -1)
  rss_aot=$( { /usr/bin/time -f '%M' "$A" validate "$set_dir/policies" --root "$set_dir" > /dev/null; } 2>&1 | tail -1)
  rss_ajv=$( { /usr/bin/time -f '%M' node "$AJV" --modules "$modules" --root "$set_dir" --iterations 0 > /dev/null; } 2>&1 | tail -1)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$bytes" "$out/hf-$n.json" "$same" "$rss_ours" "$rss_aot" "$rss_ajv" "$ours_says" "$ajv_says" >> "$rows"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
python3 - "$rows" <<'PY'
import json, sys
print("| files (JSON bytes) | `policy validate` (default jobs) | `--jobs 1` | ReadyToRun build | Native AOT build | ajv | ours / ajv (ReadyToRun, AOT) | ms per 1,000 files (ours) | peak RSS ours | peak RSS AOT | peak RSS ajv | RSS / input | same report (1, N jobs, ReadyToRun, AOT) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
for line in open(sys.argv[1]):
    n, size, hf, same, rss_ours, rss_aot, rss_ajv, ours_says, ajv_says = line.rstrip("\n").split("\t")
    r = json.load(open(hf))["results"]
    cell = lambda x: f"{x['mean']:.3f} s ± {x['stddev'] or 0:.3f}"
    n, size = int(n), int(size)
    ajv = r[4]["mean"]
    print(f"| {n:,} ({size/1e6:.1f} MB) | {cell(r[0])} | {cell(r[1])} | {cell(r[2])} | {cell(r[3])} | {cell(r[4])} | {r[0]['mean']/ajv:.2f}× ({r[2]['mean']/ajv:.2f}×, {r[3]['mean']/ajv:.2f}×) | "
          f"{r[0]['mean']*1e6/n:.0f} | {int(rss_ours)/1024:.0f} MiB | {int(rss_aot)/1024:.0f} MiB | {int(rss_ajv)/1024:.0f} MiB | {int(rss_ours)*1024/size:.1f}× | {same} |")
    print(f"<!-- {n}: ours '{ours_says}'; ajv '{ajv_says}' -->")
PY
