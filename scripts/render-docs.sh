#!/usr/bin/env bash
# Renders every document partyday writes, from the demo, to PDF and PNG with LibreOffice,
# and prints each PDF's page count — to look at every page before calling a document done.
#   scripts/render-docs.sh [OUT]        (default OUT: .build/render-docs)
# Needs: libreoffice-writer-nogui, libreoffice-calc-nogui, fonts-noto-cjk, poppler-utils.
# 宋体/SimSun and 黑体/SimHei (the fonts the documents name, as every office PC has them)
# are mapped to Noto Serif CJK SC and Noto Sans CJK SC in a private HOME, so that the two
# render as the serif and sans faces they are rather than as one fallback.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-.build/render-docs}")"
for tool in soffice pdfinfo pdftoppm; do
    command -v "$tool" >/dev/null || { echo "render-docs: $tool not found (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk poppler-utils)"; exit 1; }
done
swift build --product partyday >/dev/null 2>&1
partyday="$PWD/.build/debug/partyday"
rm -rf "$out"
mkdir -p "$out/docs" "$out/home/.config/fontconfig"
cat > "$out/home/.config/fontconfig/fonts.conf" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>SimSun</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>SimHei</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
XML
data="$out/demo"
"$partyday" demo --data-dir "$data" >/dev/null
docs="$out/docs"
run() { "$partyday" "$@" --data-dir "$data" >/dev/null 2>&1 || { echo "render-docs: partyday $* failed"; exit 1; }; }
for lang in zh en; do
    run export minutes 2026-11-10 --format docx --lang "$lang" --output "$docs/minutes-seed-$lang.docx"
    run export signin 2026-11-10 --lang "$lang" --output "$docs/signin-seed-$lang.docx"
done
run export minutes 2026-09-25 --format docx --lang zh --output "$docs/minutes-admission-zh.docx"
run export minutes 2026-01-16 --format docx --lang zh --output "$docs/minutes-evaluation-zh.docx"
run export signin 2026-09-25 --lang zh --output "$docs/signin-general-meeting-zh.docx"
run report participation --lang zh --as-of 2026-11-25 --format xlsx --output "$docs/participation-zh.xlsx"
run report compliance --lang zh --year 2026 --as-of 2026-11-25 --format xlsx --output "$docs/compliance-zh.xlsx"

run report dues --lang zh --year 2026 --as-of 2026-11-25 --format xlsx --output "$docs/dues-zh.xlsx"
run export attendance --lang zh --from 2026-10-01 --to 2026-11-30 --format xlsx --output "$docs/attendance-zh.xlsx"
run export development 刘思远 --lang zh --as-of 2026-12-07 --output "$docs/development-record-zh.docx"
run export development 钱晓 --lang zh --as-of 2026-12-07 --output "$docs/development-record-late-zh.docx"
run export development 赵晨 --assessments --lang zh --output "$docs/development-assessments-zh.docx"
run report development --lang zh --as-of 2026-12-07 --format xlsx --output "$docs/development-register-zh.xlsx"
run export workbook --year 2026 --lang zh --as-of 2026-12-07 --output "$docs/workbook-2026-zh.docx"
run export dossier --year 2026 --lang zh --as-of 2026-12-07 --output "$docs/dossier-2026-zh.docx"
run report year --year 2026 --lang zh --as-of 2026-12-07 --format xlsx --output "$docs/year-2026-zh.xlsx"
# Every file into PDF, then every page into a picture.
HOME="$out/home" soffice --headless --convert-to pdf --outdir "$docs" "$docs"/*.docx "$docs"/*.xlsx >/dev/null 2>&1
for pdf in "$docs"/*.pdf; do
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    pdftoppm -png -r 60 "$pdf" "${pdf%.pdf}"
    printf '%-40s %s page(s)\n' "$(basename "$pdf")" "$pages"
done
echo "pictures: $docs/*.png"
