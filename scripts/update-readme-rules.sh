#!/usr/bin/env bash
# Regenerates README.md's rule table from rules/*.yml: replaces what lies between its two marker comments with
# './claudit rules --format markdown'. ReadmeRuleTableTest fails until this has been run after a rule changes.
set -euo pipefail
cd "$(dirname "$0")/.."
begin="<!-- rules table: generated from rules/*.yml by scripts/update-readme-rules.sh; do not edit by hand -->"
end="<!-- end of rules table -->"
table="$(./claudit rules --format markdown)"
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
state=before
while IFS= read -r line || [ -n "$line" ]; do
  case "$state" in
    before)
      printf '%s\n' "$line"
      if [ "$line" = "$begin" ]; then printf '%s\n' "$table"; state=inside; fi ;;
    inside)
      if [ "$line" = "$end" ]; then printf '%s\n' "$line"; state=after; fi ;;
    after)
      printf '%s\n' "$line" ;;
  esac
done < README.md > "$tmp"
if [ "$state" != after ]; then
  echo "update-readme-rules: README.md lacks the marker comments around the rule table:" >&2
  printf '  %s\n  %s\n' "$begin" "$end" >&2
  exit 1
fi
cat "$tmp" > README.md
echo "README.md: rule table regenerated ($(printf '%s\n' "$table" | tail -n +3 | wc -l) rules)"
