#!/usr/bin/env bash
# Packages the PyInstaller one-folder bundle (dist/directwork, from installer/directwork.spec)
# for Linux desktops, into dist/:
#   directwork-<version>-x86_64.AppImage    only when appimagetool is available
#                                           (on PATH, or APPIMAGETOOL=/path/to/appimagetool)
#   directwork_<version>_amd64.deb          needs dpkg-deb; installs to /opt/directwork
#   directwork-<version>-linux-x86_64.tar.gz the bundle itself, unpack anywhere and run
# It ends by saying which of them it built and which it could not, and why.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
DIST=${DIST:-$ROOT/dist}  # overridable, so the packaging can be tested on a stand-in bundle
BUNDLE=$DIST/directwork
LINUX=$ROOT/installer/linux
ICONS=$ROOT/resources/icons
APP_ID=org.directwork.Directwork

[ -x "$BUNDLE/directwork" ] || { echo "build-appimage: $BUNDLE/directwork is missing; run 'make installer' (or pyinstaller installer/directwork.spec) first" >&2; exit 1; }
[ -s "$DIST/VERSION" ] || { echo "build-appimage: $DIST/VERSION is missing; the PyInstaller spec writes it" >&2; exit 1; }
VERSION=$(tr -d '[:space:]' < "$DIST/VERSION")
case "$(uname -m)" in
  x86_64) ARCH=x86_64 DEB_ARCH=amd64 ;;
  aarch64) ARCH=aarch64 DEB_ARCH=arm64 ;;
  *) ARCH=$(uname -m) DEB_ARCH=$(uname -m) ;;
esac

built=()
skipped=()
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT

# The desktop integration files, laid out under a prefix ($1) the same way for the AppDir and
# the .deb: launcher, icons in every size, AppStream metadata.
install_desktop_files() {
  local prefix=$1
  install -Dm644 "$LINUX/directwork.desktop" "$prefix/share/applications/$APP_ID.desktop"
  install -Dm644 "$LINUX/$APP_ID.metainfo.xml" "$prefix/share/metainfo/$APP_ID.metainfo.xml"
  install -Dm644 "$ICONS/directwork.svg" "$prefix/share/icons/hicolor/scalable/apps/$APP_ID.svg"
  for size in 16 24 32 48 64 128 256 512; do
    install -Dm644 "$ICONS/directwork-$size.png" \
      "$prefix/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
  done
}

# --------------------------------------------------------------------------- tar.gz
tarball=$DIST/directwork-$VERSION-linux-$ARCH.tar.gz
tar -C "$DIST" -czf "$tarball" directwork
built+=("$tarball")

# --------------------------------------------------------------------------- .deb
if command -v dpkg-deb >/dev/null 2>&1; then
  deb_root=$STAGE/deb
  mkdir -p "$deb_root/opt" "$deb_root/usr/bin" "$deb_root/DEBIAN"
  cp -a "$BUNDLE" "$deb_root/opt/directwork"
  ln -s /opt/directwork/directwork "$deb_root/usr/bin/directwork"
  # Debian keeps a package's licence in /usr/share/doc/<package>/copyright.
  install -Dm644 "$ROOT/LICENSE" "$deb_root/usr/share/doc/directwork/copyright"
  install -Dm644 "$ROOT/THIRD_PARTY_NOTICES.md" "$deb_root/usr/share/doc/directwork/THIRD_PARTY_NOTICES.md"
  install_desktop_files "$deb_root/usr"
  installed_kb=$(du -sk "$deb_root" | cut -f1)
  # The Qt xcb platform's system libraries (the same list as .ci/system-deps "run").
  cat > "$deb_root/DEBIAN/control" <<EOF
Package: directwork
Version: $VERSION
Architecture: $DEB_ARCH
Maintainer: directwork <support@directwork.invalid>
Installed-Size: $installed_kb
Section: misc
Priority: optional
Depends: libgl1, libegl1, libfontconfig1, libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-randr0, libxcb-xfixes0, libxcb-sync1, libxcb-xkb1, libglib2.0-0 | libglib2.0-0t64, libpulse0, fonts-dejavu-core
Homepage: https://directwork.invalid/
Description: direct work with children, offline first, for youth justice practitioners
 Records children's and carers' views, wishes and safety plans on home visits with no
 connection, in an encrypted vault; co-review on screen; printed summaries in English,
 Welsh or both; syncs with the team's hub when a connection returns.
 .
 After installing, IT can check the install with: directwork self-test
EOF
  # The records stay in each user's ~/.local/share/directwork: removing the package never
  # touches them (dpkg only removes files it installed).
  deb=$DIST/directwork_${VERSION}_${DEB_ARCH}.deb
  dpkg-deb --root-owner-group -Zgzip --build "$deb_root" "$deb" >/dev/null
  built+=("$deb")
else
  skipped+=(".deb: dpkg-deb not found (apt-get install dpkg)")
fi

# --------------------------------------------------------------------------- AppImage
appimagetool=${APPIMAGETOOL:-$(command -v appimagetool || command -v appimagetool-$ARCH.AppImage || true)}
if [ -n "$appimagetool" ] && [ -x "$appimagetool" ]; then
  appdir=$STAGE/directwork.AppDir
  mkdir -p "$appdir/usr/lib"
  cp -a "$BUNDLE" "$appdir/usr/lib/directwork"
  install_desktop_files "$appdir/usr"
  cp "$LINUX/directwork.desktop" "$appdir/$APP_ID.desktop"
  cp "$ICONS/directwork-256.png" "$appdir/$APP_ID.png"
  ln -s "$APP_ID.png" "$appdir/.DirIcon"
  cat > "$appdir/AppRun" <<'EOF'
#!/bin/sh
HERE=$(dirname "$(readlink -f "$0")")
exec "$HERE/usr/lib/directwork/directwork" "$@"
EOF
  chmod +x "$appdir/AppRun"
  image=$DIST/directwork-$VERSION-$ARCH.AppImage
  # Without FUSE (containers, CI) appimagetool can still run from its extracted self.
  ARCH=$ARCH APPIMAGE_EXTRACT_AND_RUN=1 "$appimagetool" --no-appstream "$appdir" "$image" >/dev/null
  built+=("$image")
else
  skipped+=("AppImage: appimagetool not found (put it on PATH or set APPIMAGETOOL=/path/to/appimagetool)")
fi

echo "build-appimage: directwork $VERSION for $ARCH"
echo "  bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1) on disk)"
for f in "${built[@]}"; do
  echo "  built:     $f ($(du -h "$f" | cut -f1))"
done
for s in "${skipped[@]}"; do
  echo "  NOT built: $s"
done
