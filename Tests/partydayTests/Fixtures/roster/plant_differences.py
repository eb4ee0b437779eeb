"""The roster sheet of make_roster.py with three differences planted, as a national-system
export that has drifted from the branch's own roster: 彭芳's row deleted (on the branch's
roster, not in the sheet), 吴磊 shown as 预备党员 (category), 郑强 in 第二党小组 (group).
Usage: plant_differences.py IN.xlsx OUT.xlsx"""
import sys
from openpyxl import load_workbook

def main(source, target):
    book = load_workbook(source)
    sheet = book.active
    header = [cell.value for cell in sheet[3]]
    name, category, group = header.index("姓名") + 1, header.index("人员类别") + 1, header.index("所在党小组") + 1
    rows = {sheet.cell(row=r, column=name).value: r for r in range(4, sheet.max_row + 1)}
    sheet.cell(row=rows["吴磊"], column=category).value = "预备党员"
    sheet.cell(row=rows["郑强"], column=group).value = "第二党小组"
    sheet.delete_rows(rows["彭芳"])
    book.save(target)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
