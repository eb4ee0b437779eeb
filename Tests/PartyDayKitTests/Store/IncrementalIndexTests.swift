import Foundation
import Testing
@testable import PartyDayKit

/// The index is kept up to date by appending changes to a journal; it must always say
/// what a full rebuild would, and never be trusted where it could be wrong.
@Suite struct IncrementalIndexTests {
    private func entries(_ folder: TempFolder) -> [String: MeetingIndex.Entry] {
        var file = MeetingIndexFile(indexURL: folder.file(".partyday/meetings-index.tsv"),
                                    journalURL: folder.file(".partyday/meetings-index.journal"))
        file.load()
        return file.index.entries
    }

    @Test func savingOneMeetingAppendsALineAndLeavesTheIndexAlone() throws {
        let folder = TempFolder()
        try DemoData.make().write(to: try openStore(folder))
        let indexURL = folder.file(".partyday/meetings-index.tsv")
        let journalURL = folder.file(".partyday/meetings-index.journal")
        func journalLines() throws -> Int {
            guard FileManager.default.fileExists(atPath: journalURL.path) else { return 0 }
            return try String(contentsOf: journalURL, encoding: .utf8).split(separator: "\n").count
        }
        let before = try Data(contentsOf: indexURL)
        let linesBefore = try journalLines()
        do {
            let store = try openStore(folder)
            var meeting = try #require(store.loadAllMeetings().meetings.first)
            meeting.theme = "改过的主题"
            try store.save(meeting)
            try store.flush()
        }
        #expect(try Data(contentsOf: indexURL) == before, "the whole index is not rewritten for one save")
        let journal = try String(contentsOf: journalURL, encoding: .utf8)
        #expect(journal.hasPrefix(MeetingIndex.journalHeader + "\n"))
        #expect(try journalLines() == max(linesBefore, 1) + 1, "one line more")
        #expect(try permissions(journalURL) == 0o600)
        let reader = try openStore(folder, .readOnly)
        #expect(reader.listMeetings().summaries.contains { $0.theme == "改过的主题" })
        #expect(reader.filesDecodedByLastListing == 0, "the journal told the reader")
    }

    @Test func aJournalCutShortLosesOnlyItsLastLineAndTheNextWriteStartsAfresh() throws {
        let folder = TempFolder()
        try DemoData.make().write(to: try openStore(folder))
        var themes: [String: String] = [:]
        do {
            let store = try openStore(folder)
            for (number, var meeting) in store.loadAllMeetings().meetings.prefix(2).enumerated() {
                meeting.theme = "第\(number)次改"
                themes[meeting.id] = meeting.theme
                try store.save(meeting)
                try store.flush()
            }
        }
        let journalURL = folder.file(".partyday/meetings-index.journal")
        var journal = try Data(contentsOf: journalURL)
        journal.removeLast(40)
        try journal.write(to: journalURL)
        let reader = try openStore(folder, .readOnly)
        let summaries = reader.listMeetings().summaries
        for (id, theme) in themes { #expect(summaries.first { $0.id == id }?.theme == theme) }
        #expect(reader.filesDecodedByLastListing == 1, "only the meeting whose line was cut is read again")
        // The reader wrote the index back whole: the journal is gone.
        #expect(!FileManager.default.fileExists(atPath: journalURL.path))
        #expect(try openStore(folder, .readOnly).listMeetings().summaries.count == 55)
    }

    @Test func anIndexCutMidLineOrFromAnOlderVersionIsRebuiltNeverTrusted() throws {
        let folder = TempFolder()
        try DemoData.make().write(to: try openStore(folder))
        let indexURL = folder.file(".partyday/meetings-index.tsv")
        let known = entries(folder)
        #expect(known.count == 55)
        let whole = try Data(contentsOf: indexURL)
        // Cut in the middle of a row, after an edit the index no longer knows.
        try whole.prefix(whole.count / 2).write(to: indexURL)
        var first = try openStore(folder, .readOnly)
        #expect(first.listMeetings().summaries.count == 55)
        #expect(first.filesDecodedByLastListing == 55)
        // The same rows under the previous version's header.
        let older = String(decoding: whole, as: UTF8.self).replacingOccurrences(of: MeetingIndex.header, with: "partyday-meetings-index 3")
        try Data(older.utf8).write(to: indexURL)
        first = try openStore(folder, .readOnly)
        #expect(first.listMeetings().summaries.count == 55)
        #expect(first.filesDecodedByLastListing == 55)
        #expect(entries(folder) == known, "written back as a full rebuild makes it")
    }

    @Test func aFileWhoseTimeChangedButNotItsBytesIsNotDecodedAgain() throws {
        let folder = TempFolder()
        try DemoData.make().write(to: try openStore(folder))
        // What a git checkout or `cp` without -a does: same bytes, new times.
        let later = Date().addingTimeInterval(3600)
        for path in meetingFiles(in: folder.url) {
            try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: folder.file(path).path)
        }
        let store = try openStore(folder, .readOnly)
        #expect(store.listMeetings().summaries.count == 55)
        #expect(store.filesDecodedByLastListing == 0, "checksums match: summaries kept")
        // Same size, other bytes: decoded.
        let path = folder.file(try #require(meetingFiles(in: folder.url).first))
        var text = try String(contentsOf: path, encoding: .utf8)
        let theme = try #require(text.range(of: "<key>theme</key>\n\t\t<string>"))
        let first = text[theme.upperBound...].first!
        text.replaceSubrange(theme.upperBound..<text.index(after: theme.upperBound), with: first == "A" ? "B" : "A")
        try Data(text.utf8).write(to: path)
        let again = try openStore(folder, .readOnly)
        _ = again.listMeetings()
        #expect(again.filesDecodedByLastListing == 1)
    }

    /// Property: after any sequence of saves, moves and deletions, with flushes and
    /// reopenings in between, the index on disk says exactly what a full rebuild says.
    @Test func theIncrementalIndexEqualsAFullRebuildAfterAThousandRandomEdits() throws {
        let folder = TempFolder()
        var generator = SeededGenerator(seed: 20261127)
        var store: Store? = try openStore(folder)
        var ids: [String] = []
        let base = Date(timeIntervalSince1970: 1_780_000_000)
        for step in 0..<1000 {
            let action = Int.random(in: 0..<10, using: &generator)
            if ids.isEmpty || action < 3 {
                var meeting = fullMeeting(id: "m\(step)")
                meeting.start = base.addingTimeInterval(Double(Int.random(in: 0..<400, using: &generator)) * 86_400)
                meeting.end = meeting.start.addingTimeInterval(3600)
                try store!.save(meeting)
                ids.append(meeting.id)
            } else if action < 8 {
                let id = ids.randomElement(using: &generator)!
                var meeting = try store!.loadMeeting(id: id)
                meeting.theme = "第\(step)步"
                if action == 7 {
                    // A new day moves the file to another name (and maybe another year).
                    meeting.start = base.addingTimeInterval(Double(Int.random(in: 0..<400, using: &generator)) * 86_400)
                    meeting.end = meeting.start.addingTimeInterval(3600)
                }
                try store!.save(meeting)
            } else if action == 8 {
                let id = ids.remove(at: Int.random(in: 0..<ids.count, using: &generator))
                try store!.deleteMeeting(id: id)
            } else if Bool.random(using: &generator) {
                try store!.flush()
            } else {
                store = nil
                store = try openStore(folder)
                #expect(store!.listMeetings().summaries.count == ids.count)
                #expect(store!.filesDecodedByLastListing == 0, "step \(step): the index and its journal knew every file")
            }
        }
        store = nil
        let incremental = entries(folder)
        try FileManager.default.removeItem(at: folder.file(".partyday"))
        _ = try openStore(folder).listMeetings()
        let rebuilt = entries(folder)
        #expect(incremental.count == ids.count)
        #expect(incremental == rebuilt)
    }
}
