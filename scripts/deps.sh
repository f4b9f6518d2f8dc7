#!/usr/bin/env bash
# Installs the Debian 12 packages Synapse Lab needs, only those missing (quiet and quick when all are present);
# arguments name more packages to install the same way (scripts/package.sh's).
set -euo pipefail
packages=(build-essential cmake pkg-config libsdl2-dev libimgui-dev libglm-dev python3-glad catch2
  nlohmann-json3-dev libcli11-dev libstb-dev libegl-dev libegl1-mesa-dev libgl1-mesa-dri libgl-dev
  fonts-dejavu-core fonts-inter ffmpeg flite xvfb xauth desktop-file-utils appstream "$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
