import Foundation
import PartyDayKit

/// A process for the store tests to start and kill (not for users):
///   hold-lock DIR    takes the folder's lock, prints "locked PID", then waits to be killed
///   write-loop DIR   rewrites three meetings forever; every text field of one version
///                    carries the same version number, so a torn write would show as a mix
///   move-stop DIR    saves one meeting, then moves it ten days on and stops between the
///                    two steps of the rename (new file written, old not yet removed),
///                    printing "between"
@main
struct TestWriter {
    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count == 3 else {
            FileHandle.standardError.write(Data("usage: partyday-test-writer hold-lock|write-loop DIR\n".utf8))
            exit(2)
        }
        let folder = URL(fileURLWithPath: arguments[2])
        let store = try Store(folder: folder)
        switch arguments[1] {
        case "hold-lock":
            FileHandle.standardOutput.write(Data("locked \(getpid())\n".utf8))
            while true { sleep(60) }
        case "write-loop":
            try writeForever(store)
        case "move-stop":
            try moveAndStop(store)
        default:
            exit(2)
        }
    }

    static func moveAndStop(_ store: Store) throws {
        var meeting = VersionedMeeting.make(id: "crash-move", version: 1)
        try store.save(meeting)
        Store.betweenTheStepsOfAMove = {
            FileHandle.standardOutput.write(Data("between\n".utf8))
            while true { sleep(60) }
        }
        meeting = VersionedMeeting.make(id: "crash-move", version: 2)
        meeting.start = meeting.start.addingTimeInterval(10 * 86_400)
        try store.save(meeting)
    }

    static func writeForever(_ store: Store) throws {
        let listing = store.listMeetings()
        var version = listing.summaries.compactMap { Int($0.theme.dropFirst()) }.max() ?? 0
        let ids = ["crash-a", "crash-b", "crash-c"]
        while true {
            version += 1
            for id in ids {
                try store.save(VersionedMeeting.make(id: id, version: version))
            }
        }
    }
}
