import Foundation
import PartyDayKit
import Testing

/// The roster file the organization department sends (made by an independent writer,
/// openpyxl, with a merged title row, dates in every office form, unit posts, a footer),
/// as .xlsx and as GBK CSV, imported from the command line into a new branch: 30 of 30,
/// the groups it names created, conversion dates and mobile members read.
@Suite(.serialized) struct RosterImportCommandTests {
    /// The roster files, written by Tests/partydayTests/Fixtures/roster/make_roster.py.
    static func rosterFiles(in scratch: Scratch) throws -> (xlsx: URL, csv: URL) {
        try FileManager.default.createDirectory(at: scratch.url, withIntermediateDirectories: true)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/roster/make_roster.py")
        let xlsx = scratch.file("党员花名册.xlsx"), csv = scratch.file("党员花名册 GBK.csv")
        let made = try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script.path, xlsx.path, csv.path])
        try #require(made.status == 0, "\(made.stderr)")
        return (xlsx, csv)
    }

    /// A branch with no members and no party groups, as one is created on the first run.
    static func newBranch(in scratch: Scratch) throws -> URL {
        let folder = scratch.file("branch")
        let store = try Store(folder: folder)
        try store.save(BranchProfile(name: "轧钢第二党支部", timeZoneIdentifier: "Asia/Shanghai"))
        try store.save([Member]())
        return folder
    }

    @Test(arguments: ["xlsx", "csv"])
    func theRosterAsSentImportsThirtyOfThirty(kind: String) throws {
        let scratch = Scratch()
        let files = try Self.rosterFiles(in: scratch)
        let folder = try Self.newBranch(in: scratch)
        // Pasted with quotes, as a file manager's drag and drop gives it.
        let path = "'\((kind == "xlsx" ? files.xlsx : files.csv).path)'"
        let preview = try partyday("import", "members", path, "--data-dir", folder.path, "--lang", "zh")
        #expect(preview.status == 0, "\(preview.stderr)")
        #expect(preview.stdout.contains("可以添加 30 名党员"), "\(preview.stdout)")
        #expect(preview.stdout.contains("标题：轧钢第二党支部党员花名册（截至2026年11月）"))
        #expect(preview.stdout.contains("按当月1日读作"), "year-month dates are said to be the first of the month")
        #expect(preview.stdout.contains("跳过（不是党员行：制表人"), "the footer is named, not imported")
        #expect(preview.stdout.contains("加上 --yes 时会新建"))
        #expect(try Store(folder: folder, access: .readOnly).loadMembers().isEmpty, "a preview writes nothing")
        let done = try partyday("import", "members", path, "--data-dir", folder.path, "--yes")
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.contains("Created the party groups 第一党小组, 第二党小组"), "\(done.stdout)")
        let store = try Store(folder: folder, access: .readOnly)
        let members = try store.loadMembers()
        #expect(members.count == 30)
        let groups = try #require(try store.loadBranch()).partyGroups.map(\.name)
        #expect(groups == ["第一党小组", "第二党小组"])
        #expect(members.filter { $0.category.current == .probationary }.count == 3)
        #expect(members.filter(\.isMobile).map(\.name) == ["马晓东"])
        let byName = Dictionary(uniqueKeysWithValues: members.map { ($0.name, $0) })
        #expect(byName["王建国"]?.role.current.kind == .secretary)
        #expect(byName["李振华"]?.role.current == Role(.committeeMember, portfolio: "组织"))
        #expect(byName["刘洋"]?.jobTitle == "班长")
        #expect(byName["孙丽"]?.jobTitle == "车间主任、工会主席")
        #expect(byName["王建国"]?.joinedOn == Day("1985-07-01"), "1985.07")
        #expect(byName["刘洋"]?.joinedOn == Day("1989-03-15"), "an Excel date cell, or 1989/3/15 in the CSV")
        #expect(byName["赵明"]?.joinedOn == Day("2008-01-01"), "2008.1, a month typed as a number")
        #expect(members.allSatisfy { $0.partyGroup.current != nil }, "every member in a group")
        #expect(try partyday("check", "--data-dir", folder.path).status == 0)
    }
}
