#!/usr/bin/env bash
# Builds the release for this machine's architecture into dist/:
#   dist/partyday-VERSION-linux-ARCH.tar.xz   the binary (Swift runtime linked in, stripped),
#                                             man pages, bash/zsh/fish completions, README, install.sh
#   dist/partyday_VERSION_DEBARCH.deb          the same as a Debian package
# and prints the binary's size, the tarball's size and the glibc it needs at least.
#
#   scripts/release.sh                  links with zig against glibc 2.28 (UOS 20, Kylin V10,
#                                       Debian 11, Ubuntu 20.04 and newer): the default
#   scripts/release.sh --glibc native   links against this machine's glibc, as swift does
#   scripts/release.sh --arch aarch64 [--root DIR]
#                                       the arm64 release, built from HEAD in a Debian arm64
#                                       chroot through qemu (scripts/arm64-root.sh makes it;
#                                       about an hour on 2 cores) and linked with zig for
#                                       glibc 2.28 as above; dist/ gets its tarball and .deb
#
# Needs: the Swift toolchain, gcc's libstdc++.a, strip, objdump, xz, dpkg-deb (for the .deb),
# and for the default python3 with the ziglang package (pinned below; installed from PyPI
# when missing). See Docs/RELEASE.md.
set -euo pipefail
cd "$(dirname "$0")/.."

glibc_target=2.28
want_arch=$(uname -m)
arm64_root=/var/tmp/partyday-arm64
while [ $# -gt 0 ]; do
    case "$1" in
        --glibc) glibc_target=$2; shift 2 ;;
        --arch) want_arch=$2; shift 2 ;;
        --root) arm64_root=$2; shift 2 ;;
        *) echo "usage: scripts/release.sh [--glibc 2.28|native] [--arch x86_64|aarch64 [--root DIR]]" >&2; exit 2 ;;
    esac
done
zig_version=0.13.0

if [ "$want_arch" != "$(uname -m)" ]; then
    [ "$want_arch" = aarch64 ] || { echo "release: only aarch64 is built for another architecture" >&2; exit 2; }
    # The committed source, in the arm64 root; its .build stays there between runs.
    scripts/arm64-root.sh "$arm64_root"
    source="$arm64_root/src/partyday"
    [ -d "$source/.git" ] || git clone -q "$PWD" "$source"
    git -C "$source" fetch -q "$PWD" HEAD && git -C "$source" checkout -q --force FETCH_HEAD
    echo "== building in $arm64_root through qemu (HEAD: $(git rev-parse --short HEAD))"
    chroot "$arm64_root" env PARTYDAY_ZIG=/opt/zig/zig LD_LIBRARY_PATH=/opt/link-floor sh -c "cd /src/partyday && scripts/release.sh --glibc $glibc_target"
    mkdir -p dist
    cp "$source"/dist/*aarch64*.tar.xz "$source"/dist/*_arm64.deb dist/
    exit 0
fi

version=$(sed -n 's/.*static let string = "partyday \([0-9][0-9.]*\).*/\1/p' Sources/partyday/PartyDay.swift)
arch=$(uname -m)
debarch=$(dpkg --print-architecture 2>/dev/null || echo "$arch")
name="partyday-$version-linux-$arch"
stage="dist/$name"

if [ "$glibc_target" = native ]; then
    scratch=.build
    link=()
else
    # zig's C toolchain links against the glibc named (scripts/glibc228/clang, the stand-in
    # swiftc calls as its linker, and shim.c, what the runtime expects of a newer glibc).
    [ -n "${PARTYDAY_ZIG:-}" ] || python3 -c "import ziglang" 2> /dev/null || python3 -m pip install --quiet "ziglang==$zig_version"
    export PARTYDAY_ZIG="${PARTYDAY_ZIG:-python3 -m ziglang}"
    export PARTYDAY_ZIG_TARGET="$(uname -m)-linux-gnu.$glibc_target"
    scratch=.build/glibc${glibc_target//./}
    link=(-Xswiftc -tools-directory -Xswiftc "$PWD/scripts/glibc228")
fi

echo "== building partyday $version with the Swift runtime linked in (glibc: $glibc_target)"
swift build -c release --product partyday --static-swift-stdlib --scratch-path "$scratch" "${link[@]}"
# The man pages come from swift-argument-parser's own generator, run on partyday alone
# (the package plugin would also run partyday-bench, which is not an argument-parser tool).
# Built with the same flags as partyday, so the modules they share are not compiled again
# (under emulation, for arm64, that took ten minutes each run).
swift build -c release --product generate-manual --static-swift-stdlib --scratch-path "$scratch" "${link[@]}"

rm -rf "$stage" "dist/$name.tar.xz" dist/deb
mkdir -p "$stage/bin" "$stage/man/man1" "$stage/completions"
cp "$scratch/release/partyday" "$stage/bin/partyday"
strip "$stage/bin/partyday"
"$scratch/release/generate-manual" "$stage/bin/partyday" --multi-page --date "$(date -u +%F)" --output-directory "$stage/man/man1"
"$stage/bin/partyday" --generate-completion-script bash > "$stage/completions/partyday.bash"
"$stage/bin/partyday" --generate-completion-script zsh > "$stage/completions/_partyday"
"$stage/bin/partyday" --generate-completion-script fish > "$stage/completions/partyday.fish"
cp README.md LICENSE NOTICE "$stage/"
# The user guide in both languages and the key reference go along: the help names them.
mkdir -p "$stage/doc"
cp Docs/USER-GUIDE.md Docs/USER-GUIDE.zh.md Docs/KEYS.md Docs/KEYS.zh.md "$stage/doc/"
cp scripts/install.sh "$stage/install.sh"
chmod 755 "$stage/install.sh" "$stage/bin/partyday"
tar -C dist -cJf "dist/$name.tar.xz" "$name"

# The newest glibc symbol version the binary asks for is the oldest glibc it runs on.
glibc=$(objdump -T "$stage/bin/partyday" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)

if command -v dpkg-deb > /dev/null; then
    echo "== building the .deb"
    root=dist/deb
    mkdir -p "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/man/man1" "$root/usr/share/doc/partyday" \
             "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" \
             "$root/usr/share/fish/vendor_completions.d"
    install -m 755 "$stage/bin/partyday" "$root/usr/bin/partyday"
    for page in "$stage"/man/man1/*.1; do gzip -9n < "$page" > "$root/usr/share/man/man1/$(basename "$page").gz"; done
    install -m 644 "$stage/completions/partyday.bash" "$root/usr/share/bash-completion/completions/partyday"
    install -m 644 "$stage/completions/_partyday" "$root/usr/share/zsh/vendor-completions/_partyday"
    install -m 644 "$stage/completions/partyday.fish" "$root/usr/share/fish/vendor_completions.d/partyday.fish"
    gzip -9n < README.md > "$root/usr/share/doc/partyday/README.md.gz"
    install -m 644 NOTICE "$root/usr/share/doc/partyday/NOTICE"
    # Debian's machine-readable copyright file; the Apache-2.0 text is base-files' own.
    cat > "$root/usr/share/doc/partyday/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: partyday
Comment: The packages linked into /usr/bin/partyday are named in
 /usr/share/doc/partyday/NOTICE with their licenses.

Files: *
Copyright: 2026 the partyday authors
License: Apache-2.0
 On Debian systems, the full text of the Apache License, Version 2.0 is in
 /usr/share/common-licenses/Apache-2.0.
COPYRIGHT
    for guide in "$stage"/doc/*.md; do install -m 644 "$guide" "$root/usr/share/doc/partyday/$(basename "$guide")"; done
    # Every library the binary links, by the package that ships it here; glibc with its floor.
    # Linked for an older glibc, the package asks for that one: the floor it was built and
    # tried for, not whatever lower version its symbols happen to name.
    if [ "$glibc_target" != native ]; then glibc=$glibc_target; fi
    depends="libc6 (>= $glibc)"
    for library in $(objdump -p "$stage/bin/partyday" | awk '/NEEDED/ {print $2}'); do
        # (awk reads to the end: an early exit would kill ldconfig with SIGPIPE under pipefail)
        path=$(ldconfig -p | awk -v lib="$library" '$1 == lib && found == "" {found = $NF} END {print found}') || true
        package=""
        if [ -n "$path" ]; then
            package=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | awk -F: 'NR == 1 {print $1}') || true
            [ -z "$package" ] && package=$(dpkg -S "$path" 2>/dev/null | awk -F: 'NR == 1 {print $1}') || true
        fi
        # Linked against a library of the floor the build machine does not have (the arm64
        # root's Debian 11 libxml2 in /opt/link-floor): the package Debian ships it in.
        case "$library" in libxml2.so.2) [ -n "$package" ] || package=libxml2 ;; esac
        case "$library" in libc.so.*|libm.so.*|libpthread.so.*|libdl.so.*|librt.so.*|ld-linux*) ;; *)
            [ -n "$package" ] || { echo "release: which package ships $library? (not found by ldconfig or dpkg)" >&2; exit 1; } ;; esac
        case "$package" in ""|libc6) ;; *) case ", $depends," in *", $package,"*) ;; *) depends="$depends, $package" ;; esac ;; esac
    done
    size=$(du -sk "$root/usr" | cut -f1)
    cat > "$root/DEBIAN/control" <<CONTROL
Package: partyday
Version: $version
Architecture: $debarch
Maintainer: partyday developers <partyday@localhost>
Installed-Size: $size
Depends: $depends
Section: utils
Priority: optional
Description: log Party branch meetings and review members' participation
 A terminal program for the secretaries of Party branches: log a meeting as it
 happens (attendance, agenda, speeches, decisions, pledges, dues), review
 participation and the six-month rule, export minutes and registers to Word
 and Excel. Data stays in local property-list files.
CONTROL
    dpkg-deb --root-owner-group --build "$root" "dist/partyday_${version}_${debarch}.deb" > /dev/null
fi

echo "binary:   $stage/bin/partyday  $(du -h "$stage/bin/partyday" | cut -f1) (stripped)"
echo "tarball:  dist/$name.tar.xz  $(du -h "dist/$name.tar.xz" | cut -f1)"
[ -f "dist/partyday_${version}_${debarch}.deb" ] && echo "package:  dist/partyday_${version}_${debarch}.deb  $(du -h "dist/partyday_${version}_${debarch}.deb" | cut -f1)"
echo "glibc:    $glibc or newer"
