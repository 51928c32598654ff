#!/usr/bin/env bash
# Build the Linux package from this checkout: dist/trade-target_<version>_amd64.deb
#
#   bash packaging/build-deb.sh            (needs dpkg-dev; lintian to check it)
#   sudo apt-get install ./dist/trade-target_<version>_amd64.deb
#
# The PyInstaller bundle goes to /opt/trade-target, a launcher to /usr/bin/trade-target,
# with a .desktop entry, hicolor icons, AppStream metainfo, a MIME type and a man page.
# Depends: is what dpkg-shlibdeps finds the bundle's libraries and Qt plugins need.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_ID=org.tradetarget.TradeTarget
PACKAGE=trade-target
version=$(python3 packaging/version.py)
arch=$(dpkg --print-architecture)
linux=packaging/linux
stage=build/deb/root
deb=dist/${PACKAGE}_${version}_${arch}.deb

for tool in dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "build-deb: $tool not found (apt-get install dpkg-dev)" >&2; exit 1; }
done

if [ "${SKIP_BUNDLE:-}" != 1 ]; then
  bash packaging/build-bundle.sh
fi
[ -x dist/trade-target/trade-target ] || { echo "build-deb: no bundle in dist/trade-target" >&2; exit 1; }

rm -rf build/deb
install -d "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" \
  "$stage/usr/share/applications" "$stage/usr/share/metainfo" \
  "$stage/usr/share/mime/packages" "$stage/usr/share/man/man1" \
  "$stage/usr/share/doc/$PACKAGE" "$stage/usr/share/lintian/overrides" \
  "$stage/usr/share/icons/hicolor/scalable/apps"
cp -a dist/trade-target "$stage/opt/$PACKAGE"

cat > "$stage/usr/bin/$PACKAGE" <<'LAUNCHER'
#!/bin/sh
exec /opt/trade-target/trade-target "$@"
LAUNCHER
chmod 755 "$stage/usr/bin/$PACKAGE"

install -m 644 "$linux/$APP_ID.desktop" "$stage/usr/share/applications/"
release_date=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$release_date/" \
  "$linux/$APP_ID.metainfo.xml.in" > "$stage/usr/share/metainfo/$APP_ID.metainfo.xml"
chmod 644 "$stage/usr/share/metainfo/$APP_ID.metainfo.xml"
install -m 644 "$linux/trade-target-mime.xml" "$stage/usr/share/mime/packages/$PACKAGE.xml"
install -m 644 resources/trade-target.svg "$stage/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 16 24 32 48 64 128 256 512; do
  dir="$stage/usr/share/icons/hicolor/${size}x${size}/apps"
  install -d "$dir"
  install -m 644 "build/icons/trade-target-$size.png" "$dir/$APP_ID.png"
done
gzip -9n -c "$linux/trade-target.1" > "$stage/usr/share/man/man1/$PACKAGE.1.gz"
install -m 644 "$linux/copyright" "$stage/usr/share/doc/$PACKAGE/copyright"
changelog_date=$(date -u -R -d "$release_date")
printf '%s (%s) unstable; urgency=medium\n\n  * Release %s.\n\n -- Trade Target developers <developers@tradetarget.org>  %s\n' \
  "$PACKAGE" "$version" "$version" "$changelog_date" | gzip -9n > "$stage/usr/share/doc/$PACKAGE/changelog.gz"
install -m 644 "$linux/lintian-overrides" "$stage/usr/share/lintian/overrides/$PACKAGE"

# Depends: ask dpkg-shlibdeps about every ELF file in the bundle; the bundle's own
# libraries are found through -l and need no package.
mkdir -p build/deb/shlibs/debian
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$PACKAGE" "$PACKAGE" > build/deb/shlibs/debian/control
mapfile -t elf < <(find "$stage/opt/$PACKAGE" -type f -exec sh -c 'head -c4 "$1" | grep -q "ELF" && echo "$1"' _ {} \;)
mapfile -t libdirs < <(printf '%s\n' "${elf[@]}" | xargs -n1 -d '\n' dirname | sort -u)
# One argument each, so that a checkout path with spaces stays whole.
shlibdeps_args=()
for dir in "${libdirs[@]}"; do shlibdeps_args+=("-l../../../$dir"); done
for file in "${elf[@]}"; do shlibdeps_args+=("-e../../../$file"); done
(
  cd build/deb/shlibs
  dpkg-shlibdeps -O --ignore-missing-info "${shlibdeps_args[@]}" 2>shlibdeps.log
) > build/deb/shlibs.txt
depends=$(sed -n 's/^shlibs:Depends=//p' build/deb/shlibs.txt)
[ -n "$depends" ] || { echo "build-deb: dpkg-shlibdeps found no dependencies" >&2; exit 1; }

installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: $PACKAGE
Version: $version
Architecture: $arch
Maintainer: Trade Target developers <developers@tradetarget.org>
Installed-Size: $installed_size
Depends: $depends
Recommends: fonts-dejavu-core
Section: utils
Priority: optional
Description: is the US\$10 billion Malaysia–Türkiye trade target reachable?
 Trade Target is a desktop app for trade officials of Malaysia and Türkiye.
 It opens on the figures of a news article of January 2026, lets the user
 change the exchange rate and the years to the target, and plots the growth
 the target needs against the observed trend, with every figure's source.
CONTROL

find "$stage" -type d -exec chmod 755 {} +
find "$stage/opt/$PACKAGE" -type f -name '*.so*' -exec chmod 644 {} +
find "$stage/usr/share" -type f -exec chmod 644 {} +
mkdir -p dist
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "package: $deb ($(du -h "$deb" | cut -f1))"
