#!/usr/bin/env bash
# Installs what is missing, builds, runs the whole CTest suite on this machine — as root, then
# again as an ordinary account (postgres), because the local fabric behaves differently for each —
# then builds and runs it once more inside a Debian 13 chroot (scripts/test-debian13.sh). Exits
# non-zero if any pass fails, and ends with one summary line for each.
#
# The ordinary account's pass runs only the tests labelled "account" (tests/CMakeLists.txt): those
# whose work depends on who runs them (the local fabric, which runs its servers as the postgres
# account when started by root, and the cloning tests, which mount file systems as root). The
# others, the schema proof tests among them, do the same for any account, and the other two
# passes (PostgreSQL 15 and 17) run them.
# Every pass runs its tests side by side, one for each core; the long ones start first.
#
# Usage (as root): scripts/test.sh
# Environment: PIXETRIC_BUILD_DIR       host build directory (default: build/ at the top)
#              PIXETRIC_SKIP_DEBIAN13=1 host only (for a quick local run; CI never sets it)
set -euo pipefail

src_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${PIXETRIC_BUILD_DIR:-$src_dir/build}"
logs="$(mktemp -d "${TMPDIR:-/tmp}/pixetric-test.XXXXXX")"
user_home=""
trap 'rm -rf "$logs" ${user_home:+"$user_home"}' EXIT
start=$SECONDS

# "N passed, M failed" from ctest's closing line ("NN% tests passed, M tests failed out of N").
ctest_counts() { # LOG
    local line total failed
    line="$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$1" | tail -n1 || true)"
    if [[ -z "$line" ]]; then
        if grep -q 'No tests were found' "$1"; then
            echo "0 passed, 0 failed (no tests found)"
        fi
        return 0
    fi
    failed="$(sed -E 's/.* ([0-9]+) tests? failed out of.*/\1/' <<< "$line")"
    total="$(sed -E 's/.*out of ([0-9]+).*/\1/' <<< "$line")"
    echo "$((total - failed)) passed, $failed failed"
}

# --- Host -----------------------------------------------------------------------------------
echo "== test: host: dependencies"
bash "$src_dir/scripts/install-deps.sh"

host_rc=0
host_summary=""
host_times=""
deb_times=""
echo "== test: host: build in $build_dir"
host_build_start=$SECONDS
if bash "$src_dir/scripts/build.sh" "$build_dir"; then
    host_build_time=$((SECONDS - host_build_start))
    echo "== test: host: ctest"
    host_test_start=$SECONDS
    set +e
    # Property seeds 91-220 here and 1-90 on PostgreSQL 17 (scripts/test-debian13.sh): 220
    # different schema pairs in all, where the test's own 300 on each pass would take CI about
    # ten minutes more.
    (cd "$build_dir" && PIXETRIC_PROPERTY_FIRST_SEED=91 PIXETRIC_PROPERTY_SEEDS=130 ctest --output-on-failure --parallel "$(nproc)") 2>&1 | tee -i "$logs/host.log"
    host_rc=${PIPESTATUS[0]}
    set -e
    host_test_time=$((SECONDS - host_test_start))
    host_summary="$(ctest_counts "$logs/host.log")"
    [[ -n "$host_summary" ]] || host_summary="ctest gave no result (exit $host_rc)"
    host_times="build ${host_build_time}s, tests ${host_test_time}s"
else
    host_rc=1
    host_summary="BUILD FAILED, no test run"
    host_times="build failed after $((SECONDS - host_build_start))s"
fi

# --- Host, as an ordinary account ---------------------------------------------------------------
# The same build, run by an account without root's powers: servers run as it directly, and the
# tests that need root (mounting file systems) say so and skip. Only the tests labelled "account"
# run (see the top).
user_rc=0
user_summary=""
user_account=postgres
if [[ -z "$host_times" || "$host_summary" == BUILD* ]]; then
    user_summary="not run (no build)"
    user_rc=1
elif ! id "$user_account" >/dev/null 2>&1; then
    user_summary="FAILED: there is no '$user_account' account (the postgresql package makes it)"
    user_rc=1
elif ! runuser -u "$user_account" -- test -x "$build_dir/tests/tst_localfabric"; then
    user_summary="FAILED: the '$user_account' account cannot reach $build_dir; make its parent folders searchable (chmod o+x)"
    user_rc=1
else
    echo "== test: host, as the '$user_account' account: ctest"
    user_home="$(mktemp -d "${TMPDIR:-/tmp}/pixetric-user-home.XXXXXX")"
    chown "$user_account" "$user_home"
    # ctest writes its logs under Testing/ only.
    mkdir -p "$build_dir/Testing/Temporary"
    chmod -R a+rwX "$build_dir/Testing"
    user_start=$SECONDS
    set +e
    (cd / && runuser -u "$user_account" -- env HOME="$user_home" XDG_RUNTIME_DIR= \
        ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" --label-regex account) 2>&1 | tee -i "$logs/user.log"
    user_rc=${PIPESTATUS[0]}
    set -e
    user_summary="$(ctest_counts "$logs/user.log")"
    [[ -z "$user_summary" ]] || user_summary="$user_summary (the tests labelled \"account\")"
    [[ -n "$user_summary" ]] || { user_summary="ctest gave no result (exit $user_rc)"; [[ "$user_rc" -ne 0 ]] || user_rc=1; }
    host_times="$host_times, as $user_account $((SECONDS - user_start))s"
fi

# --- Debian 13 ------------------------------------------------------------------------------
deb_rc=0
if [[ "${PIXETRIC_SKIP_DEBIAN13:-0}" == 1 ]]; then
    deb_summary="skipped (PIXETRIC_SKIP_DEBIAN13=1)"
else
    echo "== test: Debian 13 chroot"
    deb_start=$SECONDS
    set +e
    bash "$src_dir/scripts/test-debian13.sh" 2>&1 | tee -i "$logs/debian13.log"
    deb_rc=${PIPESTATUS[0]}
    set -e
    deb_time=$((SECONDS - deb_start))
    deb_summary="$(ctest_counts "$logs/debian13.log")"
    if [[ -z "$deb_summary" ]]; then
        if grep -q 'the build failed inside the Debian 13 chroot' "$logs/debian13.log"; then
            deb_summary="BUILD FAILED, no test run"
        else
            deb_summary="FAILED before the tests (exit $deb_rc)"
        fi
        [[ "$deb_rc" -ne 0 ]] || deb_rc=1
    fi
    deb_times="chroot phase ${deb_time}s"
fi

echo
echo "== test: done in $((SECONDS - start))s; host: ${host_times:-n/a}; Debian 13: ${deb_times:-n/a}"
echo "host: $host_summary"
echo "host as $user_account: $user_summary"
echo "debian13: $deb_summary"
if [[ "$host_rc" -ne 0 || "$user_rc" -ne 0 || "$deb_rc" -ne 0 ]]; then
    exit 1
fi
