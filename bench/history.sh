#!/usr/bin/env bash
# claudit on git history: `claudit scan --history` against the floor `git log -p --all | rg -c 'sk-ant-'` (grep when
# ripgrep is missing) on the same generated repository, interleaved, so that a loaded machine slows both alike;
# prints median/min/max wall time and peak RSS. Not part of `mvn verify`.
#
#   bench/history.sh [COMMITS]   COMMITS: size of the generated history (default 20000)
#
# The repository is made once by bench/GenerateHistory.java through `git fast-import` (20,000 commits in seconds)
# under BENCH_CACHE (default ~/.cache/claudit-bench). RUNS (default 3) runs of each tool; WARMUP=0 skips the warm-up run.
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench")"
cache="${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/claudit-bench}"
commits="${1:-20000}"
runs="${RUNS:-3}"
. "$bench/tools.sh"
mkdir -p "$cache"

if command -v rg >/dev/null; then search="rg -c 'sk-ant-'"; else search="grep -c 'sk-ant-'"; say "bench: ripgrep not found; grep is the floor"; fi

say "building claudit..."
"$repo/claudit" --version >/dev/null

hist="$cache/history-$commits"
if [ ! -f "$hist/.complete" ]; then
  say "generating $commits commits with git fast-import..."
  rm -rf "$hist"
  git init -q -b main "$hist"
  java "$bench/GenerateHistory.java" "$commits" | git -C "$hist" fast-import --quiet
  touch "$hist/.complete"
fi

results="$(mktemp)"
trap 'rm -f "$results" "$results".t' EXIT
# wall time in ms by bash's clock around GNU time; peak RSS in KB (the largest process of a pipeline) and CPU
# seconds (user + system, all processes) by GNU time: on a shared machine CPU time says more than wall time
timed() {
  local tool="$1" t0 t1; shift
  t0="${EPOCHREALTIME/[.,]/}"
  /usr/bin/time -q -o "$results.t" -f '%M %U %S' "$@" >/dev/null 2>&1 || true
  t1="${EPOCHREALTIME/[.,]/}"
  echo "$tool $(( (t1 - t0) / 1000 )) $(tail -n1 "$results.t")" >> "$results"
}
claudit_cmd=(bash -c 'cd "$1" && shift && exec "$@"' _ "$hist" "$repo/claudit" scan --history --fail-on none)
floor_cmd=(bash -c "cd '$hist' && git log -p --all | $search")

if [ "${WARMUP:-1}" = 1 ]; then # page cache, CDS archive
  say "warming up..."
  "${claudit_cmd[@]}" >/dev/null 2>&1 || true
  "${floor_cmd[@]}" >/dev/null 2>&1 || true
fi
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= runs; r++)); do
  say "run $r of $runs..."
  timed claudit "${claudit_cmd[@]}"
  timed "git-log-p" "${floor_cmd[@]}"
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

findings="$(cd "$hist" && "$repo/claudit" scan --history --fail-on none --format json 2>/dev/null | grep -c '"ruleId"' || true)"
matches="$("${floor_cmd[@]}" || true)"
echo
echo "claudit history benchmark — $(date -u +%Y-%m-%d) — $(nproc) cores — load average before: $load_before, after: $load_after"
echo "java: $(java -version 2>&1 | head -n1); git: $(git --version | cut -d' ' -f3)"
echo "repository: $commits commits, $(git -C "$hist" rev-list --objects --all | wc -l) objects, $(git -C "$hist" count-objects -vH | sed -n 's/size-pack: //p') packed"
echo
printf '| %-10s | %4s | %8s | %8s | %8s | %8s | %8s |\n' tool runs "median s" "min s" "max s" "CPU s" "RSS MB"
printf '|%s|%s|%s|%s|%s|%s|%s|\n' ------------ ------ ---------- ---------- ---------- ---------- ----------
awk '
  { t[$1] = t[$1] " " ($2 / 1000); c[$1] = c[$1] " " ($4 + $5); if ($3 > rss[$1]) rss[$1] = $3; n[$1]++; if (!($1 in seen)) { seen[$1] = 1; order[++k] = $1 } }
  function sorted(list, a,   m, i, j, x) { m = split(list, a, " "); for (i = 2; i <= m; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x } return m }
  function median(list,   a, m) { m = sorted(list, a); return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2 }
  END { for (i = 1; i <= k; i++) { key = order[i]; m = sorted(t[key], a)
        printf "| %-10s | %4d | %8.3f | %8.3f | %8.3f | %8.2f | %8.0f |\n", key, n[key], median(t[key]), a[1], a[m], median(c[key]), rss[key] / 1024 } }' "$results"
echo
echo "claudit: scan --history --fail-on none (all refs), $findings findings; floor: git log -p --all | $search: $matches lines"
