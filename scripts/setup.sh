#!/usr/bin/env bash
# Set up aiclass in a virtual environment inside the repo (.venv).
#   scripts/setup.sh          what a classroom machine needs (serve, course, grade)
#   scripts/setup.sh --dev    plus what the tests need (pytest, ruff, Chromium, Node packages)
# Safe to run again: each step is skipped when it is already done.
set -euo pipefail
cd "$(dirname "$0")/.."
dev=0
[ "${1:-}" = "--dev" ] && dev=1

py=${PYTHON:-python3.11}
command -v "$py" >/dev/null || py=python3
if [ ! -x .venv/bin/python ]; then
  echo "aiclass: creating .venv with $py"
  "$py" -m venv .venv
fi
pip=".venv/bin/python -m pip"

stamp=.venv/.aiclass-installed
want=$(cat binder/requirements.txt pyproject.toml | sha256sum | cut -c1-16)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  # PyTorch CPU first: a plain "torch" pulled in later would fetch gigabytes of CUDA.
  $pip install -q --upgrade pip
  $pip install -q "torch==2.13.0"
  $pip install -q -r binder/requirements.txt
  $pip install -q --no-deps -e .
  echo "$want" > "$stamp"
fi

if ! command -v bwrap >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "aiclass: installing bubblewrap, the sandbox for 'aiclass grade'"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null
  else
    echo "aiclass: bubblewrap missing: 'aiclass grade' will run with rlimits only (sudo apt-get install bubblewrap)"
  fi
fi

if [ "$dev" = 1 ]; then
  devstamp=.venv/.aiclass-dev-installed
  if [ "$(cat "$devstamp" 2>/dev/null)" != "$want" ]; then
    $pip install -q -r binder/requirements-dev.txt
    echo "$want" > "$devstamp"
  fi
  if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "aiclass: installing Debian's chromium for the browser tests"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      echo "aiclass: /usr/bin/chromium is missing; browser tests will be skipped (sudo apt-get install chromium)"
    fi
  fi
  if { [ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || [ ! -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ]; } && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    # A small Chinese font (zh-CN labels in lab pictures) and an emoji font (apps' cards and
    # buttons in the browser tests' screenshots); classroom computers normally have both.
    fonts="fonts-wqy-microhei fonts-noto-color-emoji"
    { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $fonts || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $fonts; }; } >/dev/null 2>&1 || true
  fi
  if [ -f package.json ] && command -v npm >/dev/null; then
    if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
      npm ci --no-audit --no-fund --loglevel=error
    fi
  fi
fi
