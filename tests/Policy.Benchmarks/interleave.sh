#!/usr/bin/env bash
# Runs whole-process commands A B C A B C ... (no hyperfine needed) and prints, per command, the median
# wall time, median CPU (user+sys) and median peak RSS of the runs, with the load average before and after.
#   interleave.sh RUNS 'label::command' 'label::command' ...
# A command is run with `sh -c`, its output thrown away; env settings go in front (`DOTNET_X=1 dotnet ...`).
set -eu
runs=$1; shift
out=$(mktemp -d /tmp/interleave-XXXXXX)
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= runs; r++)); do
  i=0
  for spec in "$@"; do
    i=$((i + 1))
    /usr/bin/time -a -o "$out/$i" -f "%e %U %S %M" sh -c "${spec#*::} > /dev/null 2>&1" || true
  done
done
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
i=0
for spec in "$@"; do
  i=$((i + 1))
  awk -v label="${spec%%::*}" -v runs="$runs" '
    { wall[NR] = $1; cpu[NR] = $2 + $3; rss[NR] = $4 / 1024 }
    function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }; return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    END { lo = 1e9; hi = 0; for (k = 1; k <= NR; k++) { if (wall[k] < lo) lo = wall[k]; if (wall[k] > hi) hi = wall[k] }
          printf "%-34s median %.2f s wall (%.2f-%.2f), %.2f s CPU, %.0f MiB peak RSS, %d runs\n", label, median(wall, NR), lo, hi, median(cpu, NR), median(rss, NR), NR }' "$out/$i"
done
rm -r "$out"
