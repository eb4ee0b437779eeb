import Foundation
import Testing
@testable import PartyDayKit

/// The development files: one per person in `development/`, written and read as every
/// record is; `check` names a damaged one with the words the save path refuses it with.
@Suite struct DevelopmentStoreTests {
    @Test func aPersonIsSavedAndReadBackWhole() throws {
        let folder = TempFolder()
        let store = try Store(folder: folder.url)
        let person = DevelopmentRulesTests.clean
        try store.save(person)
        #expect(try store.loadDevelopment(id: person.id) == person)
        #expect(store.loadAllDevelopment().people == [person])
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.file("development/clean.plist").path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(store.check().isEmpty)
    }

    @Test func aFileTheSavePathRefusesIsNamedByCheckWithTheSameWords() throws {
        let folder = TempFolder()
        let store = try Store(folder: folder.url)
        var person = DevelopmentRulesTests.clean
        person.steps.append(person.steps[0])
        let refusal = Result { try store.save(person) }
        guard case let .failure(error) = refusal, case let StoreError.invalid(_, message) = error else { Issue.record("saved: \(refusal)"); return }
        #expect(message.english == "a step is recorded twice")
        // The same file arriving by sync: read, it is damaged with the same reason, and left alone.
        let data = try FileFormat.encode(person, kind: .development)
        try FileManager.default.createDirectory(at: folder.file("development"), withIntermediateDirectories: true)
        try data.write(to: folder.file("development/clean.plist"))
        let problems = try Store(folder: folder.url, access: .readOnly).check()
        #expect(problems.map(\.path) == ["development/clean.plist"])
        #expect(problems.first?.reason.english.contains("a step is recorded twice") == true)
        #expect(try Data(contentsOf: folder.file("development/clean.plist")) == data)
    }

    @Test func aFileNamedForAnotherPersonIsRefused() throws {
        let folder = TempFolder()
        let store = try Store(folder: folder.url)
        try store.save(DevelopmentRulesTests.clean)
        try FileManager.default.moveItem(at: folder.file("development/clean.plist"), to: folder.file("development/other.plist"))
        let loaded = try Store(folder: folder.url, access: .readOnly).loadAllDevelopment()
        #expect(loaded.people.isEmpty)
        #expect(loaded.problems.first?.reason.english.contains("named other but holds clean") == true)
    }

    @Test func aLinkOutOfTheFolderIsNeitherReadNorWritten() throws {
        let folder = TempFolder()
        let outside = TempFolder()
        try FileManager.default.createDirectory(at: outside.url, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: outside.file("clean.plist"))
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.file("development"), withDestinationURL: outside.url)
        let store = try Store(folder: folder.url)
        #expect(store.loadAllDevelopment().people.isEmpty)
        #expect(throws: (any Error).self) { try store.save(DevelopmentRulesTests.clean) }
        #expect(try String(contentsOf: outside.file("clean.plist"), encoding: .utf8) == "keep")
        #expect(store.check().contains { $0.path == "development" })
    }

    @Test func controlCharactersInAPeersFileNeverReachTheScreen() throws {
        let folder = TempFolder()
        let store = try Store(folder: folder.url)
        var person = DevelopmentRulesTests.clean
        person.name = "张\u{1B}[2J三"
        person.reports[0].text = "体会\u{7}"
        try store.save(person)
        let read = try store.loadDevelopment(id: person.id)
        #expect(read.name == "张三" || !read.name.contains("\u{1B}"))
        #expect(!read.reports[0].text.contains("\u{7}"))
    }

    @Test func theJSONExportCarriesThePeopleInDevelopment() throws {
        let demo = DemoData.make()
        let text = try DataExport(branch: demo.branch, members: demo.members, meetings: [], development: demo.development).json()
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let people = object?["development"] as? [[String: Any]]
        #expect(people?.count == demo.development.count)
        #expect(people?.contains { $0["name"] as? String == "刘思远" && $0["memberID"] as? String == "m-31" } == true)
    }
}
