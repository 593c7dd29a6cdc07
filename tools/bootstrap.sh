#!/usr/bin/env bash
# The README's Quick start: installs the Debian packages that are missing,
# builds attnviz (Release) and then either starts the app or runs every test.
#   tools/bootstrap.sh app    build, then start the desktop app on the shipped models
#   tools/bootstrap.sh test   build, then run every test through CTest
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in app|test) ;; *) echo "usage: tools/bootstrap.sh app|test" >&2; exit 2 ;; esac

packages=(cmake g++ make pkg-config qt6-base-dev qt6-svg-dev libqcustomplot-dev libeigen3-dev
          nlohmann-json3-dev libcli11-dev libgtest-dev libgmock-dev libbenchmark-dev libspng-dev libssl-dev
          fonts-dejavu-core)
[ "$mode" = test ] && packages+=(clang libclang-rt-14-dev)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing missing Debian packages: ${missing[*]}"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$jobs"

if [ "$mode" = test ]; then
  ctest --test-dir build --output-on-failure -j"$jobs" --timeout 600
  exit
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found. To run the app without one: xvfb-run -s '-screen 0 1600x1000x24' build/app/attnviz"
  exit 1
fi
exec build/app/attnviz
