import Foundation
import Testing
@testable import PartyDayKit

/// The 花名册 as an organization department sends it: a title row above the header, a
/// footer below, dates in every office form, unit posts in 职务. Each point of the issue
/// that imported 0 of 30 has its case here.
@Suite struct RosterAsSentTests {
    let today = Day("2026-12-07")!
    let branch = BranchProfile(name: "轧钢第二党支部", timeZoneIdentifier: "Asia/Shanghai",
                               partyGroups: [PartyGroup(id: "g1", name: "第一党小组"), PartyGroup(id: "g2", name: "第二党小组")])

    @Test(arguments: [("1998.07", "1998-07-01", true), ("2006年12月", "2006-12-01", true), ("2015/6/30", "2015-06-30", false),
                      ("2001年7月1日", "2001-07-01", false), ("36342", "1999-07-01", false), ("2008.1", "2008-01-01", true),
                      ("1998-7", "1998-07-01", true), ("2006年12月份", "2006-12-01", true), ("2015.06.30", "2015-06-30", false)])
    func everyDateFormOfficesUse(_ text: String, _ day: String, _ monthOnly: Bool) throws {
        let read = try #require(RosterDate.read(text, today: today), "\(text)")
        #expect(read.day == Day(day), "\(text)")
        #expect(read.monthOnly == monthOnly, "\(text)")
        #expect(read.typedAsNumber == (text == "2008.1"))
    }

    @Test(arguments: ["1998.13", "2006年13月", "1998年", "abc", "1998.07.32"])
    func whatIsNoDateIsRefused(_ text: String) {
        #expect(RosterDate.read(text, today: today) == nil, "\(text)")
    }

    @Test func postsSetTheRoleAndUnitPostsAreKeptAsTheJobTitle() {
        #expect(MemberImport.PostReading("党支部书记").kind == .secretary)
        #expect(MemberImport.PostReading("副书记").kind == .deputySecretary)
        let organizer = MemberImport.PostReading("组织委员")
        #expect(organizer.kind == .committeeMember && organizer.portfolio == "组织")
        let foreman = MemberImport.PostReading("班长")
        #expect(foreman.kind == .member && foreman.jobTitle == "班长")
        let both = MemberImport.PostReading("宣传委员、工程师")
        #expect(both.kind == .committeeMember && both.portfolio == "宣传" && both.jobTitle == "工程师")
        #expect(MemberImport.PostReading("").kind == .member)
    }

    @Test func aTitleRowAFooterAndMixedDatesImportEveryMember() {
        let csv = """
            轧钢第二党支部党员花名册（截至2026年11月）,,,,,,,,
            ,,,,,,,,
            序号,姓名,性别,人员类别,入党时间,转正时间,所在党小组,职务,备注
            1,王建国,男,正式党员,1985.07,1986/7/1,第一党小组,党支部书记,
            2,李振华,女,正式党员,2006年12月,2007.12,第一党小组,组织委员,
            3,刘洋,男,正式党员,36342,2000/7/1,第二党小组,班长,
            4,马晓东,男,正式党员,2008.1,2009年1月,第二党小组,,流动党员（在上海务工）
            5,曹阳,男,预备党员,2026年1月,,第二党小组,,
            ,,,,,,,,
            制表人：组织委员 李振华,,,,,,,,
            """
        let result = MemberImport.read(csv, branch: branch, existing: [], today: today, rosterSince: Day("2026-01-01")!)
        #expect(result.members.map(\.name) == ["王建国", "李振华", "刘洋", "马晓东", "曹阳"], "\(result.problems)")
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.titleRows == ["轧钢第二党支部党员花名册（截至2026年11月）"])
        #expect(result.columnsNotKept == ["序号"])
        let byName = Dictionary(uniqueKeysWithValues: result.members.map { ($0.name, $0) })
        #expect(byName["王建国"]?.role.current.kind == .secretary)
        #expect(byName["李振华"]?.role.current == Role(.committeeMember, portfolio: "组织"))
        #expect(byName["李振华"]?.joinedOn == Day("2006-12-01"))
        #expect(byName["刘洋"]?.jobTitle == "班长" && byName["刘洋"]?.joinedOn == Day("1999-07-01"))
        #expect(byName["马晓东"]?.isMobile == true)
        #expect(byName["曹阳"]?.category.current == .probationary)
        #expect(byName["王建国"]?.partyGroup.current == "g1")
        // The preview says what it read of each row, the footer included.
        #expect(result.rows.contains { $0.outcome == .skipped(Wording("not a member: 制表人：组织委员 李振华", "不是党员行：制表人：组织委员 李振华")) })
        guard case let .member(_, notes)? = result.rows.first(where: { if case .member("李振华", _) = $0.outcome { true } else { false } })?.outcome else {
            Issue.record("李振华's row"); return
        }
        #expect(notes.contains { $0.english.contains("read as 2006-12-01, the first of the month") })
    }

    @Test func aConversionAfterTheRosterDayMakesTheMemberProbationaryUntilThen() {
        let csv = "姓名,人员类别,入党时间,转正时间\n周海,正式党员,2025/3/1,2026/3/1\n"
        let result = MemberImport.read(csv, branch: branch, existing: [], today: today, rosterSince: Day("2025-06-01")!)
        let member = try? #require(result.members.first)
        #expect(member?.category.value(on: Day("2025-12-01")!) == .probationary)
        #expect(member?.category.value(on: Day("2026-03-01")!) == .full)
    }

    @Test func aPathPastedInQuotesOrEscapedIsThePath() {
        #expect(PastedPath.clean("'/home/秘书/花名册.xlsx'") == "/home/秘书/花名册.xlsx")
        #expect(PastedPath.clean("  \"/tmp/a b.csv\"\n") == "/tmp/a b.csv")
        #expect(PastedPath.clean("/tmp/my\\ roster.xlsx") == "/tmp/my roster.xlsx")
        #expect(PastedPath.clean("file:///tmp/%E8%8A%B1.xlsx") == "/tmp/花.xlsx")
    }
}
