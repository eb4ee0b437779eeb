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

    @Test func aNameThatDiffersOnlyByInvisibleCharactersIsTheSameName() {
        let existing = Array(DemoData.make().members.prefix(1))
        let name = existing[0].name
        let hidden = String(name.prefix(1)) + "\u{200B}" + String(name.dropFirst()) + "\u{FEFF}"
        let csv = "姓名\n\(hidden)\n王\u{200D}芳\n王芳\n"
        let result = MemberImport.read(csv, branch: branch, existing: existing, today: today)
        #expect(result.members.map(\.name) == ["王芳"], "stored normalised, once")
        #expect(result.problems.count == 2, "\(result.problems)")
        #expect(result.problems.first?.description.contains("\(name) is already on the roster") == true)
    }

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
        // No roster date in the file: on the roster from 1 January (the default), or from
        // joining the Party when that is later — never silently from today.
        #expect(result.rosterSince == Day("2026-01-01") && result.withoutRosterDate == 2)
        #expect(zhang.snapshot(on: Day("2026-03-05")!) != nil && zhang.snapshot(on: Day("2026-03-04")!) == nil)
        #expect(result.members[1].snapshot(on: Day("2026-01-01")!) != nil && result.members[1].snapshot(on: Day("2025-12-31")!) == nil)
    }

    @Test func aRosterDateColumnAndAChosenDayForTheRest() {
        let csv = "姓名,类别,转入本支部时间,籍贯\n王五,正式,2024-05-01,山东\n赵六,正式,,河北\n"
        let result = MemberImport.read(csv, branch: branch, existing: [], today: today, rosterSince: Day("2025-10-01")!)
        #expect(result.members.map { $0.snapshot(on: Day("2024-05-01")!) != nil } == [true, false])
        #expect(result.members[1].snapshot(on: Day("2025-10-01")!) != nil && result.members[1].snapshot(on: Day("2025-09-30")!) == nil)
        #expect(result.withoutRosterDate == 1)
        #expect(result.unknownColumns == ["籍贯"], "a column partyday does not read is named, not dropped silently")
    }

    @Test func theDefaultRosterDateIsNewYearOrTheEarliestMeeting() {
        #expect(MemberImport.defaultRosterSince(today: today, earliestMeeting: nil) == Day("2026-01-01"))
        #expect(MemberImport.defaultRosterSince(today: today, earliestMeeting: Day("2025-06-10")) == Day("2025-06-10"))
        #expect(MemberImport.defaultRosterSince(today: today, earliestMeeting: Day("2026-11-11")) == Day("2026-01-01"))
    }

    @Test func eachBadRowIsNamedWithItsProblem() {
        let csv = "name,category,joined,party group,role\n,full,,,\n李振华,full,,,\nA,honorary,,,\nB,full,2026-02-30,,\nC,full,,No Such Group,\nD,full,,,king\nE,full,,,\n"
        let result = MemberImport.read(csv, branch: branch, existing: DemoData.make().members, today: today)
        // A post partyday does not know is the member's post in the unit, not a reason to refuse the row.
        #expect(result.members.map(\.name) == ["D", "E"])
        #expect(result.members.first?.jobTitle == "king")
        #expect(result.problems.map(\.description) == [
            "line 2: the name is empty",
            "line 3: 李振华 is already on the roster or listed twice",
            "line 4: category 'honorary' is neither full (正式) nor probationary (预备)",
            "line 5: '2026-02-30' is not a date (e.g. 2026-11-10, 2026/11/10, 2026年11月10日, 1998.07, 2006年12月)",
            "line 6: party group 'No Such Group' does not exist in this branch",
        ])
    }

    @Test func aFileWithoutANameColumnIsRefused() {
        let result = MemberImport.read("foo,bar\n1,2\n", branch: branch, existing: [], today: today)
        #expect(result.members.isEmpty)
        #expect(result.problems.first?.message.contains("no 'name'") == true)
    }

    @Test func genderPhoneAndNotesAreKept() {
        let csv = "姓名,性别,联系电话,备注\n王芳,女,13800000000,\"党费按季度交纳\n已报上级\"\n"
        let result = MemberImport.read(csv, branch: branch, existing: [], today: today)
        #expect(result.unknownColumns.isEmpty)
        let member = result.members[0]
        #expect(member.gender == "女" && member.phone == "13800000000")
        #expect(member.notes == "党费按季度交纳 已报上级" || member.notes == "党费按季度交纳\n已报上级")
    }
}
