#!/usr/bin/env bash
# Configures (CMake + Ninja, RelWithDebInfo, warnings as errors) and builds Pixetric Studio.
#
# Usage: scripts/build.sh [BUILD_DIR]
#   BUILD_DIR defaults to build/ at the top of the checkout. A relative BUILD_DIR is taken
#   from the current directory.
# Environment: PIXETRIC_JOBS  parallel jobs (default: every core)
#              CMAKE_BUILD_TYPE, PIXETRIC_CMAKE_ARGS  (extra configure arguments, split on spaces)
set -euo pipefail

src_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${1:-$src_dir/build}"
mkdir -p "$build_dir"
build_dir="$(cd "$build_dir" && pwd)"

jobs="${PIXETRIC_JOBS:-$(nproc 2>/dev/null || echo 2)}"
build_type="${CMAKE_BUILD_TYPE:-RelWithDebInfo}"
read -r -a extra_args <<< "${PIXETRIC_CMAKE_ARGS:-}"

# A build dir configured with another generator cannot be reused: start it afresh.
if [[ -f "$build_dir/CMakeCache.txt" ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$build_dir/CMakeCache.txt"; then
    echo "build: $build_dir was configured with another generator; reconfiguring from scratch"
    rm -f "$build_dir/CMakeCache.txt"
    rm -rf "$build_dir/CMakeFiles"
fi

echo "build: configuring $src_dir in $build_dir ($build_type, $jobs jobs)"
cmake -S "$src_dir" -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE="$build_type" \
    -DPIXETRIC_WERROR=ON \
    "${extra_args[@]}"

cmake --build "$build_dir" --parallel "$jobs"
echo "build: done in $build_dir"
