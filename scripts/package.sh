#!/usr/bin/env bash
# Builds the Debian package build-package/synapse-lab_VERSION_ARCH.deb (CPack) and checks it with lintian,
# desktop-file-validate and appstreamcli; installs the Debian packages it needs first, only those missing.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh dpkg-dev file lintian
build_dir=build-package

# Debian's own compiler and linker flags (hardening included); CMake reads no CPPFLAGS, so they join CXXFLAGS.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
export CFLAGS="$(dpkg-buildflags --get CFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
export CXXFLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
export LDFLAGS="$(dpkg-buildflags --get LDFLAGS)"
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSYNAPSE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build_dir" -j"$(nproc)" --target synapse-lab synapse_install_files
rm -f "$build_dir"/synapse-lab_*.deb
(cd "$build_dir" && cpack -G DEB >/dev/null)
deb=$(ls "$build_dir"/synapse-lab_*.deb)

echo "== Checking $deb" >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"
desktop-file-validate "$tmp"/usr/share/applications/*.desktop
appstreamcli validate --no-net "$tmp"/usr/share/metainfo/*.metainfo.xml >&2
lintian --fail-on error --info "$deb" >&2
dpkg-deb --field "$deb" Package Version Architecture Maintainer Depends Recommends >&2
echo "$deb"
