#!/usr/bin/env bash
# Builds Pixetric Studio and runs its whole CTest suite inside a fresh Debian 13 (trixie)
# chroot (Qt 6.8, libpq 17, PostgreSQL 17, KDE Syntax Highlighting), then removes the chroot.
#
# Usage (as root): scripts/test-debian13.sh
#
# The chroot is made with `debootstrap --variant=minbase trixie` from debootstrap's default
# mirror; the host's apt proxy settings are carried into it. Once its packages are installed,
# the chroot is kept as a tarball under the cache directory, so that later runs unpack it
# instead of bootstrapping again; the script works the same with no cache at all.
# The source tree is copied into the chroot (/src) and built there (/build).
#
# Environment:
#   PIXETRIC_CHROOT_PARENT    where the chroot directory is made       (default: /var/tmp)
#   PIXETRIC_CACHE_DIR        where the bootstrapped chroot is cached  (default: /var/cache/pixetric)
#   PIXETRIC_CACHE_MAX_DAYS   cache older than this is rebuilt         (default: 7)
#   PIXETRIC_NO_CACHE=1       neither read nor write the cache
#   PIXETRIC_DEBIAN_MIRROR    mirror URL for debootstrap               (default: debootstrap's)
#   PIXETRIC_JOBS             parallel build jobs inside the chroot    (default: every core)
#
# Whatever happens (failure, Ctrl-C, SIGTERM), processes still running inside the chroot are
# ended, everything mounted below it is unmounted, and the chroot is deleted only once
# nothing is mounted below it any more.
set -euo pipefail

suite=trixie
src_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
chroot_parent="${PIXETRIC_CHROOT_PARENT:-/var/tmp}"
cache_dir="${PIXETRIC_CACHE_DIR:-/var/cache/pixetric}"
cache_max_days="${PIXETRIC_CACHE_MAX_DAYS:-7}"
use_cache=1
[[ "${PIXETRIC_NO_CACHE:-0}" == 1 ]] && use_cache=0

# Output may go to a pipe that is gone after Ctrl-C (tee): logging must never stop us.
log() { printf 'debian13: %s\n' "$*" 2>/dev/null || true; }
die() { printf 'debian13: ERROR: %s\n' "$*" >&2; exit 1; }

[[ "$(id -u)" -eq 0 ]] || die "must run as root (debootstrap, chroot and mount need it)"
command -v debootstrap >/dev/null 2>&1 || die "debootstrap is missing: run scripts/install-deps.sh"

script_start=$SECONDS
phase_start=$SECONDS
phase_times=()
phase_done() { # NAME
    local took=$((SECONDS - phase_start))
    phase_times+=("$1 ${took}s;")
    log "$1 took ${took}s"
    phase_start=$SECONDS
}

mkdir -p "$chroot_parent"
chroot_dir="$(mktemp -d "$(realpath "$chroot_parent")/pixetric-debian13.XXXXXX")"
chmod 755 "$chroot_dir"
log "chroot: $chroot_dir"

# ---------------------------------------------------------------------------------------------
# Clean-up: runs once, on any exit.

# Mount points at or below the chroot, deepest first. /proc/mounts escapes blanks as \040.
mounts_below_chroot() {
    local target
    while read -r _ target _; do
        target="$(printf '%b' "$target")"
        if [[ "$target" == "$chroot_dir" || "$target" == "$chroot_dir"/* ]]; then
            printf '%s\t%s\n' "${#target}" "$target"
        fi
    done < /proc/mounts | sort -rn | cut -f2-
}

# Processes whose root directory is in the chroot: only ours can be there.
pids_in_chroot() {
    local p root
    for p in /proc/[0-9]*; do
        root="$(readlink "$p/root" 2>/dev/null)" || continue
        if [[ "$root" == "$chroot_dir" || "$root" == "$chroot_dir"/* ]]; then
            echo "${p#/proc/}"
        fi
    done
}

cleanup_done=0
cleanup() {
    local rc=$?
    trap '' INT TERM HUP PIPE
    [[ "$cleanup_done" == 1 ]] && return
    cleanup_done=1
    set +e

    # Children started in the background (see `waited`) and anything left inside the chroot,
    # e.g. the PostgreSQL server of an interrupted test.
    local pids
    pids="$(jobs -p) $(pids_in_chroot)"
    if [[ -n "${pids//[[:space:]]/}" ]]; then
        log "ending processes still running: $(echo $pids)"
        kill -TERM $pids 2>/dev/null
        for _ in $(seq 20); do
            sleep 0.5
            pids="$(jobs -pr) $(pids_in_chroot)"
            [[ -z "${pids//[[:space:]]/}" ]] && break
        done
        if [[ -n "${pids//[[:space:]]/}" ]]; then
            kill -KILL $pids 2>/dev/null
            sleep 1
        fi
    fi
    rm -f "$chroot_dir.debootstrap.log"

    local m remaining=""
    for _ in 1 2 3; do
        while IFS= read -r m; do
            [[ -n "$m" ]] || continue
            if ! umount "$m" 2>/dev/null; then
                log "umount $m failed; detaching it lazily"
                umount -l "$m" 2>/dev/null
            fi
        done < <(mounts_below_chroot)
        remaining="$(mounts_below_chroot)"
        [[ -z "$remaining" ]] && break
        sleep 1
    done

    if [[ -n "$remaining" ]]; then
        echo "debian13: ERROR: still mounted below $chroot_dir, so it is NOT deleted:" >&2
        printf '  %s\n' "$remaining" >&2
        echo "debian13: unmount those, then: rm -rf --one-file-system '$chroot_dir'" >&2
        [[ $rc -eq 0 ]] && rc=1
    else
        rm -rf --one-file-system "$chroot_dir"
        [[ -e "$chroot_dir" ]] && log "could not remove all of $chroot_dir"
    fi
    log "chroot phase took $((SECONDS - script_start))s in all${phase_times:+ (${phase_times[*]})}"
    exit "$rc"
}
trap cleanup EXIT
trap 'trap "" PIPE; log "interrupted"; exit 130' INT
trap 'trap "" PIPE; log "terminated"; exit 143' TERM
trap 'trap "" PIPE; log "hang-up"; exit 129' HUP
# Our output pipe closed (e.g. `| head`): stop, but clean up first.
trap 'trap "" PIPE; exit 141' PIPE

# ---------------------------------------------------------------------------------------------
# Helpers

# Runs a command in the background and waits for it, so that a signal reaches our traps at
# once instead of after the command ends; the EXIT trap then ends the command.
waited() {
    local pid rc=0
    "$@" &
    pid=$!
    wait "$pid" || rc=$?
    return "$rc"
}

# Device nodes: debootstrap makes them with mknod. Where that was not possible, bind the host's.
ensure_devices() {
    local dev
    for dev in null zero full random urandom tty; do
        if [[ ! -c "$chroot_dir/dev/$dev" ]]; then
            rm -f "$chroot_dir/dev/$dev"
            touch "$chroot_dir/dev/$dev"
            mount --bind "/dev/$dev" "$chroot_dir/dev/$dev"
        fi
    done
}

# /proc, a private tmpfs on /dev/shm (POSIX shared memory and semaphores), and a private
# devpts instance (pseudo-terminals: the CLI's questions are tested on a terminal).
mount_chroot() {
    ensure_devices
    mkdir -p "$chroot_dir/proc" "$chroot_dir/dev/shm" "$chroot_dir/dev/pts"
    mount -t proc proc "$chroot_dir/proc"
    mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$chroot_dir/dev/shm"
    mount -t devpts -o newinstance,ptmxmode=0666,mode=0620 devpts "$chroot_dir/dev/pts"
    rm -f "$chroot_dir/dev/ptmx"
    ln -s pts/ptmx "$chroot_dir/dev/ptmx"
}

unmount_chroot() {
    local m
    while IFS= read -r m; do
        [[ -n "$m" ]] && umount "$m"
    done < <(mounts_below_chroot)
    [[ -z "$(mounts_below_chroot)" ]] || die "could not unmount everything below $chroot_dir"
}

# Runs a command inside the chroot with a clean environment.
in_chroot() {
    local -a envv=(
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        HOME=/root LANG=C.UTF-8 TMPDIR=/tmp TERM="${TERM:-dumb}"
        DEBIAN_FRONTEND=noninteractive CI="${CI:-}"
        # Only a few device nodes are bound into the chroot, no loop devices: the tests that
        # loop-mount an XFS image run in the host pass.
        PIXETRIC_TEST_NO_LOOP_DEVICES=1
    )
    local v
    for v in http_proxy https_proxy ftp_proxy no_proxy HTTP_PROXY HTTPS_PROXY FTP_PROXY NO_PROXY \
             PIXETRIC_JOBS; do
        if [[ -n "${!v:-}" ]]; then
            envv+=("$v=${!v}")
        fi
    done
    waited chroot "$chroot_dir" /usr/bin/env -i "${envv[@]}" "$@" </dev/null
}

# Carries the host's apt proxy and download settings (not its sources) into the chroot.
copy_apt_config() {
    local f
    mkdir -p "$chroot_dir/etc/apt/apt.conf.d"
    if [[ -f /etc/apt/apt.conf ]]; then
        cp /etc/apt/apt.conf "$chroot_dir/etc/apt/apt.conf"
    fi
    for f in /etc/apt/apt.conf.d/*; do
        [[ -f "$f" ]] || continue
        # Acquire:: settings (proxy, validity checks, languages...), but no hooks that would run
        # host programs and no index targets that only host packages define.
        if grep -qiE 'proxy|acquire' "$f" && ! grep -qiE 'invoke|install-pkgs|IndexTargets' "$f"; then
            cp "$f" "$chroot_dir/etc/apt/apt.conf.d/"
        fi
    done
    # Credentials for a mirror or a proxy, if the host has any: copied as they are.
    if [[ -f /etc/apt/auth.conf ]]; then
        install -m 600 /etc/apt/auth.conf "$chroot_dir/etc/apt/auth.conf"
    fi
    if [[ -d /etc/apt/auth.conf.d ]]; then
        mkdir -p "$chroot_dir/etc/apt/auth.conf.d"
        cp -a /etc/apt/auth.conf.d/. "$chroot_dir/etc/apt/auth.conf.d/"
    fi
}

# Name resolution, apt settings, and a policy that keeps package scripts from starting services.
prepare_chroot() {
    cp -L /etc/resolv.conf "$chroot_dir/etc/resolv.conf" 2>/dev/null || true
    cp -L /etc/hosts "$chroot_dir/etc/hosts" 2>/dev/null || true
    printf '#!/bin/sh\n# no services are started inside this chroot\nexit 101\n' \
        > "$chroot_dir/usr/sbin/policy-rc.d"
    chmod 755 "$chroot_dir/usr/sbin/policy-rc.d"
    copy_apt_config
}

# The host's apt proxy, for debootstrap (which downloads with wget, not apt).
export_apt_proxy() {
    local proto var value
    for proto in http https; do
        var="${proto}_proxy"
        [[ -n "${!var:-}" ]] && continue
        value=""
        eval "$(apt-config shell value "Acquire::${proto}::Proxy" 2>/dev/null || true)"
        if [[ -n "$value" && "$value" != DIRECT && "$value" != false ]]; then
            export "$var=$value"
            log "using the host's apt proxy for $proto downloads"
        fi
    done
}

# ---------------------------------------------------------------------------------------------
# 1. A trixie chroot with the project's dependencies: from the cache, or bootstrapped.

arch="$(dpkg --print-architecture)"
deps_key="$(sha256sum < "$src_dir/scripts/install-deps.sh" | cut -c1-16)"
cache_file="$cache_dir/debian13-$suite-$arch-minbase-$deps_key.tar.zst"
command -v zstd >/dev/null 2>&1 || use_cache=0

restored=0
if [[ "$use_cache" == 1 && -f "$cache_file" ]]; then
    if [[ -n "$(find "$cache_file" -mtime -"$cache_max_days" -print 2>/dev/null)" ]]; then
        log "unpacking the cached chroot $cache_file"
        if waited tar -C "$chroot_dir" --numeric-owner -xpf "$cache_file" -I zstd; then
            restored=1
        else
            log "the cache could not be unpacked; bootstrapping afresh"
            find "$chroot_dir" -mindepth 1 -maxdepth 1 -exec rm -rf --one-file-system {} +
        fi
    else
        log "the cached chroot is older than $cache_max_days days; bootstrapping afresh"
    fi
fi

if [[ "$restored" == 0 ]]; then
    export_apt_proxy
    log "bootstrapping Debian 13 ($suite, minbase)"
    mirror=()
    if [[ -n "${PIXETRIC_DEBIAN_MIRROR:-}" ]]; then
        mirror=("$PIXETRIC_DEBIAN_MIRROR")
    fi
    if ! waited debootstrap --variant=minbase "$suite" "$chroot_dir" "${mirror[@]}" \
            > "$chroot_dir.debootstrap.log" 2>&1 </dev/null; then
        tail -n 30 "$chroot_dir.debootstrap.log" >&2
        die "debootstrap failed"
    fi
    rm -f "$chroot_dir.debootstrap.log"
    phase_done "debootstrap"
else
    phase_done "restore from cache"
fi

prepare_chroot
install -m 755 "$src_dir/scripts/install-deps.sh" "$chroot_dir/root/install-deps.sh"
mount_chroot

log "installing the build dependencies inside the chroot"
in_chroot /bin/bash /root/install-deps.sh --no-host-tools
phase_done "dependencies"

if [[ "$use_cache" == 1 && "$restored" == 0 ]]; then
    log "saving the chroot to $cache_file"
    in_chroot apt-get clean
    unmount_chroot
    tmp_cache=""
    if mkdir -p "$cache_dir" && tmp_cache="$(mktemp "$cache_dir/.debian13.XXXXXX")" &&
       waited bash -c 'set -o pipefail; tar -C "$1" --numeric-owner --one-file-system -cpf - \
            --exclude=./root/install-deps.sh . | zstd -q -T0 -3 -f -o "$2"' _ "$chroot_dir" "$tmp_cache"; then
        chmod 644 "$tmp_cache"
        mv -f "$tmp_cache" "$cache_file"
        # Older caches of this suite are of no further use.
        find "$cache_dir" -maxdepth 1 -name "debian13-$suite-$arch-*.tar.zst" \
            ! -path "$cache_file" -delete
    else
        [[ -z "$tmp_cache" ]] || rm -f "$tmp_cache"
        log "could not write the cache (going on without it)"
    fi
    mount_chroot
    phase_done "cache save"
fi

# ---------------------------------------------------------------------------------------------
# 2. The source tree, copied in (no build folders, no git metadata), built and tested.

log "copying the source tree into the chroot"
mkdir -p "$chroot_dir/src"
tar -C "$src_dir" --exclude=./.git --exclude='./build*' --exclude=./out --exclude=./.cache \
    -cf - . | tar -C "$chroot_dir/src" -xf -
# The tests read the shared fixtures from ../shared beside the checkout, as on the host.
if [[ -d "$src_dir/../shared" ]]; then
    mkdir -p "$chroot_dir/shared"
    tar -C "$src_dir/../shared" -cf - . | tar -C "$chroot_dir/shared" -xf -
else
    log "no ../shared beside the checkout: the tests that need its fixtures will say so and fail"
fi

in_chroot /bin/bash -c '
    . /etc/os-release
    echo "debian13: $PRETTY_NAME; Qt $(dpkg-query -W -f="\${Version}" qt6-base-dev);" \
         "libpq $(dpkg-query -W -f="\${Version}" libpq-dev);" \
         "PostgreSQL server $(ls /usr/lib/postgresql | tr "\n" " ")"'

build_rc=0
# The benchmarks are built (and run by hand) on the host; here they would only cost time.
in_chroot /usr/bin/env PIXETRIC_CMAKE_ARGS=-DPIXETRIC_BUILD_BENCHMARKS=OFF /bin/bash /src/scripts/build.sh /build || build_rc=$?
phase_done "build"
if [[ "$build_rc" -ne 0 ]]; then
    die "the build failed inside the Debian 13 chroot (exit $build_rc)"
fi

test_rc=0
# Side by side on every core. The property test runs seeds 1-90 here and 91-220 on the host, so
# that each CI run proves different pairs on each version; the schema pairs, which run whole
# here, cover what differs between versions.
in_chroot /bin/bash -c 'cd /build && PIXETRIC_PROPERTY_SEEDS=90 ctest --output-on-failure --parallel "$(nproc)"' || test_rc=$?
phase_done "ctest"

if [[ "$test_rc" -ne 0 ]]; then
    log "ctest failed inside the Debian 13 chroot (exit $test_rc)"
    exit "$test_rc"
fi
log "all tests passed"
