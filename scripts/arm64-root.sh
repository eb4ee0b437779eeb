#!/usr/bin/env bash
# Makes the arm64 build root scripts/release.sh --arch aarch64 builds in: a Debian sid
# arm64 chroot run through qemu-user-static, with Debian's own Swift (swiftlang 6.2), GCC,
# ncurses and zlib, this machine's zig (a static x86_64 binary, run natively) and the Swift
# packages partyday depends on, resolved offline as on the host. Idempotent; see
# Docs/RELEASE.md ("arm64").
#   scripts/arm64-root.sh [DIR]          (default DIR: /var/tmp/partyday-arm64)
# Needs root, debootstrap, qemu-user-static and network access to deb.debian.org; about
# 10 minutes the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(realpath -m "${1:-/var/tmp/partyday-arm64}")"

command -v debootstrap > /dev/null && [ -x /usr/bin/qemu-aarch64-static ] || {
    echo "arm64-root: apt-get install debootstrap qemu-user-static binfmt-support" >&2; exit 1; }
# The kernel runs arm64 programs through qemu once binfmt_misc knows it.
if [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
    mountpoint -q /proc/sys/fs/binfmt_misc || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
    update-binfmts --enable qemu-aarch64
fi

if [ ! -x "$root/usr/bin/apt-get" ]; then
    debootstrap --arch=arm64 --variant=minbase --include=ca-certificates sid "$root" http://deb.debian.org/debian
fi
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
mountpoint -q "$root/dev" || mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# What the build and scripts/release.sh need there (a no-op once installed). sid's Release
# file may have expired by this machine's date (a frozen mirror): hence the option.
packages="swiftlang libncurses-dev zlib1g-dev libc6-dev gcc g++ git python3 binutils xz-utils dpkg-dev file"
if ! chroot "$root" dpkg -s $packages > /dev/null 2>&1; then
    chroot "$root" sh -c "apt-get -o Acquire::Check-Valid-Until=false update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get -o Acquire::Check-Valid-Until=false install -y -qq --no-install-recommends $packages"
fi
# zig from the host's ziglang package: statically linked, it runs in the chroot natively.
zig_dir=$(python3 -c "import ziglang, os; print(os.path.dirname(ziglang.__file__))")
mkdir -p "$root/opt/zig"
cp -a "$zig_dir/." "$root/opt/zig/"
# partyday's packages, from the host's copies, under the same addresses.
for package in apple/swift-argument-parser weichsel/ZIPFoundation; do
    mkdir -p "$root/opt/swift-packages/$(dirname "$package")"
    [ -d "$root/opt/swift-packages/$package.git" ] || cp -a "/opt/swift-packages/$package.git" "$root/opt/swift-packages/$package.git"
done
chroot "$root" git config --system url./opt/swift-packages/.insteadof https://github.com/
# libxml2 as Debian 11 has it (soname .so.2): sid's is .so.16, which no system of the
# release's floor has. The binary is linked against this one (the clang stand-in puts
# /opt/link-floor first), so it asks for libxml2.so.2 like the x86_64 release; with the ICU
# it needs, it also lets release.sh run the binary in the root (man pages, completions:
# LD_LIBRARY_PATH=/opt/link-floor — sonames sid does not have, so nothing else changes).
floor_package() {  # a Debian 11 arm64 package's libraries into /opt/link-floor
    local mirror=http://deb.debian.org/debian deb
    # (awk reads to the end: an early exit would kill xz with SIGPIPE under pipefail)
    deb=$(curl -sf "$mirror/dists/bullseye/main/binary-arm64/Packages.xz" | xz -dc | awk -v name="$1" '$0 == "Package: " name {p = 1} p && /^Filename:/ && !found {print $2; found = 1}')
    curl -sf -o "$root/tmp/$1.deb" "$mirror/$deb"
    rm -rf "$root/tmp/$1" && dpkg-deb -x "$root/tmp/$1.deb" "$root/tmp/$1"
    cp -a "$root/tmp/$1"/usr/lib/aarch64-linux-gnu/*.so.* "$root/opt/link-floor/"
}
if [ ! -e "$root/opt/link-floor/libicuuc.so.67" ]; then
    mkdir -p "$root/opt/link-floor"
    floor_package libxml2
    floor_package libicu67
    ln -sf libxml2.so.2 "$root/opt/link-floor/libxml2.so"
fi
echo "arm64 root ready: $root ($(chroot "$root" swift --version 2>/dev/null | head -1))"
