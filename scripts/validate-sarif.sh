#!/usr/bin/env bash
# Validates claudit's SARIF with Microsoft's SARIF validator (@microsoft/sarif-multitool, from npm) using its SARIF
# and GitHub ingestion rules ("Sarif;Gh"), and fails on any error or warning it reports. The validator exits 0 even
# when it finds errors, so its output log is read instead. Checked: the demo's report as written locally (with
# suppressions), with every result baselined (external suppressions), in upload mode, and a clean scan (no results).
# The tool is installed once into a cache directory (about 100 MB) and runs offline after that.
set -euo pipefail
cd "$(dirname "$0")/.."

version=5.7.0
cache="${CLAUDIT_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/claudit}/sarif-multitool-$version"
case "$(uname -s)" in
  Linux) platform=linux ;;
  Darwin) platform=darwin ;;
  *) echo "validate-sarif: no sarif-multitool binary for $(uname -s)" >&2; exit 3 ;;
esac
tool="$cache/node_modules/@microsoft/sarif-multitool-$platform/Sarif.Multitool"
if [ ! -x "$tool" ]; then
  command -v npm >/dev/null || { echo "validate-sarif: npm is needed to install @microsoft/sarif-multitool" >&2; exit 3; }
  echo "validate-sarif: installing @microsoft/sarif-multitool@$version into $cache" >&2
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-audit --no-fund --no-save --loglevel=error "@microsoft/sarif-multitool@$version" >&2
  [ -x "$tool" ] || { echo "validate-sarif: $tool is missing after npm install" >&2; exit 3; }
fi
command -v node >/dev/null || { echo "validate-sarif: node is needed to read the validator's output" >&2; exit 3; }

# SARIF2005 asks for tool.driver.informationUri: claudit writes it from <claudit.homepage> in pom.xml, which stays
# empty until the project has a public home page; only then is that one warning excused, and it is still printed.
homepage="$(sed -n 's:.*<claudit.homepage>\(.*\)</claudit.homepage>.*:\1:p' pom.xml | head -n 1)"
allowed=""
[ -z "$homepage" ] && allowed="SARIF2005"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
demo=(scan testdata/demo --format sarif --as-of 2026-11-29 --fail-on none)
./claudit "${demo[@]}" --output "$work/demo.sarif"
./claudit "${demo[@]}" --output "$work/demo-upload.sarif" --sarif-upload
./claudit scan testdata/demo --as-of 2026-11-29 --fail-on none --write-baseline "$work/baseline.json" >/dev/null 2>&1
./claudit "${demo[@]}" --output "$work/demo-baselined.sarif" --baseline "$work/baseline.json"
mkdir -p "$work/clean"
printf 'anthropic:\n  api-key: ${ANTHROPIC_API_KEY}\n' > "$work/clean/application.yml"
./claudit scan "$work/clean" --format sarif --output "$work/clean.sarif"

failed=0
for sarif in "$work"/*.sarif; do
  out="${sarif%.sarif}.validation.json"
  # the validator's console output repeats what its log says; shown only when it fails to run
  if ! DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$tool" validate "$sarif" --rule-kind "Sarif;Gh" \
      --level "Error;Warning;Note" --output "$out" --log ForceOverwrite >"$work/console.txt" 2>&1 || [ ! -s "$out" ]; then
    cat "$work/console.txt" >&2
    echo "validate-sarif: the validator did not run on $(basename "$sarif")" >&2
    failed=1
    continue
  fi
  if ! node - "$out" "$(basename "$sarif")" "$allowed" <<'JS'
const [file, name, allowed] = process.argv.slice(2);
const log = JSON.parse(require('fs').readFileSync(file, 'utf8'));
const run = log.runs[0];
const excused = new Set(allowed.split(',').filter(Boolean));
let bad = 0, notes = 0, gaps = [];
for (const r of run.results || []) {
  const level = r.level || 'warning';           // SARIF's default level is warning
  const args = (r.message && r.message.arguments) || [];
  const text = (r.message && r.message.text) || args.join(': ');
  if (level === 'note' || level === 'none') { notes++; continue; }
  if (excused.has(r.ruleId)) { gaps.push(r.ruleId); continue; }
  bad++;
  console.log(`${name}: ${level} ${r.ruleId}: ${text}`);
}
const inv = (run.invocations || [])[0] || {};
for (const n of [...(inv.toolExecutionNotifications || []), ...(inv.toolConfigurationNotifications || [])]) {
  if ((n.level || 'warning') === 'note') continue;
  bad++;
  console.log(`${name}: validator ${n.level || 'warning'}: ${n.message && n.message.text}`);
}
if (inv.executionSuccessful === false) bad++;
console.log(`${name}: ${bad === 0 ? 'valid' : 'INVALID'}: ${bad} errors or warnings, ${notes} notes (advice)` +
  (gaps.length ? `, known gap ${[...new Set(gaps)].join(', ')}` : ''));
process.exit(bad === 0 ? 0 : 1);
JS
  then failed=1; fi
done
if [ "$failed" -ne 0 ]; then
  echo "validate-sarif: FAILED: the SARIF validator reported errors or warnings (above)" >&2
  exit 1
fi
if [ -n "$allowed" ]; then
  echo "validate-sarif: all SARIF valid (sarif-multitool $version, rules Sarif;Gh): no errors, no warnings but the"
  echo "  known gap $allowed: no informationUri while <claudit.homepage> in pom.xml is empty"
else
  echo "validate-sarif: all SARIF valid (sarif-multitool $version, rules Sarif;Gh): no errors, no warnings"
fi
