#!/usr/bin/env bash
# claudit benchmark: claudit, ripgrep and secretlint timed on the same files in the same run, interleaved, so that
# a loaded machine slows all of them alike; prints median/min/max wall time, peak RSS and ratios.
#
#   bench/run.sh [FILES]        FILES: size of the generated corpus (default 5000)
#
# Workloads: "commit" — 10 files of a typical commit, passed as paths (the pre-commit hook case), clean, and one
# that touches the Claude client; "corpus" — the generated corpus (clean Java services, ~1% calling the Anthropic
# API); "jdk" — the JDK's own sources (lib/src.zip of a JDK on this machine, e.g. a JDK 25: 15k files, 238 MB).
# "api" — a generated project that uses the API (bench/GenerateApiProject.java: 3,000 Java/TS/YAML files, a fifth
# mentioning Anthropic, tests and fixtures). Where a JDK 25 is found (JDK25_HOME, or /usr/lib/jvm/*25*), claudit is
# timed on it too ("claudit-25": the launcher with that JDK first on PATH, so with its AOT cache).
# BASE_REPO: another checkout of claudit (say, main before a change), timed in the same interleaved runs as
# "base" (and "base-25"), so that a change is measured against its base side by side on a loaded machine.
# Environment: WORKLOADS (default: commit-clean commit-claude corpus api jdk), RUNS (5), SECRETLINT_RUNS (runs on the corpus, 1), SECRETLINT_JDK=1 (secretlint on java.base of the
# JDK, once: takes minutes), JDK_SRC_ZIP (path of a src.zip), BENCH_CACHE (default ~/.cache/claudit-bench: outside
# any git work tree, since secretlint skips git-ignored files and a corpus inside this repo would be ignored).
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench")"
cache="${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/claudit-bench}"
size="${1:-5000}"
runs="${RUNS:-5}"
sl_runs="${SECRETLINT_RUNS:-1}"
mkdir -p "$cache"
. "$bench/tools.sh"
if git -C "$cache" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  say "bench: $cache is inside a git work tree; secretlint would skip what it ignores: set BENCH_CACHE elsewhere"
fi

# ---------------------------------------------------------------- tools
have_rg=1; command -v rg >/dev/null || { have_rg=0; say "bench: ripgrep not found; its column stays empty"; }
secretlint="$cache/npm/node_modules/.bin/secretlint"
if [ ! -x "$secretlint" ] && command -v npm >/dev/null; then
  say "installing secretlint into $cache/npm (npm)..."
  mkdir -p "$cache/npm"
  (cd "$cache/npm" && npm install --no-audit --no-fund --loglevel=error \
      secretlint@13.0.6 @secretlint/secretlint-rule-preset-recommend@13.1.0 >/dev/null 2>&1) || true
fi
have_sl=1; [ -x "$secretlint" ] || { have_sl=0; say "bench: secretlint not installed (needs npm); its column stays empty"; }
echo '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}' > "$cache/secretlintrc.json"

# ---------------------------------------------------------------- claudit (built by its launcher, with its CDS archive)
say "building claudit..."
"$repo/claudit" --version >/dev/null

jdk25="${JDK25_HOME:-}"
if [ -z "$jdk25" ]; then for d in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25-*; do [ -x "$d/bin/java" ] && { jdk25="$d"; break; }; done; fi
if [ -n "$jdk25" ]; then
  say "claudit on $jdk25 (trains its AOT cache on first run)..."
  PATH="$jdk25/bin:$PATH" "$repo/claudit" --version >/dev/null
fi
base_repo="${BASE_REPO:-}"
if [ -n "$base_repo" ]; then
  say "building the base claudit in $base_repo..."
  "$base_repo/claudit" --version >/dev/null
  [ -z "$jdk25" ] || PATH="$jdk25/bin:$PATH" "$base_repo/claudit" --version >/dev/null
fi
workloads=" ${WORKLOADS:-commit-clean commit-claude corpus api jdk} "
wants() { case "$workloads" in *" $1 "*) return 0 ;; esac; return 1; }

# ---------------------------------------------------------------- workloads
api="$cache/api-3000"
if wants api && [ ! -f "$api/.complete" ]; then
  say "generating the API project (3000 files)..."
  rm -rf "$api"
  java "$bench/GenerateApiProject.java" "$api" 3000 >&2
  touch "$api/.complete"
fi
corpus="$cache/corpus-$size"
if [ ! -f "$corpus/.complete" ]; then
  say "generating the corpus ($size files)..."
  rm -rf "$corpus"
  java "$bench/GenerateCorpus.java" "$corpus" "$size" >&2
  touch "$corpus/.complete"
fi

src_zip="${JDK_SRC_ZIP:-}"
if [ -z "$src_zip" ]; then
  for z in /usr/lib/jvm/temurin-25*/lib/src.zip /usr/lib/jvm/*25*/lib/src.zip "${JAVA_HOME:-/nonexistent}/lib/src.zip"; do
    [ -f "$z" ] && { src_zip="$z"; break; }
  done
fi
jdk=""
if ! wants jdk; then
  :
elif [ -n "$src_zip" ] && [ -f "$src_zip" ] && command -v unzip >/dev/null; then
  jdk="$cache/jdk-src-$(printf '%s' "$src_zip" | cksum | cut -d' ' -f1)"
  if [ ! -f "$jdk/.complete" ]; then
    say "unpacking $src_zip..."
    rm -rf "$jdk" && mkdir -p "$jdk" && unzip -q "$src_zip" -d "$jdk" && touch "$jdk/.complete"
  fi
else
  say "bench: no JDK src.zip found (set JDK_SRC_ZIP); the jdk workload is skipped"
fi

# the commit workloads: explicit paths, as a pre-commit hook passes them
mapfile -t java_files < <(cd "$corpus" && find . -name '*.java' ! -name '*Endpoints.java' ! -name 'Assistant*' | sort | head -n 7)
mapfile -t conf_files < <(cd "$corpus" && { find . -name 'application.yml' | sort | sed -n 2p; find . -name '*.properties' | sort | head -n1; find . -name 'k8s-*.yaml' | sort | head -n1; })
commit_clean=(); for f in "${java_files[@]}" "${conf_files[@]}"; do commit_clean+=("$corpus/${f#./}"); done
claude_dir="$(cd "$corpus" && dirname "$(find . -name AssistantClient.java | sort | head -n1)")"
commit_claude=("${commit_clean[@]:0:8}" "$corpus/${claude_dir#./}/AssistantClient.java" "$(ls "$corpus/${claude_dir#./}/"*Endpoints.java)")

# ---------------------------------------------------------------- measuring
results="$cache/results.$$"
: > "$results"
trap 'rm -f "$results" "$results".t' EXIT

# one timed run: workload tool command... Wall time in microseconds by bash's own clock around GNU time (no fork;
# GNU time's wall time has only 10 ms resolution), peak RSS in KB by GNU time.
timed() {
  local workload="$1" tool="$2" t0 t1; shift 2
  t0="${EPOCHREALTIME/[.,]/}"; [ -n "$t0" ] || t0=$(($(date +%s%N) / 1000))
  /usr/bin/time -q -o "$results.t" -f '%M' "$@" >/dev/null 2>&1 || true
  t1="${EPOCHREALTIME/[.,]/}"; [ -n "$t1" ] || t1=$(($(date +%s%N) / 1000))
  echo "$workload $tool $(( (t1 - t0) / 1000 )) $(tail -n1 "$results.t")" >> "$results"
}
claudit_cmd=("$repo/claudit" scan --no-ignore --fail-on none)
claudit25_cmd=(env "PATH=$jdk25/bin:$PATH" "$repo/claudit" scan --no-ignore --fail-on none)
# ripgrep counts the lines holding claudit's keywords (Detector.keywords: credential marks, vendor words, key names)
rg_cmd=(rg --no-ignore -i -c 'sk-ant-|ant-api|ant-admin|ant-oat|ant-sid|anthropic|claude|dangerously|buildconfig|apikey|api_key|api-key')
sl_cmd=("$secretlint" --secretlintrc "$cache/secretlintrc.json")

measure() { # workload n_secretlint_runs paths... (directories are scanned whole)
  local workload="$1" sl_n="$2"; shift 2
  local sl_args=()
  for p in "$@"; do if [ -d "$p" ]; then sl_args+=("$p/**/*"); else sl_args+=("$p"); fi; done
  say "measuring $workload ($runs runs)..."
  "${claudit_cmd[@]}" "$@" >/dev/null 2>&1 || true # warm the page cache and the CDS archive
  if [ "$have_rg" = 1 ]; then "${rg_cmd[@]}" "$@" >/dev/null 2>&1 || true; fi
  for ((r = 1; r <= runs; r++)); do
    timed "$workload" claudit "${claudit_cmd[@]}" "$@"
    if [ -n "$jdk25" ]; then timed "$workload" claudit-25 "${claudit25_cmd[@]}" "$@"; fi
    if [ -n "$base_repo" ]; then
      timed "$workload" base "$base_repo/claudit" scan --no-ignore --fail-on none "$@"
      if [ -n "$jdk25" ]; then timed "$workload" base-25 env "PATH=$jdk25/bin:$PATH" "$base_repo/claudit" scan --no-ignore --fail-on none "$@"; fi
    fi
    if [ "$have_rg" = 1 ]; then timed "$workload" ripgrep "${rg_cmd[@]}" "$@"; fi
    if [ "$have_sl" = 1 ] && [ "$r" -le "$sl_n" ]; then timed "$workload" secretlint "${sl_cmd[@]}" "${sl_args[@]}"; fi
  done
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
wants commit-clean && measure commit-clean "$runs" "${commit_clean[@]}"
wants commit-claude && measure commit-claude "$runs" "${commit_claude[@]}"
wants corpus && measure corpus "$sl_runs" "$corpus"
wants api && measure api "$sl_runs" "$api"
if [ -n "$jdk" ] && wants jdk; then
  measure jdk 0 "$jdk"
  if [ "${SECRETLINT_JDK:-0}" = 1 ] && [ "$have_sl" = 1 ] && [ -d "$jdk/java.base" ]; then
    say "secretlint on java.base (once; minutes)..."
    timed jdk-java.base secretlint "${sl_cmd[@]}" "$jdk/java.base/**/*"
    timed jdk-java.base claudit "${claudit_cmd[@]}" "$jdk/java.base"
    if [ "$have_rg" = 1 ]; then timed jdk-java.base ripgrep "${rg_cmd[@]}" "$jdk/java.base"; fi
  fi
fi
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------- report
files_of() { case "$1" in commit-*) echo 10 ;; corpus) echo "$size" ;; api) echo 3000 ;; jdk) find "$jdk" -type f ! -name .complete | wc -l ;; jdk-java.base) find "$jdk/java.base" -type f | wc -l ;; esac; }
echo
echo "claudit benchmark — $(date -u +%Y-%m-%d) — $(nproc) cores — load average before: $load_before, after: $load_after"
echo "java: $(java -version 2>&1 | head -n1)   claudit flags: ${CLAUDIT_JAVA_OPTS:-launcher defaults} + CDS"
[ -z "$jdk25" ] || echo "claudit-25: $("$jdk25/bin/java" -version 2>&1 | head -n1), launcher defaults + AOT cache"
echo
printf '| %-14s | %-10s | %4s | %8s | %8s | %8s | %8s | %8s | %8s |\n' workload tool runs "median s" "min s" "max s" "RSS MB" "× rg" "× secretlint"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..16})" "$(printf -- '-%.0s' {1..12})" ------ ---------- ---------- ---------- ---------- ---------- ----------
awk -v files_cmd=1 '
  { key = $1 " " $2; t[key] = t[key] " " ($3 / 1000); if ($4 > rss[key]) rss[key] = $4; n[key]++; if (!(key in seen)) { seen[key] = 1; order[++k] = key } }
  function median(list,   a, m, i, j, x) { m = split(list, a, " "); for (i = 2; i <= m; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
    return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2 }
  function minv(list,   a, m, i, v) { m = split(list, a, " "); v = a[1]; for (i = 2; i <= m; i++) if (a[i] < v) v = a[i]; return v }
  function maxv(list,   a, m, i, v) { m = split(list, a, " "); v = a[1]; for (i = 2; i <= m; i++) if (a[i] > v) v = a[i]; return v }
  END {
    for (i = 1; i <= k; i++) { split(order[i], p, " "); med[order[i]] = median(t[order[i]]) }
    for (i = 1; i <= k; i++) {
      key = order[i]; split(key, p, " "); w = p[1];
      rgk = w " ripgrep"; slk = w " secretlint";
      xr = (rgk in med && med[rgk] > 0) ? sprintf("%.2f", med[key] / med[rgk]) : "";
      xs = (slk in med && med[slk] > 0) ? sprintf("%.2f", med[key] / med[slk]) : "";
      printf "| %-14s | %-10s | %4d | %8.3f | %8.3f | %8.3f | %8.0f | %8s | %8s |\n", w, p[2], n[key], med[key], minv(t[key]), maxv(t[key]), rss[key] / 1024, xr, xs
    }
  }' "$results"
echo
for w in commit-clean commit-claude corpus api jdk; do
  wants "$w" || continue
  case "$w" in jdk) [ -n "$jdk" ] || continue ;; esac
  printf '%s: %s files' "$w" "$(files_of "$w")"
  case "$w" in corpus) printf ', %s' "$(du -sh "$corpus" | cut -f1)" ;; api) printf ', %s' "$(du -sh "$api" | cut -f1)" ;; jdk) printf ', %s (%s)' "$(du -sh "$jdk" | cut -f1)" "$src_zip" ;; esac
  echo
done
echo "claudit: ./claudit scan --no-ignore --fail-on none PATHS; ripgrep: ${rg_cmd[*]} PATHS;"
echo "secretlint: secretlint --secretlintrc (preset-recommend) 'DIR/**/*' or PATHS. Wall time by the clock around GNU time, peak RSS by GNU time."
