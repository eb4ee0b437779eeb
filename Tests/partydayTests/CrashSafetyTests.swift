import Foundation
import PartyDayKit
import Testing

/// A writer killed with SIGKILL at random moments, again and again: every meeting file
/// must decode and hold one whole version (old or new, never a mix), versions never go
/// back, and no temp file is ever taken for a record.
@Suite struct CrashSafetyTests {
    @Test func killedWritersNeverLeaveATornOrLostFile() throws {
        let scratch = Scratch()
        let writer = try builtProduct("partyday-test-writer")
        let ids = ["crash-a", "crash-b", "crash-c"]
        var lastVersion: [String: Int] = [:]
        var random = SystemRandomNumberGenerator()
        var roundsWithTempFiles = 0
        var roundsThatWrote = 0
        let rounds = 220

        for round in 0..<rounds {
            let process = Process()
            process.executableURL = writer
            process.arguments = ["write-loop", scratch.url.path]
            process.environment = ["SWIFT_BACKTRACE": "interactive=no"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let before = recordStamps(scratch.url)
            try process.run()
            // Kill inside the write loop, not during start-up, however loaded the machine is:
            // wait for the first rename of this round, then a random moment more.
            let deadline = Date().addingTimeInterval(5)
            while recordStamps(scratch.url) == before && Date() < deadline { usleep(1_000) }
            usleep(UInt32.random(in: 0...25_000, using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal, "round \(round): the writer died on its own")

            if hasTempFile(scratch.url) { roundsWithTempFiles += 1 }
            let store = try Store(folder: scratch.url, access: .readOnly)
            let listing = store.listMeetings()
            #expect(listing.problems.isEmpty, "round \(round): \(listing.problems)")
            #expect(Set(listing.summaries.map(\.id)).isSubset(of: Set(ids)), "round \(round): a temp file was taken for a record")
            let totalBefore = lastVersion.values.reduce(0, +)
            for summary in listing.summaries {
                let meeting = try store.loadMeeting(id: summary.id)
                let version = try #require(Int(meeting.theme.dropFirst()), "round \(round): theme \(meeting.theme)")
                let mark = "v\(version)"
                let whole = meeting.place == mark && meeting.agenda.count == 40
                    && meeting.agenda.allSatisfy { $0.title == mark && $0.notes.hasPrefix(mark) }
                    && meeting.minutes == String(repeating: "\(mark)\n", count: 200)
                #expect(whole, "round \(round): \(summary.id) mixes versions")
                #expect(version >= lastVersion[summary.id, default: 0], "round \(round): \(summary.id) went back in time")
                lastVersion[summary.id] = version
            }
            if lastVersion.values.reduce(0, +) > totalBefore { roundsThatWrote += 1 }
        }
        // The writer must really have been writing when it was killed, round after round.
        #expect(lastVersion.count == 3)
        #expect(roundsThatWrote >= rounds * 9 / 10, "only \(roundsThatWrote) of \(rounds) rounds saved anything")
        print("crash safety: \(rounds) kills, versions reached \(lastVersion), temp files left behind in \(roundsWithTempFiles) rounds")
    }

    /// A meeting moved by a date change is written new file first, old file removed second.
    /// Killed exactly between: check explains and passes, the later save is the meeting,
    /// the next writer moves the older copy to replaced/, and the date can be moved back.
    @Test func aWriterKilledBetweenTheTwoStepsOfAMoveLeavesOneCurrentMeeting() throws {
        let scratch = Scratch()
        let process = Process()
        process.executableURL = try builtProduct("partyday-test-writer")
        process.arguments = ["move-stop", scratch.url.path]
        process.environment = ["SWIFT_BACKTRACE": "interactive=no"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        // The writer's first save creates the file; its second is a move, stopped half-way.
        try process.run()
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("between") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += chunk
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(String(decoding: seen, as: UTF8.self).contains("between"), "the writer reached the middle of the move")

        #expect(meetingFiles(scratch.url).count == 2, "both files are there")
        let reader = try Store(folder: scratch.url, access: .readOnly)
        #expect(reader.check().isEmpty, "check passes")
        #expect(reader.notices.contains { $0.message.contains("older copy of the meeting") }, "and explains: \(reader.notices)")
        let current = try reader.loadMeeting(id: "crash-move")
        #expect(current.theme == "v2", "the later save is the meeting")

        let next = try Store(folder: scratch.url)
        #expect(next.listMeetings().summaries.map(\.theme) == ["v2"])
        #expect(meetingFiles(scratch.url).count == 1, "the next writer set the older copy aside")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: scratch.file("replaced").path))?.count == 1, "kept in replaced/, not deleted")
        var back = current
        back.start = current.start.addingTimeInterval(-10 * 86_400)
        try next.save(back)
        #expect(meetingFiles(scratch.url).count == 1, "moving the date back is not refused")
    }

    private func meetingFiles(_ folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.appendingPathComponent("meetings").path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".plist") }.sorted()
    }

    /// Inode of every meeting file: each save renames a new one in.
    private func recordStamps(_ folder: URL) -> [String: Int] {
        var stamps: [String: Int] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.appendingPathComponent("meetings").path)
        while let name = enumerator?.nextObject() as? String {
            guard name.hasSuffix(".plist") else { continue }
            let path = folder.appendingPathComponent("meetings/\(name)").path
            stamps[name] = (try? FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int) ?? 0
        }
        return stamps
    }

    private func hasTempFile(_ folder: URL) -> Bool {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let name = enumerator?.nextObject() as? String {
            if name.contains(".tmp-") { return true }
        }
        return false
    }
}
