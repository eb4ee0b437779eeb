"""The development register an organization office keeps, written as .xlsx and as a GBK
CSV: a merged title row, the header as such sheets have it, ten people with dates in the
forms offices type (2024/3/1, 2024年3月20日, 2024.06, Excel date cells), contacts and
sponsors by name, then a blank row and a footer. Nine of the ten break one rule each.
Usage: make_sheet.py OUT.xlsx OUT.csv"""
import csv, datetime, sys
from openpyxl import Workbook

TITLE = "酸轧作业区党支部发展党员工作台账（截至2026年12月）"
HEADER = ["序号", "姓名", "性别", "出生日期", "工作单位及职务", "递交入党申请书时间", "谈话时间", "确定入党积极分子时间", "培养联系人",
          "确定发展对象时间", "入党介绍人", "政审时间", "集中培训时间", "培训学时", "接收预备党员时间", "上级党委审批时间", "转正时间", "备注"]
D = datetime.date
CANDIDATE = ["2022/3/1", "2022年3月15日", "2022.09", "刘晓燕", D(2023, 10, 1), "张建军、王海燕", D(2026, 1, 1), "2023/12/1", 24]
PEOPLE = [
    # clean: a candidate with every date right
    ["赵一", "男", "1995.3", "酸轧作业区 操作工", "2024/3/1", "2024年3月20日", "2024.06", "张建军", D(2025, 7, 1), "张建军，王海燕", "2026/9/1", "2025/8/20", 24, "", "", "", ""],
    # the talk two months after the application
    ["钱二", "女", "1999年8月", "酸轧作业区 质检员", "2026.9", "2026/11/15", "", "", "", "", "", "", "", "", "", "", ""],
    # seventeen when the application was received
    ["孙三", "女", "2008年3月", "轧机作业区 学徒", "2025/6/30", "2025/7/10", "", "", "", "", "", "", "", "", "", "", "未满十八周岁"],
    # made a candidate nine months after becoming an activist
    ["李四", "男", D(1990, 5, 1), "轧机作业区 班长", "2023.5", "2023年5月20日", D(2024, 1, 10), "刘晓燕", "2024/10/10", "刘晓燕、张建军", "2026/10/1", "2024/12/1", 24, "", "", "", ""],
    # approved four months after the general meeting
    ["周五", "男", "1992.11", "酸轧作业区 主操"] + CANDIDATE[:8] + [24, "2026/3/10", "2026/7/20", "", ""],
    # approved seven months after: the procedure starts again
    ["吴六", "女", "1993.01", "酸轧作业区 统计员"] + CANDIDATE[:8] + [24, "2026/1/5", "2026/8/1", "", ""],
    # sixteen class hours of training
    ["郑七", "男", "1994.07", "轧机作业区 点检员"] + CANDIDATE[:8] + [16, "", "", "", ""],
    # the training dated before the candidate was decided
    ["王八", "男", "1991.04", "轧机作业区 工程师", "2022/3/1", "2022年3月15日", "2022.09", "刘晓燕", D(2023, 10, 1), "张建军、王海燕", D(2026, 1, 1), "2023/6/1", 24, "", "", "", ""],
    # one sponsor
    ["冯九", "女", "1996.12", "酸轧作业区 技术员", "2022/3/1", "2022年3月15日", "2022.09", "刘晓燕", D(2023, 10, 1), "刘晓燕", D(2026, 1, 1), "2023/12/1", 24, "", "", "", ""],
    # probation ended in October with no conversion meeting
    ["陈十", "男", "1989.09", "轧机作业区 主操"] + CANDIDATE[:6] + [D(2025, 6, 1), "2024/12/1", 24, "2025年10月", "2025/12/20", "", ""],
]

def main(xlsx, csv_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "发展党员台账"
    sheet.append([TITLE] + [None] * (len(HEADER) - 1))
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append(HEADER)
    rows = [[i + 1] + person for i, person in enumerate(PEOPLE)]
    for values in rows:
        assert len(values) == len(HEADER), values
        sheet.append(values)
        for column, value in enumerate(values, start=1):
            if isinstance(value, datetime.date):
                sheet.cell(row=sheet.max_row, column=column).number_format = "yyyy-mm-dd"
    sheet.append([None] * len(HEADER))
    sheet.append(["制表人：刘晓燕", None, None, None, None, "审核人：李振华"])
    book.save(xlsx)

    def text(value):
        if isinstance(value, datetime.date):
            return f"{value.year}/{value.month}/{value.day}"
        return "" if value is None else str(value)
    with open(csv_path, "w", encoding="gbk", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([TITLE])
        writer.writerow(HEADER)
        for values in rows:
            writer.writerow([text(v) for v in values])
        writer.writerow([])
        writer.writerow(["制表人：刘晓燕", "", "", "", "", "审核人：李振华"])

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
