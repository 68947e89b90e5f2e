#!/usr/bin/env bash
# Installs, with apt-get, the Debian packages needed to build, run and test Pixetric Studio.
# Only what is missing is installed; when everything is present this is a quick no-op and
# touches no network. Supports Debian 12 (bookworm) and Debian 13 (trixie).
#
# Usage: scripts/install-deps.sh [--no-host-tools] [--print]
#   --no-host-tools  skip the packages only the host needs (debootstrap, for the chroot test);
#                    also set by PIXETRIC_NO_HOST_TOOLS=1
#   --print          print the package list for this release and exit
set -euo pipefail

host_tools=1
print_only=0
if [[ "${PIXETRIC_NO_HOST_TOOLS:-0}" == 1 ]]; then
    host_tools=0
fi
for arg in "$@"; do
    case "$arg" in
        --no-host-tools) host_tools=0 ;;
        --print) print_only=1 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "install-deps: unknown option: $arg" >&2; exit 2 ;;
    esac
done

if [[ ! -r /etc/os-release ]]; then
    echo "install-deps: /etc/os-release not found; only Debian 12 and 13 are supported" >&2
    exit 1
fi
# shellcheck disable=SC1091
codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-}")"
os_id="$(. /etc/os-release && echo "${ID:-}")"

# Packages common to every supported release.
packages=(
    build-essential cmake ninja-build
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev libxkbcommon-dev libgl-dev
    libqscintilla2-qt6-dev qtkeychain-qt6-dev
    libpq-dev libssl-dev postgresql
    libpg-query-dev libprotobuf-c-dev
    libqt6sql6-sqlite qt6-qpa-plugins xvfb xauth openssl
)
host_packages=(debootstrap xfsprogs)

# Per release, real package names only: a virtual name would always look missing to dpkg.
bookworm_packages=(pkg-config libqt6opengl6-dev postgresql-contrib)
# Debian 13: qt6-base-dev provides libqt6opengl6-dev and the postgresql-17 server package
# provides postgresql-contrib; pkg-config became pkgconf. KDE Syntax Highlighting is new.
trixie_packages=(pkgconf libkf6syntaxhighlighting-dev)

case "$codename" in
    bookworm)
        packages+=("${bookworm_packages[@]}")
        ;;
    trixie)
        packages+=("${trixie_packages[@]}")
        ;;
    *)
        echo "install-deps: ${os_id:-unknown} '${codename:-?}' is not Debian 12 or 13; trying the Debian 13 package list" >&2
        packages+=("${trixie_packages[@]}")
        ;;
esac
if [[ "$host_tools" == 1 ]]; then
    packages+=("${host_packages[@]}")
fi

if [[ "$print_only" == 1 ]]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

# Which of them are installed? One dpkg-query for all; unknown names simply print nothing.
declare -A installed=()
while read -r name status; do
    [[ "$status" == ii ]] && installed["${name%%:*}"]=1
done < <(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${packages[@]}" 2>/dev/null || true)

missing=()
for p in "${packages[@]}"; do
    [[ -n "${installed[$p]:-}" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#packages[@]} packages present (${codename:-unknown})"
    exit 0
fi

echo "install-deps: installing ${#missing[@]} missing package(s) on ${codename:-unknown}: ${missing[*]}"
sudo=()
if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "install-deps: run as root (or install sudo)" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
# Wait for the dpkg lock rather than failing when another apt run holds it.
apt_opts=(-o DPkg::Lock::Timeout=600 -o Dpkg::Use-Pty=0)
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" -q update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" -q -y \
    --no-install-recommends install "${missing[@]}"
echo "install-deps: done"
