#!/usr/bin/env bash
# Build the one-folder bundle dist/caregiver-app/, which runs on a machine without Python.
#
#   bash packaging/build.sh
#
# Makes (or reuses) its own virtual environment, installs the app with the versions in
# requirements.lock plus PyInstaller (versions in packaging/build.lock), and runs
# packaging/caregiver-app.spec. Settings, all optional:
#   PYTHON=python3.11        the Python that creates the build venv (default: python3)
#   BUILD_VENV=/tmp/pyi-venv where the build venv lives (default: build/venv, git-ignored)
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
BUILD_VENV=${BUILD_VENV:-build/venv}
started=$SECONDS

if [[ ! -d "$BUILD_VENV" ]]; then
  echo "build.sh: creating the build venv $BUILD_VENV"
  "$PYTHON" -m venv "$BUILD_VENV"
fi
if [[ -x "$BUILD_VENV/bin/python" ]]; then
  py="$BUILD_VENV/bin/python"
else
  py="$BUILD_VENV/Scripts/python.exe"  # Windows (Git Bash)
fi

echo "build.sh: installing the app and PyInstaller"
"$py" -m pip install -q -c requirements.lock -c packaging/build.lock . pyinstaller
# pip keeps an installed copy of the app when the version number is unchanged: replace it.
"$py" -m pip install -q --no-deps --force-reinstall .

echo "build.sh: running PyInstaller"
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/caregiver-app.spec

if [[ $(uname) == Linux ]] && command -v strip >/dev/null; then
  # Debug symbols of Python itself only (see the spec: stripping numpy's OpenBLAS breaks it).
  find dist/caregiver-app/_internal -maxdepth 1 -name 'libpython3*.so*' -exec strip --strip-debug {} +
  find dist/caregiver-app/_internal/python3.* -name '*.so' -exec strip --strip-debug {} + 2>/dev/null || true
fi

exe=dist/caregiver-app/caregiver-app
[[ -f "$exe" ]] || exe="$exe.exe"
"$exe" --version
echo "build.sh: built dist/caregiver-app/ in $((SECONDS - started)) s," \
  "$(du -sh dist/caregiver-app | cut -f1) on disk"
