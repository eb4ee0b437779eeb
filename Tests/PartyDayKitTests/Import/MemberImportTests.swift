import Foundation
import Testing
@testable import PartyDayKit

@Suite struct CSVParserTests {
    @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        let parsed = CSVParser.parse("\u{FEFF}name,note\r\n\"王,小明\",\"说\"\"好\"\"\"\r\n李四,\"两\r\n行\"\r\n")
        #expect(parsed.error == nil)
        #expect(parsed.rows.map(\.fields) == [["name", "note"], ["王,小明", "说\"好\""], ["李四", "两\n行"]])
        #expect(parsed.rows.map(\.line) == [1, 2, 3])
    }

    @Test func anUnclosedQuoteIsReported() {
        #expect(CSVParser.parse("a,\"b\nc").error == "line 1: a quoted field is not closed")
    }
}

@Suite struct MemberImportTests {
    let branch = DemoData.make().branch
    let today = Day("2026-11-25")!

    @Test func chineseHeadersAndValuesAreUnderstood() {
        let csv = "姓名,类别,入党日期,职务,分工,党小组,流动党员所在地\n张三,预备,2026/3/5,委员,组织委员,酸洗党小组,\n李四,正式,2001-07-01,,,轧机党小组,湛江\n"
        let result = MemberImport.read(csv, branch: branch, existing: [], today: today)
        #expect(result.problems.isEmpty)
        let zhang = result.members[0]
        #expect(zhang.category.current == .probationary && zhang.joinedOn == Day("2026-03-05"))
        #expect(zhang.plannedConversion == Day("2027-03-05"))
        #expect(zhang.role.current == Role(.committeeMember, portfolio: "组织委员"))
        #expect(zhang.partyGroup.current == DemoRoster.picklingGroup.id)
        #expect(result.members[1].isMobile && result.members[1].mobileLocation == "湛江")
        #expect(zhang.snapshot(on: today) != nil && zhang.snapshot(on: today.adding(days: -1)) == nil)
    }

    @Test func eachBadRowIsNamedWithItsProblem() {
        let csv = "name,category,joined,party group,role\n,full,,,\n李振华,full,,,\nA,honorary,,,\nB,full,2026-02-30,,\nC,full,,No Such Group,\nD,full,,,king\nE,full,,,\n"
        let result = MemberImport.read(csv, branch: branch, existing: DemoData.make().members, today: today)
        #expect(result.members.map(\.name) == ["E"])
        #expect(result.problems.map(\.description) == [
            "line 2: the name is empty",
            "line 3: 李振华 is already on the roster or listed twice",
            "line 4: category 'honorary' is neither full (正式) nor probationary (预备)",
            "line 5: '2026-02-30' is not a date (e.g. 2026-11-10, 2026/11/10, 2026年11月10日)",
            "line 6: party group 'No Such Group' does not exist in this branch",
            "line 7: role 'king' is not secretary, deputy secretary, committee member or member",
        ])
    }

    @Test func aFileWithoutANameColumnIsRefused() {
        let result = MemberImport.read("foo,bar\n1,2\n", branch: branch, existing: [], today: today)
        #expect(result.members.isEmpty)
        #expect(result.problems.first?.message.contains("no 'name'") == true)
    }
}

