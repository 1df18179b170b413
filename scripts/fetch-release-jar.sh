#!/usr/bin/env bash
# Puts the released claudit-<version>.jar at target/claudit.jar, so that the pre-commit hook and the GitHub Action need
# no Maven build, when a GitHub release of this checkout's version (pom.xml) exists and was built from exactly these
# sources (its claudit-<version>.sources.sha256 equals scripts/sources-digest.sh here), after checking the jar against
# its published SHA-256. Exit 0 when the jar is in place; 1 when there is none to use, and the caller builds instead.
#
# Where releases are: CLAUDIT_RELEASE_URL (a base URL holding v<version>/ directories, e.g. a mirror or file:// for
# tests), else https://github.com/<repo>/releases/download with <repo> from CLAUDIT_REPOSITORY, GITHUB_ACTION_REPOSITORY
# (set in the Action) or this checkout's github.com origin (pre-commit's clone). CLAUDIT_DOWNLOAD=0 turns it off.
set -euo pipefail
here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
say() { echo "claudit: $*" >&2; }

[ "${CLAUDIT_DOWNLOAD:-1}" != 0 ] || exit 1
# the project's own version: the first <version> directly under <project>
version="$(sed -n 's:^  <version>\(.*\)</version>[[:space:]]*$:\1:p' "$here/pom.xml" | head -n 1)"
case "$version" in ''|*-SNAPSHOT) exit 1 ;; esac

base="${CLAUDIT_RELEASE_URL:-}"
if [ -z "$base" ]; then
  repo="${CLAUDIT_REPOSITORY:-${GITHUB_ACTION_REPOSITORY:-}}"
  if [ -z "$repo" ] && command -v git >/dev/null 2>&1; then
    origin="$(git -C "$here" remote get-url origin 2>/dev/null || true)"
    repo="$(printf '%s' "$origin" | sed -n -E 's#^(https://|ssh://git@|git@)github\.com[:/]([^/]+/[^/]+)$#\2#p')"
    repo="${repo%.git}"
  fi
  [ -n "$repo" ] || exit 1
  base="https://github.com/$repo/releases/download"
fi
url="${base%/}/v$version"

if command -v curl >/dev/null 2>&1; then
  get() { curl -fsSL --retry 2 --connect-timeout 10 --max-time 120 -o "$2" "$1"; }
elif command -v wget >/dev/null 2>&1; then
  get() { wget -q -T 60 -O "$2" "$1"; }
else
  exit 1
fi
if command -v sha256sum >/dev/null 2>&1; then sha=(sha256sum); else sha=(shasum -a 256); fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
get "$url/claudit-$version.sources.sha256" "$tmp/sources" 2>/dev/null || exit 1 # no such release
if [ "$(cut -d' ' -f1 < "$tmp/sources")" != "$("$here/scripts/sources-digest.sh" "$here")" ]; then
  say "these sources differ from release v$version; building instead"
  exit 1
fi
if ! get "$url/claudit-$version.jar" "$tmp/claudit.jar" || ! get "$url/claudit-$version.jar.sha256" "$tmp/jar.sha256"; then
  say "could not download claudit-$version.jar from $url; building instead"
  exit 1
fi
expected="$(cut -d' ' -f1 < "$tmp/jar.sha256")"
actual="$("${sha[@]}" "$tmp/claudit.jar" | cut -d' ' -f1)"
if [ -z "$expected" ] || [ "$expected" != "$actual" ]; then
  say "claudit-$version.jar from $url does not match its published SHA-256; not used, building instead"
  exit 1
fi
mkdir -p "$here/target"
mv -f "$tmp/claudit.jar" "$here/target/claudit.jar"
say "using the released claudit-$version.jar (SHA-256 verified)"
