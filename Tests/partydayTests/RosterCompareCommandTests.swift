import Foundation
import PartyDayKit
import Testing

/// `import compare`: the roster as sent, imported, then compared with itself (nothing
/// differs, though its dates are given to the month, as cells and as numbers) and with a
/// copy where three differences were planted by an independent writer (openpyxl) — exactly
/// those three are listed, and nothing is written.
@Suite(.serialized) struct RosterCompareCommandTests {
    static func importedBranch(_ scratch: Scratch) throws -> (folder: URL, xlsx: URL, csv: URL) {
        let files = try RosterImportCommandTests.rosterFiles(in: scratch)
        let folder = try RosterImportCommandTests.newBranch(in: scratch)
        let done = try partyday("import", "members", files.xlsx.path, "--data-dir", folder.path, "--yes")
        try #require(done.status == 0, "\(done.stderr)")
        return (folder, files.xlsx, files.csv)
    }

    @Test func theSameRosterHasNoDifferences() throws {
        let scratch = Scratch()
        let (folder, xlsx, csv) = try Self.importedBranch(scratch)
        for file in [xlsx, csv] {
            let same = try partyday("import", "compare", "'\(file.path)'", "--data-dir", folder.path, "--lang", "zh")
            #expect(same.status == 0, "\(same.stderr)")
            #expect(same.stdout.contains("表中 30 人"), "\(same.stdout)")
            #expect(same.stdout.contains("没有差异。"), "\(file.lastPathComponent): \(same.stdout)")
        }
    }

    @Test func threePlantedDifferencesAreExactlyThoseListed() throws {
        let scratch = Scratch()
        let (folder, xlsx, _) = try Self.importedBranch(scratch)
        let planted = scratch.file("全国系统导出.xlsx")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/roster/plant_differences.py")
        let made = try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script.path, xlsx.path, planted.path])
        try #require(made.status == 0, "\(made.stderr)")
        let before = try folderContents(folder)
        let result = try partyday("import", "compare", planted.path, "--data-dir", folder.path, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let differences = try #require(object["differences"] as? [[String: Any]])
        let found = Set(differences.map { "\($0["kind"] ?? "") \($0["name"] ?? "") \($0["sheet"] ?? "") \($0["partyday"] ?? "")" })
        #expect(found == ["category 吴磊 预备党员 正式党员", "group 郑强 第二党小组 第一党小组", "only-in-partyday 彭芳  "], "\(result.stdout)")
        #expect(object["sheetCount"] as? Int == 29 && object["partydayCount"] as? Int == 30)
        let chinese = try partyday("import", "compare", planted.path, "--data-dir", folder.path, "--lang", "zh")
        #expect(chinese.stdout.contains("吴磊：人员类别——表中为预备党员，partyday 为正式党员"), "\(chinese.stdout)")
        #expect(chinese.stdout.contains("彭芳在 partyday 的名册上，但不在表中"))
        #expect(chinese.stdout.contains("共 3 处差异；未作任何更改。"))
        #expect(try folderContents(folder) == before, "a comparison writes nothing")
    }

    @Test func aFileThatIsNoRosterIsSaidSo() throws {
        let scratch = Scratch()
        let folder = try RosterImportCommandTests.newBranch(in: scratch)
        let junk = scratch.file("照片.xlsx")
        try Data("PK\u{3}\u{4}not really".utf8).write(to: junk)
        let result = try partyday("import", "compare", junk.path, "--data-dir", folder.path, "--lang", "zh")
        #expect(result.status == 1)
        #expect(result.stderr.contains("照片.xlsx"), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal"), "no crash")
    }

    /// Every file's bytes, by path, to show nothing changed.
    private func folderContents(_ folder: URL) throws -> [String: Data] {
        var contents: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            if let data = try? Data(contentsOf: url) { contents[url.path] = data }
        }
        return contents
    }
}
