#!/usr/bin/env bash
# Builds the release for this machine's architecture into dist/:
#   dist/partyday-VERSION-linux-ARCH.tar.xz   the binary (Swift runtime linked in, stripped),
#                                             man pages, bash/zsh/fish completions, README, install.sh
#   dist/partyday_VERSION_DEBARCH.deb          the same as a Debian package
# and prints the binary's size, the tarball's size and the glibc it needs at least.
# Needs: the Swift toolchain, strip, objdump, xz, dpkg-deb (for the .deb). See Docs/RELEASE.md.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/.*static let string = "partyday \([0-9][0-9.]*\).*/\1/p' Sources/partyday/PartyDay.swift)
arch=$(uname -m)
debarch=$(dpkg --print-architecture 2>/dev/null || echo "$arch")
name="partyday-$version-linux-$arch"
stage="dist/$name"

echo "== building partyday $version with the Swift runtime linked in"
swift build -c release --product partyday --static-swift-stdlib
# The man pages come from swift-argument-parser's own generator, run on partyday alone
# (the package plugin would also run partyday-bench, which is not an argument-parser tool).
swift build -c release --product generate-manual

rm -rf "$stage" "dist/$name.tar.xz" dist/deb
mkdir -p "$stage/bin" "$stage/man/man1" "$stage/completions"
cp .build/release/partyday "$stage/bin/partyday"
strip "$stage/bin/partyday"
.build/release/generate-manual "$stage/bin/partyday" --multi-page --date "$(date -u +%F)" --output-directory "$stage/man/man1"
"$stage/bin/partyday" --generate-completion-script bash > "$stage/completions/partyday.bash"
"$stage/bin/partyday" --generate-completion-script zsh > "$stage/completions/_partyday"
"$stage/bin/partyday" --generate-completion-script fish > "$stage/completions/partyday.fish"
cp README.md "$stage/"
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
    for guide in "$stage"/doc/*.md; do install -m 644 "$guide" "$root/usr/share/doc/partyday/$(basename "$guide")"; done
    # Every library the binary links, by the package that ships it here; glibc with its floor.
    depends="libc6 (>= $glibc)"
    for library in $(objdump -p "$stage/bin/partyday" | awk '/NEEDED/ {print $2}'); do
        # (awk reads to the end: an early exit would kill ldconfig with SIGPIPE under pipefail)
        path=$(ldconfig -p | awk -v lib="$library" '$1 == lib && found == "" {found = $NF} END {print found}') || true
        [ -n "$path" ] || continue
        package=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | awk -F: 'NR == 1 {print $1}') || true
        [ -z "$package" ] && package=$(dpkg -S "$path" 2>/dev/null | awk -F: 'NR == 1 {print $1}') || true
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
