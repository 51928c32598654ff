#!/usr/bin/env bash
# Compile the Windows installer (packaging/windows/trade-target.nsi) with makensis.
#
#   packaging/windows/build-installer.sh [PAYLOAD_DIR]   → dist/trade-target-<version>-setup.exe
#   STANDIN=1 packaging/windows/build-installer.sh       → dist/trade-target-<version>-setup-STANDIN-linux-payload.exe
#
# PAYLOAD_DIR is the PyInstaller onedir bundle, dist/trade-target by default. Only Windows
# builds the Windows bundle, so on Linux the installer script is checked by compiling it
# around the Linux bundle (STANDIN=1; tests/packaging/test_nsis.py does this): the stand-in's
# file name, caption and welcome page say what it is, and it must never be shipped.
#
# The real installer: the release workflow (.github/workflows/release.yml, job "windows")
# runs, in Git Bash on windows-latest with Python 3.12,
#   pip install . pyinstaller pillow
#   python packaging/make_icons.py build/icons
#   python -m PyInstaller --distpath dist --workpath build/pyinstaller packaging/trade-target.spec
#   choco install nsis            (windows-2025 images no longer carry NSIS)
#   PYTHON=python bash packaging/windows/build-installer.sh
#
# PYTHON (default python3) runs version.py and make_ico.py, and make_icons.py when
# build/icons is missing (that one needs PySide6). MAKENSIS picks makensis (Debian: nsis).
# OUTDIR (default dist) receives the installer. COMPRESSION (default lzma) goes to the
# script; "off" compiles in seconds, for checks whose output nobody downloads.
# INSTALLER_VERSION (default: packaging/version.py's) makes an installer of another version:
# the install checks (check_install.py) need an older one to see it refused.
# NSIS_TARGET (default: makensis's own, x86-unicode, what the release ships) picks the stub:
# amd64-unicode runs where only 64-bit Windows programs run (64-bit-only Wine).
set -euo pipefail
cd "$(dirname "$0")/../.."

python=${PYTHON:-python3}
makensis=${MAKENSIS:-makensis}
payload=${1:-dist/trade-target}
icons=build/icons
outdir=${OUTDIR:-dist}

if [ ! -d "$payload" ]; then
  echo "build-installer.sh: no bundle at $payload (packaging/build-bundle.sh makes one)" >&2
  exit 1
fi
# Windows' Python ends the line with \r\n.
version=${INSTALLER_VERSION:-$("$python" packaging/version.py | tr -d '\r\n')}

if [ ! -f "$icons/trade-target-256.png" ]; then
  "$python" packaging/make_icons.py "$icons"
fi
"$python" packaging/windows/make_ico.py "$icons" "$icons/trade-target.ico"

target=()
if [ -n "${NSIS_TARGET:-}" ]; then
  target=("-XTarget $NSIS_TARGET")
fi
defines=(-DVERSION="$version" -DPAYLOAD_DIR="$payload" -DICON="$icons/trade-target.ico"
  -DCOMPRESSION="${COMPRESSION:-lzma}")
if [ -n "${STANDIN:-}" ]; then
  outfile=$outdir/trade-target-$version-setup-STANDIN-linux-payload.exe
  defines+=(-DSTANDIN)
else
  outfile=$outdir/trade-target-$version-setup.exe
fi
mkdir -p "$outdir"
rm -f "$outfile"

# -NOCD: paths stay relative to the checkout, not to the script's folder.
# -WX: a warning fails the build as an error does.
"$makensis" -NOCD -V2 -WX ${target[@]+"${target[@]}"} "${defines[@]}" -DOUTFILE="$outfile" packaging/windows/trade-target.nsi
echo "installer: $outfile ($(du -h "$outfile" | cut -f1))"
