#!/usr/bin/env bash
# Builds the release (scripts/release.sh) and tries it as an office PC would: unpacked,
# installed with install.sh into a temp prefix, and run with the Swift toolchain out of
# reach (a tmpfs over it in a private mount namespace, as root; else a bare environment).
# Exits non-zero at the first thing that does not work.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/release.sh

version=$(sed -n 's/.*static let string = "partyday \([0-9][0-9.]*\).*/\1/p' Sources/partyday/PartyDay.swift)
tmp=$(mktemp -d)
trap 'tmux -L partyday-release kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT
tar -C "$tmp" -xJf dist/partyday-"$version"-linux-"$(uname -m)".tar.xz
"$tmp"/partyday-"$version"-linux-*/install.sh --prefix "$tmp/prefix"
bin="$tmp/prefix/bin/partyday"
toolchain=$(dirname "$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")")

# A command line run where the toolchain cannot be reached.
hidden() {
    if [ "$(id -u)" = 0 ] && unshare --mount true 2> /dev/null; then
        unshare --mount sh -c 'dir=$0; home=$1; shift; mount -t tmpfs none "$dir" && test ! -e "$dir/usr/bin/swift" &&
                exec env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 TERM="${TERM:-xterm-256color}" "$@"' "$toolchain" "$tmp/home" "$@"
    else
        env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 LD_LIBRARY_PATH= TERM="${TERM:-xterm-256color}" "$@"
    fi
}
mkdir -p "$tmp/home"
fail() { echo "release-check: $*" >&2; exit 1; }
# `grep -q` in a pipe would end the writer early (SIGPIPE, a failure under pipefail): outputs go to files.
has() { grep -q -- "$2" "$1" || fail "$3: $(head -3 "$1")"; }

hidden "$bin" --version > "$tmp/out" || fail "--version"; has "$tmp/out" "partyday $version" "--version"
hidden "$bin" demo --data-dir "$tmp/data" > /dev/null || fail "demo --data-dir"
hidden "$bin" report participation --demo --format csv > "$tmp/participation.csv" || fail "report participation --demo"
grep -q '^member_id,' "$tmp/participation.csv" || fail "report participation --demo: $(head -2 "$tmp/participation.csv")"
hidden "$bin" report dues --data-dir "$tmp/data" --month 11 --year 2026 --format csv > "$tmp/out" || fail "report dues"
has "$tmp/out" '^m-13,钱斌,2026-11' "report dues"
hidden "$bin" doctor --data-dir "$tmp/data" > "$tmp/out" || fail "doctor"; has "$tmp/out" 'all load' "doctor"

# The screens, in Chinese, in tmux.
script="$tmp/screens.sh"
printf '#!/bin/sh\n' > "$script"
printf 'cd "%s"\n' "$PWD" >> "$script"
cat >> "$script" <<SCREENS
toolchain="$toolchain"; tmp="$tmp"
$(declare -f hidden)
TERM=xterm-256color hidden "$bin" --data-dir "$tmp/data" --lang zh
echo "exit \$?" > "$tmp/screens.status"
SCREENS
chmod 755 "$script"
tmux -L partyday-release new-session -d -x 80 -y 24 "bash $script; sleep 30"
for _ in $(seq 1 50); do
    tmux -L partyday-release capture-pane -p > "$tmp/screen"
    grep -q '最近的会议' "$tmp/screen" && break
    sleep 0.2
done
has "$tmp/screen" '最近的会议' "the home screen did not show"
tmux -L partyday-release send-keys 7
sleep 0.5
tmux -L partyday-release capture-pane -p > "$tmp/screen"
has "$tmp/screen" '党费 · ' "the Dues screen did not show"
tmux -L partyday-release send-keys q
for _ in $(seq 1 50); do [ -f "$tmp/screens.status" ] && break; sleep 0.2; done
grep -q 'exit 0' "$tmp/screens.status" || fail "the screens did not exit 0"

MANWIDTH=80 man -l "$tmp/prefix/share/man/man1/partyday.1" > "$tmp/out" 2> /dev/null || fail "man -l partyday.1"
has "$tmp/out" 'NAME' "man -l partyday.1"
MANWIDTH=80 man -l "$tmp/prefix/share/man/man1/partyday.report.dues.1" > "$tmp/out" 2> /dev/null || fail "man -l partyday.report.dues.1"
has "$tmp/out" 'dues' "man -l partyday.report.dues.1"
bash -c "source '$tmp/prefix/share/bash-completion/completions/partyday'; complete -p partyday" > "$tmp/out" || fail "bash completion"
has "$tmp/out" 'partyday' "bash completion"

# The floor: linked for glibc 2.28, the binary asks for no newer glibc symbol, no GLIBCXX
# (GCC's C++ library is linked in) and neither libstdc++ nor libgcc_s.
objdump -T "$bin" > "$tmp/symbols"
newest=$(grep -o 'GLIBC_[0-9][0-9.]*' "$tmp/symbols" | sed 's/GLIBC_//' | sort -uV | tail -1)
[ "$(printf '%s\n2.28\n' "$newest" | sort -V | tail -1)" = 2.28 ] || fail "the binary needs glibc $newest, newer than 2.28"
! grep -q GLIBCXX "$tmp/symbols" || fail "the binary needs GLIBCXX symbols: $(grep -o 'GLIBCXX_[0-9.]*' "$tmp/symbols" | sort -uV | tail -1)"
objdump -p "$bin" > "$tmp/needed"
! grep -qE 'NEEDED +lib(stdc\+\+|gcc_s)' "$tmp/needed" || fail "the binary links libstdc++ or libgcc_s: $(grep NEEDED "$tmp/needed" | tr -s ' ')"
hidden "$bin" doctor --data-dir "$tmp/data" > "$tmp/out" || fail "doctor"; has "$tmp/out" "needs glibc $newest or newer" "doctor names the floor"
for file in LICENSE NOTICE; do
    [ -f "$tmp"/partyday-"$version"-linux-*/"$file" ] || fail "the tarball has no $file"
done

deb=dist/partyday_"$version"_"$(dpkg --print-architecture)".deb
dpkg-deb --info "$deb" > "$tmp/out" || fail "dpkg-deb --info"; has "$tmp/out" 'Depends: libc6 (>= 2.28)' "dpkg-deb --info"
! grep -qE 'libstdc\+\+|libgcc' "$tmp/out" || fail "the .deb depends on libstdc++ or libgcc: $(grep Depends "$tmp/out")"
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/doc/partyday/copyright > "$tmp/out" || fail "the .deb has no copyright file"
has "$tmp/out" 'License: Apache-2.0' "the .deb's copyright"
dpkg --contents "$deb" > "$tmp/out" || fail "dpkg --contents"; has "$tmp/out" './usr/bin/partyday' "dpkg --contents"
if [ "$(id -u)" = 0 ]; then dpkg --dry-run -i "$deb" > /dev/null || fail "dpkg --dry-run -i"; fi

"$tmp"/partyday-"$version"-linux-*/install.sh --uninstall --prefix "$tmp/prefix" > /dev/null
[ ! -e "$bin" ] || fail "install.sh --uninstall left the binary"
echo "release-check: the release installs and runs without the toolchain"
