#!/bin/sh
# Installs partyday from this unpacked release: into ~/.local, or /usr/local as root,
# or --prefix DIR. --uninstall removes what it installed.
#   ./install.sh                 ./install.sh --prefix /opt/partyday
#   ./install.sh --uninstall     ./install.sh --uninstall --prefix /opt/partyday
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
uninstall=no
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }; prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        --uninstall) uninstall=yes; shift ;;
        -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1 (--prefix DIR, --uninstall)" >&2; exit 2 ;;
    esac
done

bin="$prefix/bin"; man="$prefix/share/man/man1"
bash_dir="$prefix/share/bash-completion/completions"
zsh_dir="$prefix/share/zsh/site-functions"
fish_dir="$prefix/share/fish/vendor_completions.d"

if [ "$uninstall" = yes ]; then
    rm -f "$bin/partyday" "$bash_dir/partyday" "$zsh_dir/_partyday" "$fish_dir/partyday.fish"
    for page in "$here"/man/man1/*.1; do rm -f "$man/$(basename "$page")"; done
    echo "partyday removed from $prefix (your data folder is left as it is)"
    exit 0
fi

mkdir -p "$bin" "$man" "$bash_dir" "$zsh_dir" "$fish_dir"
cp "$here/bin/partyday" "$bin/partyday"
chmod 755 "$bin/partyday"
cp "$here"/man/man1/*.1 "$man/"
cp "$here/completions/partyday.bash" "$bash_dir/partyday"
cp "$here/completions/_partyday" "$zsh_dir/_partyday"
cp "$here/completions/partyday.fish" "$fish_dir/partyday.fish"
echo "partyday installed in $bin"
case ":$PATH:" in
    *":$bin:"*) echo "run: partyday --demo   (or: partyday)" ;;
    *) echo "$bin is not on your PATH: add it (export PATH=\"$bin:\$PATH\" in ~/.profile), then run: partyday --demo" ;;
esac
