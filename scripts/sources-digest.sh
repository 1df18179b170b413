#!/usr/bin/env bash
# Prints one SHA-256 over the sources target/claudit.jar is built from (the parent pom, the claudit-core and claudit-cli
# modules' poms and src/main, rules: what the launcher's staleness check reads), by path and content. The release publishes it beside the jar, so that a checkout can tell
# whether a released jar was built from exactly its own sources (scripts/fetch-release-jar.sh).
# Usage: scripts/sources-digest.sh [CHECKOUT]   (default: the checkout this script is in)
set -euo pipefail
root="${1:-$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
if command -v sha256sum >/dev/null 2>&1; then sha=(sha256sum); else sha=(shasum -a 256); fi
cd "$root"
find pom.xml claudit-core/pom.xml claudit-core/src/main claudit-cli/pom.xml claudit-cli/src/main rules -type f -print0 \
  | LC_ALL=C sort -z | xargs -0 "${sha[@]}" | "${sha[@]}" | cut -d' ' -f1
