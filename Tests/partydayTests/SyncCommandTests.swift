import Foundation
import Testing
@testable import PartyDayKit

/// `partyday sync` with real git and a local bare repository (a file:// remote), two
/// clones of one branch standing for the secretary's and the organizer's PCs.
@Suite(.serialized) struct SyncCommandTests {
    /// A shared bare repository, PC A with the demo branch synced to it, PC B joined.
    struct TwoPCs {
        let scratch = Scratch()
        var remote: String { scratch.file("remote.git").path }
        var a: String { scratch.file("A").path }
        var b: String { scratch.file("B").path }

        init() throws {
            try FileManager.default.createDirectory(at: scratch.url, withIntermediateDirectories: true)
            try git(scratch.url.path, "init", "-q", "--bare", "remote.git")
            #expect(try partyday("demo", "--data-dir", scratch.file("A").path).status == 0)
            try expectOK(partyday("sync", "init", "--remote", remote, "--data-dir", a))
            try expectOK(partyday("sync", "--data-dir", a))
            try expectOK(partyday("sync", "init", "--remote", remote, "--data-dir", b))
        }

        /// Changes one meeting through the store, as the screens would.
        func edit(_ folder: String, meeting id: String, _ change: (inout Meeting) -> Void) throws {
            let store = try Store(folder: URL(fileURLWithPath: folder))
            var meeting = try store.loadMeeting(id: id)
            change(&meeting)
            try store.save(meeting)
            try store.flush()
        }

        func meeting(_ folder: String, _ id: String) throws -> Meeting {
            try Store(folder: URL(fileURLWithPath: folder), access: .readOnly).loadMeeting(id: id)
        }
    }

    static func ids() throws -> (String, String) {
        let demo = DemoData.make().meetings.sorted { $0.start > $1.start }
        return (demo[0].id, demo[1].id)
    }

    @Test func editsToDifferentMeetingsOnTwoPCsBothSurviveInEitherOrder() throws {
        for aFirst in [true, false] {
            let pcs = try TwoPCs()
            let (first, second) = try Self.ids()
            try pcs.edit(pcs.a, meeting: first) { $0.theme = "A 改的主题" }
            try pcs.edit(pcs.b, meeting: second) { $0.theme = "B 改的主题" }
            let order = aFirst ? [pcs.a, pcs.b, pcs.a] : [pcs.b, pcs.a, pcs.b]
            for folder in order { try expectOK(partyday("sync", "--data-dir", folder)) }
            for folder in [pcs.a, pcs.b] {
                #expect(try pcs.meeting(folder, first).theme == "A 改的主题", "\(folder), A first: \(aFirst)")
                #expect(try pcs.meeting(folder, second).theme == "B 改的主题", "\(folder), A first: \(aFirst)")
                #expect(BranchSync.conflictCopies(in: URL(fileURLWithPath: folder)).isEmpty)
            }
        }
    }

    @Test func theSameMeetingChangedOnBothKeepsTheLocalVersionAndTheOtherAsANamedCopy() throws {
        for aFirst in [true, false] {
            let pcs = try TwoPCs()
            let (id, _) = try Self.ids()
            try pcs.edit(pcs.a, meeting: id) { $0.theme = "A 的版本" }
            try pcs.edit(pcs.b, meeting: id) { $0.theme = "B 的版本" }
            let (early, late) = aFirst ? (pcs.a, pcs.b) : (pcs.b, pcs.a)
            try expectOK(partyday("sync", "--data-dir", early))
            let synced = try partyday("sync", "--data-dir", late)
            #expect(synced.status == 0, "\(synced.stderr)")
            #expect(synced.stdout.contains("Conflict"), "\(synced.stdout)")
            // The later PC keeps its own version in place; the other is a copy, named.
            let mine = late == pcs.a ? "A 的版本" : "B 的版本", theirs = late == pcs.a ? "B 的版本" : "A 的版本"
            #expect(try pcs.meeting(late, id).theme == mine)
            let copies = BranchSync.conflictCopies(in: URL(fileURLWithPath: late))
            #expect(copies.count == 1)
            let copy = try #require(copies.first)
            let copyData = try Data(contentsOf: URL(fileURLWithPath: late).appendingPathComponent(copy))
            #expect(try FileFormat.decode(Meeting.self, kind: .meeting, from: copyData, path: copy).theme == theirs)
            let check = try partyday("check", "--data-dir", late)
            #expect(check.stdout.contains(copy) || check.stderr.contains(copy), "check names the copy: \(check.stdout)\(check.stderr)")
            // Settled by taking theirs; both PCs end with it after a sync each.
            try expectOK(partyday("sync", "resolve", copy, "--theirs", "--data-dir", late))
            #expect(BranchSync.conflictCopies(in: URL(fileURLWithPath: late)).isEmpty)
            try expectOK(partyday("sync", "--data-dir", late))
            try expectOK(partyday("sync", "--data-dir", early))
            for folder in [pcs.a, pcs.b] { #expect(try pcs.meeting(folder, id).theme == theirs) }
        }
    }

    @Test func thePersonInDevelopmentChangedOnBothIsKeptAndTheOtherIsACopy() throws {
        let pcs = try TwoPCs()
        func edit(_ folder: String, _ text: String) throws {
            let store = try Store(folder: URL(fileURLWithPath: folder))
            var person = try store.loadDevelopment(id: "dev-wanglu")
            person.reports.append(DatedNote(day: Day("2026-12-01")!, by: text, text: text))
            try store.save(person)
            try store.flush()
        }
        try edit(pcs.a, "A 收到")
        try edit(pcs.b, "B 收到")
        try expectOK(partyday("sync", "--data-dir", pcs.a))
        let synced = try partyday("sync", "--data-dir", pcs.b, "--lang", "zh")
        #expect(synced.status == 0, "\(synced.stderr)")
        let copies = BranchSync.conflictCopies(in: URL(fileURLWithPath: pcs.b))
        #expect(copies.count == 1 && copies[0].hasSuffix("development/dev-wanglu.plist"), "\(copies)")
        let mine = try Store(folder: URL(fileURLWithPath: pcs.b), access: .readOnly).loadDevelopment(id: "dev-wanglu")
        #expect(mine.reports.last?.text == "B 收到")
        let copyData = try Data(contentsOf: URL(fileURLWithPath: pcs.b).appendingPathComponent(copies[0]))
        #expect(try FileFormat.decode(DevelopmentPerson.self, kind: .development, from: copyData, path: copies[0]).reports.last?.text == "A 收到")
        try expectOK(partyday("sync", "resolve", copies[0], "--theirs", "--data-dir", pcs.b))
        #expect(try Store(folder: URL(fileURLWithPath: pcs.b), access: .readOnly).loadDevelopment(id: "dev-wanglu").reports.last?.text == "A 收到")
    }

    @Test func theCommitSaysWhatChanged() throws {
        let pcs = try TwoPCs()
        let (id, _) = try Self.ids()
        try pcs.edit(pcs.a, meeting: id) { meeting in
            meeting.attendance[0].status = meeting.attendance[0].status == .present ? .absentExcused : .present
            meeting.pledges.append(Pledge(id: "sync-p1", by: nil, text: "同步测试承诺", due: nil, status: .open))
        }
        try expectOK(partyday("sync", "--data-dir", pcs.a))
        let message = try git(pcs.a, "log", "-1", "--format=%B")
        #expect(message.contains("attendance") && message.contains("1 new pledge"), "\(message)")
        let zh = try git(pcs.a, "log", "-2", "--format=%s")
        #expect(!zh.isEmpty)
    }

    @Test func aFileWithConflictMarkersIsNamedAndNeverLoaded() throws {
        let pcs = try TwoPCs()
        let store = try Store(folder: URL(fileURLWithPath: pcs.a), access: .readOnly)
        let before = store.listMeetings().summaries.count
        let path = try #require(meetingFile(in: pcs.a))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try ("<<<<<<< HEAD\n" + text + "=======\n" + text + ">>>>>>> other\n").write(toFile: path, atomically: true, encoding: .utf8)
        let check = try partyday("check", "--data-dir", pcs.a)
        #expect(check.status == 1)
        #expect(check.stderr.contains((path as NSString).lastPathComponent))
        #expect(try Store(folder: URL(fileURLWithPath: pcs.a), access: .readOnly).listMeetings().summaries.count == before - 1, "the rest loads")
    }

    @Test func syncNeverRunsWhileAnotherPartydayHasTheFolder() throws {
        let pcs = try TwoPCs()
        let holder = try Store(folder: URL(fileURLWithPath: pcs.a))
        let refused = try partyday("sync", "--data-dir", pcs.a)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("another partyday"))
        withExtendedLifetime(holder) {}
    }

    @Test func withoutGitTheMessageSaysWhatIsMissing() throws {
        let pcs = try TwoPCs()
        let result = try run(try builtProduct("partyday"), ["sync", "--data-dir", pcs.a], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("git is not installed"))
    }
}

func meetingFile(in folder: String) -> String? {
    let meetings = URL(fileURLWithPath: folder).appendingPathComponent("meetings")
    guard let year = (try? FileManager.default.contentsOfDirectory(atPath: meetings.path))?.sorted().last else { return nil }
    let yearURL = meetings.appendingPathComponent(year)
    return (try? FileManager.default.contentsOfDirectory(atPath: yearURL.path))?.sorted().first.map { yearURL.appendingPathComponent($0).path }
}

@discardableResult
func git(_ folder: String, _ arguments: String...) throws -> String {
    let result = try run(URL(fileURLWithPath: "/usr/bin/git"), ["-C", folder] + arguments,
                         environment: ["GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"])
    #expect(result.status == 0, "git \(arguments): \(result.stderr)")
    return result.stdout
}

func expectOK(_ result: RunResult, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)", sourceLocation: sourceLocation)
}
