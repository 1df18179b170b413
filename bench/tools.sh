# Sourced by the bench scripts: messages on stderr, and the measuring tools they need (GNU time, ripgrep),
# installed from Debian when running as root, else reported.
say() { printf '%s\n' "$*" >&2; }

install_apt() { # install a Debian package when we may (root), else say what is missing
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing $1 (apt)..."
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1"; } >/dev/null 2>&1 || true
  fi
}

[ -x /usr/bin/time ] || install_apt time
command -v rg >/dev/null || install_apt ripgrep
[ -x /usr/bin/time ] || { say "bench: GNU time (/usr/bin/time) is needed: apt-get install time"; exit 2; }
