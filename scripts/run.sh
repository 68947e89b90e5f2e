#!/usr/bin/env bash
# Installs what is missing, builds, and launches Pixetric Studio; arguments go to the app.
#
# Usage: scripts/run.sh [app arguments...]
# Environment: PIXETRIC_BUILD_DIR  build directory (default: build/ at the top of the checkout)
set -euo pipefail

src_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${PIXETRIC_BUILD_DIR:-$src_dir/build}"

# The app needs no chroot tooling; the host-only packages are left to scripts/test.sh.
bash "$src_dir/scripts/install-deps.sh" --no-host-tools
bash "$src_dir/scripts/build.sh" "$build_dir"

app="$build_dir/app/studio/pixetric-studio"
if [[ ! -x "$app" ]]; then
    echo "run: $app was not built" >&2
    exit 1
fi
exec "$app" "$@"
