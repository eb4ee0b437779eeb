import Foundation
import Testing
@testable import PartyDayKit

/// The roster beside a sheet: each kind of difference, and the agreements that are not
/// differences (a date given to the month, a column the sheet lacks).
@Suite struct RosterComparisonTests {
    let today = Day("2026-12-07")!
    let groups = [PartyGroup(id: "g1", name: "第一党小组"), PartyGroup(id: "g2", name: "第二党小组")]

    func member(_ name: String, joined: String, group: String = "g1", category: MemberCategory = .full) -> Member {
        Member(name: name, joinedOn: Day(joined), onRosterSince: Day("2020-01-01")!, category: category, partyGroupID: group)
    }

    func compare(_ csv: String, _ members: [Member]) -> RosterComparison {
        var branch = BranchProfile(name: "支部", timeZoneIdentifier: "Asia/Shanghai")
        branch.partyGroups = groups
        let sheet = MemberImport.read(csv, branch: branch, existing: [], today: today, rosterSince: Day("1900-01-01"))
        return RosterComparison.compare(sheet: sheet, members: members, groups: groups, today: today)
    }

    @Test func aMonthAgreesWithAnyDayOfItAndAMissingColumnIsNotCompared() {
        let result = compare("姓名,入党时间\n王芳,1998.07\n李强,2001年7月1日\n", [member("王芳", joined: "1998-07-15"), member("李强", joined: "2001-07-01")])
        #expect(result.differences.isEmpty, "\(result.differences)")
    }

    @Test func eachKindIsNamedWithTheSheetsLine() {
        var left = member("赵六", joined: "2001-01-01")
        left.rosterStatus.set(.transferredOut, from: Day("2026-05-10")!)
        let members = [member("王芳", joined: "1998-07-15"), member("李强", joined: "2001-07-01"), left, member("钱七", joined: "2010-01-01")]
        let csv = "花名册\n姓名,入党时间,转正时间,党小组\n王芳,1998.08,,第一党小组\n李强,2001/7/1,2002/7/1,第二党小组\n赵六,2001/1/1,,第一党小组\n孙八,2015/6/30,,第一党小组\n"
        let result = compare(csv, members)
        let found = result.differences.map { "\($0.kind.rawValue) \($0.name) \($0.line.map(String.init) ?? "-") \($0.sheet)|\($0.partyday)" }
        #expect(found == ["joined 王芳 3 1998-08|1998-07-15", "converted 李强 4 2002-07-01|—", "group 李强 4 第二党小组|第一党小组",
                          "left-roster 赵六 5 |transferred-out 2026-05-10", "only-in-sheet 孙八 6 |", "only-in-partyday 钱七 - |"])
        #expect(result.differences[3].wording.chinese == "第 5 行：赵六在表中，但 partyday 记为 2026-05-10 转出")
        #expect(result.sheetCount == 4 && result.partydayCount == 3)
    }

    @Test func aConversionRecordedInPartydayIsTheCategorysChange() {
        var converted = member("周九", joined: "2024-03-01", category: .probationary)
        converted.probationStart = Day("2024-03-01")
        converted.recordConversion(fullFrom: Day("2025-03-01")!, approvedOn: Day("2025-03-20")!)
        #expect(converted.conversionDay == Day("2025-03-01"))
        let result = compare("姓名,人员类别,转正时间\n周九,正式党员,2025年3月\n", [converted])
        #expect(result.differences.isEmpty, "\(result.differences)")
    }
}
