#!/usr/bin/env bash
# Tries the release's .deb on Debian 11 (glibc 2.31, the oldest Debian that downloads here):
# a minimal bullseye made with debootstrap (once; kept in $PARTYDAY_BULLSEYE, default
# /var/tmp/partyday-bullseye), the .deb installed with apt — so its Depends are resolved
# from Debian 11's own archive —, then --version, the demo, a report in Chinese, doctor,
# and the Chinese screens under tmux (home, then the Dues screen, then q with exit 0).
# Needs root, debootstrap and the network; a few minutes, so not in CI (.ci/run): run it
# after scripts/release.sh, before calling a release done. See Docs/RELEASE.md.
set -euo pipefail
cd "$(dirname "$0")/.."

# --arch arm64: the arm64 .deb (scripts/release.sh --arch aarch64) in an arm64 bullseye, run
# through qemu-user-static (scripts/arm64-root.sh registers it) — slower, same checks.
debarch=$(dpkg --print-architecture)
[ "${1:-}" = --arch ] && debarch=$2
suffix=""
[ "$debarch" = "$(dpkg --print-architecture)" ] || suffix="-$debarch"
root=${PARTYDAY_BULLSEYE:-/var/tmp/partyday-bullseye$suffix}
version=$(sed -n 's/.*static let string = "partyday \([0-9][0-9.]*\).*/\1/p' Sources/partyday/PartyDay.swift)
deb=dist/partyday_"$version"_"$debarch".deb
[ -f "$deb" ] || { echo "debian11-check: no $deb; run scripts/release.sh first" >&2; exit 1; }
fail() { echo "debian11-check: $*" >&2; exit 1; }

if [ ! -x "$root/usr/bin/apt-get" ]; then
    command -v debootstrap > /dev/null || apt-get install -y debootstrap
    debootstrap --arch="$debarch" --variant=minbase --include=tmux bullseye "$root" http://deb.debian.org/debian
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
mountpoint -q "$root/dev" || mount --bind /dev "$root/dev"
mountpoint -q "$root/dev/pts" || mount --bind /dev/pts "$root/dev/pts"
cleanup() {
    chroot "$root" tmux -L check kill-server 2> /dev/null || true
    umount "$root/dev/pts" "$root/dev" "$root/proc" 2> /dev/null || true
}
trap cleanup EXIT
in_root() { chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 TERM=xterm-256color "$@"; }

cp "$deb" "$root/tmp/partyday.deb"
in_root apt-get install -y -q /tmp/partyday.deb > /dev/null || fail "apt-get install the .deb"
# (outputs are read whole before grep: an early exit would kill the writer with SIGPIPE
# under pipefail, as happened under emulation)
in_root ldd --version | sed -n 1p
[[ "$(in_root partyday --version)" == *"partyday $version"* ]] || fail "--version"
rm -rf "$root/root/data"
in_root partyday demo --data-dir /root/data > /dev/null || fail "demo"
[[ "$(in_root partyday report participation --data-dir /root/data --lang zh)" == *党员参加组织生活情况* ]] || fail "report participation"
in_root partyday doctor --data-dir /root/data --lang zh > "$root/tmp/doctor" || fail "doctor"
grep -q '全部可以读取' "$root/tmp/doctor" || fail "doctor: $(cat "$root/tmp/doctor")"
grep 'glibc' "$root/tmp/doctor"

rm -f "$root/root/exit"
in_root tmux -L check new-session -d -x 80 -y 24 "partyday --data-dir /root/data --lang zh; echo \$? > /root/exit; sleep 5"
# Waits are long enough for emulation (arm64 through qemu starts several times slower).
for _ in $(seq 1 150); do in_root tmux -L check capture-pane -p > "$root/tmp/screen"; grep -q '最近的会议' "$root/tmp/screen" && break; sleep 0.2; done
grep -q '最近的会议' "$root/tmp/screen" || fail "the home screen did not show: $(head -3 "$root/tmp/screen")"
in_root tmux -L check send-keys 7
for _ in $(seq 1 50); do in_root tmux -L check capture-pane -p > "$root/tmp/screen"; grep -q '党费 · ' "$root/tmp/screen" && break; sleep 0.2; done
grep -q '党费 · ' "$root/tmp/screen" || fail "the Dues screen did not show"
in_root tmux -L check send-keys q
for _ in $(seq 1 150); do [ -f "$root/root/exit" ] && break; sleep 0.2; done
[ "$(cat "$root/root/exit" 2> /dev/null)" = 0 ] || fail "the screens did not exit 0"
in_root apt-get remove -y -q partyday > /dev/null
echo "debian11-check: the $debarch .deb installs on Debian 11 and partyday runs there"
