#!/bin/sh
# Runs every benchmark and prints its figures, each beside its anchor and goal.
#
# Usage: tests/bench/run.sh [BUILD_DIR]   (default: <source>/build)
#
# Configures BUILD_DIR (RelWithDebInfo, Ninja when available) if it has not been, builds the
# benchmark programs and the programs they measure, then runs each tests/bench/bench_* in turn.
# Timings are information, not a gate: the exit status is non-zero only when a benchmark
# could not be built or failed to run.
#
# bench_schemadiff needs apgdiff, its anchor (installed when missing and run as root).
# bench_fabric measures its XFS part only as root with mkfs.xfs (it loop-mounts a scratch XFS
# under /var/tmp and removes it again); otherwise it says that part was not measured.
set -u

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=${1:-$source_dir/build}

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    generator=
    command -v ninja >/dev/null 2>&1 && generator="-G Ninja"
    # shellcheck disable=SC2086 # $generator is two words or none
    cmake -S "$source_dir" -B "$build_dir" $generator -DCMAKE_BUILD_TYPE=RelWithDebInfo || exit 1
fi

# bench_schemadiff's anchor is apgdiff (Debian package apgdiff); as root it is installed here.
if ! command -v apgdiff >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q apgdiff >/dev/null || echo "run.sh: could not install apgdiff" >&2
fi

benches=$(cd "$here" && ls bench_*.cpp | sed 's/\.cpp$//')
# shellcheck disable=SC2086 # one target per word
cmake --build "$build_dir" --target pixetric pixetric-studio $benches || exit 1

status=0
for name in $benches; do
    program="$build_dir/tests/bench/$name"
    echo "## $name"
    if ! "$program"; then
        echo "## $name failed" >&2
        status=1
    fi
done
exit $status
