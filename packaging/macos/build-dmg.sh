#!/usr/bin/env bash
# Build the macOS disk image, on macOS: dist/Trade-Target-<version>.dmg, holding
# "Trade Target.app" beside a link to /Applications to drag it onto.
#
#   bash packaging/macos/build-dmg.sh        (PYTHON picks the interpreter, as for the bundle)
#
# packaging/build-bundle.sh runs the PyInstaller spec, whose BUNDLE step makes
# dist/Trade Target.app on macOS. The app is built for the machine's own architecture (arm64
# on GitHub's macos-latest) and signed ad hoc by PyInstaller, not with a Developer ID, and not
# notarised: the first launch needs Open from the Finder's context menu (or System Settings ›
# Privacy & Security › Open Anyway).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "$(uname -s)" != Darwin ]; then
  echo "build-dmg.sh: hdiutil and the .app are macOS only" >&2
  exit 1
fi

version=$("${PYTHON:-python3}" packaging/version.py)
app="dist/Trade Target.app"
dmg="dist/Trade-Target-$version.dmg"
staging=build/dmg

bash packaging/build-bundle.sh
if [ ! -x "$app/Contents/MacOS/trade-target" ]; then
  echo "build-dmg.sh: $app was not built (see the BUNDLE step in packaging/trade-target.spec)" >&2
  exit 1
fi
# The frozen interpreter starts and finds the dataset: the command line needs no window.
"$app/Contents/MacOS/trade-target" summary >/dev/null
codesign --verify --deep --verbose=1 "$app"

rm -rf "$staging" "$dmg"
mkdir -p "$staging"
ditto "$app" "$staging/Trade Target.app"
ln -s /Applications "$staging/Applications"

# HFS+ opens on every macOS the app runs on. hdiutil on CI runners now and then fails with
# "Resource busy"; a second try a little later succeeds.
attempt=1
until hdiutil create -volname "Trade Target $version" -srcfolder "$staging" -fs HFS+ \
  -format UDZO -ov "$dmg"; do
  if [ "$attempt" -ge 3 ]; then
    echo "build-dmg.sh: hdiutil create failed $attempt times" >&2
    exit 1
  fi
  attempt=$((attempt + 1))
  sleep 10
done
hdiutil verify "$dmg"
echo "disk image: $dmg ($(du -h "$dmg" | cut -f1))"
