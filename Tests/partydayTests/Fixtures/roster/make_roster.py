"""A Party branch's roster as an organization department sends it, written as .xlsx and
as a GBK CSV: a merged title row, a blank row, the header, thirty members with dates in
every form offices use (1998.07, 2006年12月, 2015/6/30, 2001年7月1日, Excel date cells, the
number 2008.1), unit posts in 职务, 所在党小组 and 转正时间, 流动党员 in 备注, then a blank row
and a footer. Usage: make_roster.py OUT.xlsx OUT.csv"""
import csv, datetime, sys
from openpyxl import Workbook

TITLE = "轧钢第二党支部党员花名册（截至2026年11月）"
HEADER = ["序号", "姓名", "性别", "民族", "出生年月", "学历", "人员类别", "入党时间", "转正时间", "所在党小组", "职务", "联系电话", "备注"]
NAMES = ["王建国", "李振华", "张润生", "陈志刚", "刘洋", "赵明", "孙丽", "周海", "吴磊", "郑强",
         "冯娟", "朱伟", "胡军", "高峰", "林静", "何平", "罗敏", "梁超", "宋佳", "谢涛",
         "韩雪", "唐亮", "曹阳", "许晨", "邓波", "阿丽亚·吐尔逊", "巴特尔", "马晓东", "彭芳", "蒋毅"]
POSTS = {0: "党支部书记", 1: "组织委员", 2: "宣传委员", 3: "纪检委员", 4: "班长", 5: "工程师", 6: "车间主任、工会主席", 9: "班长"}
# Dates as typed: text in five forms, real date cells, and a month typed as a number.
def joined(i):
    year = 1985 + i
    forms = [f"{year}.07", f"{year}年12月", f"{year}/6/30", f"{year}年7月1日", datetime.date(year, 3, 15), 2008.1]
    return forms[i % len(forms)]

def row(i):
    name = NAMES[i]
    probationary = i in (22, 23, 24)
    category = "预备党员" if probationary else "正式党员"
    j = joined(i)
    converted = "" if probationary else (datetime.date(1986 + i, 7, 1) if i % 2 == 0 else f"{1986 + i}.07")
    if j == 2008.1 and not probationary:
        converted = "2009年1月"
    if probationary:
        j = ["2025.12", "2026年1月", datetime.date(2026, 2, 10)][i - 22]
    group = "第一党小组" if i < 15 else "第二党小组"
    note = "流动党员（在上海务工）" if i == 27 else ""
    return [i + 1, name, "女" if i % 3 == 1 else "男", "维吾尔族" if i == 25 else "汉族", f"{1960 + i}.0{1 + i % 9}",
            "本科", category, j, converted, group, POSTS.get(i, ""), f"1380000{i:04d}", note]

def main(xlsx, csv_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "花名册"
    sheet.append([TITLE] + [None] * (len(HEADER) - 1))
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append([None] * len(HEADER))
    sheet.append(HEADER)
    for i in range(30):
        values = row(i)
        sheet.append(values)
        for column, value in enumerate(values, start=1):
            if isinstance(value, datetime.date):
                sheet.cell(row=sheet.max_row, column=column).number_format = "yyyy-mm-dd"
    sheet.append([None] * len(HEADER))
    sheet.append(["制表人：组织委员 李振华", None, None, None, None, None, None, None, "审核人：王建国"])
    book.save(xlsx)
    with open(csv_path, "w", encoding="gbk", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([TITLE] + [""] * (len(HEADER) - 1))
        writer.writerow([""] * len(HEADER))
        writer.writerow(HEADER)
        for i in range(30):
            writer.writerow([v.strftime("%Y/%-m/%-d") if isinstance(v, datetime.date) else v for v in row(i)])
        writer.writerow([""] * len(HEADER))
        writer.writerow(["制表人：组织委员 李振华", "", "", "", "", "", "", "", "审核人：王建国"])

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
