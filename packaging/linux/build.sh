#!/usr/bin/env bash
# Build Tư liệu for Linux: the PyInstaller one-folder app, then a .tar.gz and a .deb that put it
# in /opt/tulieu with the command, desktop entry, AppStream metainfo and icons where desktops
# look for them.
#   packaging/linux/build.sh              build with PyInstaller, then package
#   packaging/linux/build.sh --no-build   package an existing dist/tulieu/
# DIST=/tmp/out BUILD=/tmp/work packaging/linux/build.sh  puts outputs and work files elsewhere.
# Needs .venv with the `package` extra (pip install -e ".[package]"); dpkg-deb for the .deb.
set -euo pipefail
cd "$(dirname "$0")/../.."

APP_ID=vn.tulieu.TuLieu
PYTHON=.venv/bin/python
VERSION=$("$PYTHON" -c 'import desktop; print(desktop.__version__)')
ARCH=$(dpkg --print-architecture 2>/dev/null || uname -m)
DIST=${DIST:-dist}
BUILD=${BUILD:-build}

if [ "${1:-}" != "--no-build" ]; then
    "$PYTHON" -m PyInstaller --noconfirm --clean --distpath "$DIST" --workpath "$BUILD" packaging/tulieu.spec
fi
[ -x "$DIST/tulieu/tulieu" ] || { echo "$DIST/tulieu/tulieu is missing: build it first" >&2; exit 1; }

STAGE=$BUILD/linux-root
rm -rf "$STAGE"
mkdir -p "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/metainfo" "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$DIST/tulieu" "$STAGE/opt/tulieu"
ln -s /opt/tulieu/tulieu "$STAGE/usr/bin/tulieu"
install -m 644 "packaging/linux/$APP_ID.desktop" "$STAGE/usr/share/applications/"
install -m 644 "packaging/linux/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/"
install -m 644 resources/icons/tulieu.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
# Bitmap sizes too: some panels and menus still ignore the scalable icon.
"$PYTHON" packaging/make_icons.py "$BUILD/icons" >/dev/null
for png in "$BUILD"/icons/hicolor/*/tulieu.png; do
    size=$(basename "$(dirname "$png")")
    install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/$size/apps/$APP_ID.png"
done

# A tarball of the same tree: `sudo tar -C / -xzf tulieu-….tar.gz` installs it by hand.
TARBALL="$DIST/tulieu-$VERSION-linux-$ARCH.tar.gz"
tar -C "$STAGE" --owner=0 --group=0 -czf "$TARBALL" opt usr
echo "Wrote $TARBALL"

if command -v dpkg-deb >/dev/null; then
    mkdir -p "$STAGE/DEBIAN"
    SIZE=$(du -sk "$STAGE/opt" "$STAGE/usr" | awk '{s += $1} END {print s}')
    # The Qt libraries in the bundle load these from the system (as packaging/bootstrap.sh lists).
    cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: tulieu
Version: $VERSION
Section: misc
Priority: optional
Architecture: $ARCH
Installed-Size: $SIZE
Depends: libegl1, libgl1, libglib2.0-0, libfontconfig1, libfreetype6, libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-xkb1, fonts-dejavu-core
Maintainer: Tư liệu <tulieu@localhost>
Description: archive of news articles for Vietnamese offices
 Collect news articles from text, Word, web page and PDF files, correct their
 metadata, tag them and export them as Word reports laid out as official documents.
CONTROL
    DEB="$DIST/tulieu_${VERSION}_$ARCH.deb"
    dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
    echo "Wrote $DEB"
fi
