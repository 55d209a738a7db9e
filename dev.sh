#!/usr/bin/env bash
# Set up everything checkin needs on a fresh Debian machine, then start the demo or run the tests.
#
#   ./dev.sh demo        start the app on the built-in demo event
#   ./dev.sh test [ARGS] run the whole test suite (ARGS go to pytest)
#   ./dev.sh bench       print the benchmark figures (bench/)
#   ./dev.sh setup       only install
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# What a fresh Debian lacks for Qt windows, the Xvfb window test, PDF checks and the print queue.
APT_PACKAGES=(
  python3-venv xvfb xdotool x11-apps poppler-utils
  fontconfig fonts-noto-core fonts-dejavu-core fonts-droid-fallback fonts-nanum
  cups printer-driver-cups-pdf
  libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1 libxcb-render-util0
  libxcb-image0 libxcb-randr0 libxcb-xinerama0 libx11-xcb1 libpulse0 libasound2
)
VENV=.venv
PYTHON=${PYTHON:-python3}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_system_packages() {
  command -v dpkg-query >/dev/null || { say "not Debian: install the equivalents of: ${APT_PACKAGES[*]}"; return; }
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return
  say "installing system packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python_packages() {
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { say "checkin needs Python 3.11 or newer ($PYTHON is $("$PYTHON" --version))"; exit 1; }
  [ -x "$VENV/bin/python" ] || { say "creating $VENV"; "$PYTHON" -m venv "$VENV"; }
  local stamp="$VENV/.installed-$(sha1sum pyproject.toml | cut -c1-12)"
  if [ ! -e "$stamp" ]; then
    say "installing checkin and its Python packages into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[test]"
    rm -f "$VENV"/.installed-*; touch "$stamp"
  fi
}

setup() { install_system_packages; install_python_packages; }

case "${1:-}" in
  setup) setup ;;
  demo)
    setup
    demo_db="${CHECKIN_DEMO_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/checkin/demo-event.db}"
    mkdir -p "$(dirname "$demo_db")"
    rm -f "$demo_db" "$demo_db-wal" "$demo_db-shm"
    if [ -z "${CHECKIN_DEMO_DB:-}" ]; then  # and the last start's backups of the (fictional) demo
      rm -rf "${CHECKIN_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/checkin}/backups/demo-event"
    fi
    "$VENV/bin/checkin" --db "$demo_db" demo --attendees 400
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      say "no display: the demo event is ready in $demo_db; start the window from a desktop session"
      say "(or try it headless: $VENV/bin/checkin --db $demo_db search mueller)"
      exit 1
    fi
    exec "$VENV/bin/checkin" --db "$demo_db"
    ;;
  test)
    shift
    setup
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  bench)
    shift
    setup
    for b in bench/bench_*.py; do say "$b"; "$VENV/bin/python" "$b" "$@"; done
    ;;
  *) sed -n '2,8p' "$0"; exit 2 ;;
esac
