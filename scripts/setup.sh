# Sourced by scripts/demo and scripts/test: make .venv with rcv and its dependencies, and check
# the system libraries Qt needs. Idempotent and quick when nothing changed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3}"

"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
  echo "rcv needs Python 3.11 or newer; $("$PY" --version 2>&1) found. Set PYTHON=/path/to/python3.11." >&2
  exit 1
}

# Shared libraries Qt loads (offscreen and xcb), and QtMultimedia's.
QT_LIBS="libglib2.0-0 libgl1 libegl1 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libx11-6 \
libpulse0 libxrandr2 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core"
if command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for p in $QT_LIBS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing the system libraries Qt needs:$missing"
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing) >/dev/null \
        || echo "warning: could not install:$missing" >&2
    else
      echo "Qt needs these system packages, please install them:" >&2
      echo "  sudo apt-get install$missing" >&2
    fi
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "Creating the virtual environment in .venv"
  "$PY" -m venv "$VENV"
fi
STAMP="$VENV/.rcv-installed"
if [ ! -f "$STAMP" ] || [ "$ROOT/pyproject.toml" -nt "$STAMP" ]; then
  echo "Installing rcv and its dependencies into .venv"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e "$ROOT[dev,build]"
  touch "$STAMP"
fi
export PATH="$VENV/bin:$PATH"
