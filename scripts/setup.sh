# Sourced by scripts/demo, scripts/test and scripts/build-bundle: make .venv with rcv and its
# dependencies, and the system packages they need. Idempotent and quick when nothing changed.
#
# System packages (Debian/Ubuntu): the shared libraries Qt loads (offscreen, X11, Wayland,
# QtMultimedia), binutils (PyInstaller's objdump) and a font. The list is printed by
# scripts/system-packages from the table in rcv/selftest/libraries.py, which the self-test uses to
# name the package of a missing library. As root they are installed with apt-get; otherwise the
# exact `sudo apt-get install …` line is printed. scripts/fresh-machine-check proves the list on
# fresh Debian 12 and Ubuntu 24.04 systems.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3}"

if ! command -v "$PY" >/dev/null 2>&1; then
  echo "Không tìm thấy $PY — $PY not found: rcv needs Python 3.11 or newer (sudo apt-get install python3 python3-venv)." >&2
  exit 1
fi
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
  echo "rcv cần Python 3.11 trở lên — rcv needs Python 3.11 or newer; $("$PY" --version 2>&1) found. Set PYTHON=/path/to/python3.11." >&2
  exit 1
}
VENV_PACKAGE="$("$PY" -c 'import sys; print(f"python3.{sys.version_info.minor}-venv")')"

# A .venv without pip is what `python3 -m venv` leaves when ensurepip is missing: make it again.
if [ -x "$VENV/bin/python" ] && ! "$VENV/bin/python" -c 'import pip' >/dev/null 2>&1; then
  echo ".venv không có pip (lần cài trước dừng giữa chừng) — .venv has no pip (an earlier set-up stopped halfway): making it again."
  rm -rf "$VENV"
fi
want_venv=()
[ -x "$VENV/bin/python" ] || want_venv=(--venv)  # and python3.X-venv when ensurepip is missing

if command -v dpkg-query >/dev/null 2>&1; then
  missing="$("$PY" "$ROOT/scripts/system-packages" --missing "${want_venv[@]}")"
  # python3.X-venv listed although dpkg has it: its ensurepip is broken, install it again
  reinstall=()
  case " $missing " in
    *" $VENV_PACKAGE "*)
      dpkg-query -W -f='${db:Status-Status}' "$VENV_PACKAGE" 2>/dev/null | grep -qx installed \
        && reinstall=(--reinstall) ;;
  esac
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Cài các gói hệ thống rcv cần — installing the system packages rcv needs: $missing"
      apt_log="$(mktemp)"
      # shellcheck disable=SC2086  # one word per package
      if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends "${reinstall[@]}" $missing; } >"$apt_log" 2>&1; then
        cat "$apt_log" >&2
        rm -f "$apt_log"
        echo "apt-get không cài được — apt-get could not install: $missing" >&2
        exit 1
      fi
      rm -f "$apt_log"
    else
      echo "rcv cần các gói hệ thống sau — rcv needs these system packages; install them with:" >&2
      if [ ${#reinstall[@]} -gt 0 ]; then  # the others, then the broken python3.X-venv
        others="$(printf '%s\n' $missing | grep -vx "$VENV_PACKAGE" | tr '\n' ' ' || true)"
        [ -z "$others" ] || echo "  sudo apt-get install ${others% }" >&2
        echo "  sudo apt-get install --reinstall $VENV_PACKAGE" >&2
      else
        echo "  sudo apt-get install $missing" >&2
      fi
      case " $missing " in
        *" $VENV_PACKAGE "*)
          echo "Chưa tạo được .venv khi thiếu ensurepip — .venv cannot be made without ensurepip ($VENV_PACKAGE)." >&2
          exit 1 ;;
      esac
    fi
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "Tạo môi trường ảo .venv — creating the virtual environment in .venv"
  if ! "$PY" -m venv "$VENV"; then
    rm -rf "$VENV"
    echo "'$PY -m venv' không chạy được (thiếu ensurepip?) — '$PY -m venv' failed (ensurepip missing?). On Debian/Ubuntu: sudo apt-get install --reinstall $VENV_PACKAGE" >&2
    exit 1
  fi
fi
STAMP="$VENV/.rcv-installed"
if [ ! -f "$STAMP" ] || [ "$ROOT/pyproject.toml" -nt "$STAMP" ]; then
  echo "Cài rcv và các thư viện Python vào .venv — installing rcv and its dependencies into .venv"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e "$ROOT[dev,build]"
  touch "$STAMP"
fi
export PATH="$VENV/bin:$PATH"
