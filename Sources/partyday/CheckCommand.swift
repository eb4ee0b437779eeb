import Foundation
import ArgumentParser
import PartyDayKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Read every file in the data folder and report each problem with its file.",
        discussion: "Exits 0 when every file is sound and 1 otherwise. Writes nothing."
    )

    @OptionGroup var options: DataOptions

    func run() throws {
        let folder = options.folder
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw failure("no data folder at \(folder.path)")
        }
        let store: Store
        do {
            store = try Store(folder: folder, access: .readOnly)
        } catch {
            throw failure(describe(error))
        }
        let problems = store.check()
        let meetings = store.listMeetings().summaries.count
        warnAboutStepTimes(store)
        if problems.isEmpty {
            print("\(folder.path): all files are sound (\(meetings) meetings).")
            return
        }
        for problem in problems {
            FileHandle.standardError.write(Data("\(folder.appendingPathComponent(problem.path).path): \(problem.message)\n".utf8))
        }
        throw failure("\(problems.count) file\(problems.count == 1 ? "" : "s") with problems; \(meetings) meetings load. Damaged files were left untouched.")
    }

    /// Steps ticked at a time outside their meeting (ticked days later, before the
    /// after-the-fact mode existed, or typed wrong): named, not counted as damage.
    private func warnAboutStepTimes(_ store: Store) {
        let zone = (try? store.loadBranch())?.timeZone ?? .current
        for meeting in store.loadAllMeetings().meetings.sorted(by: { $0.start < $1.start }) {
            for step in meeting.stepsOutsideTheMeeting {
                guard let doneAt = step.doneAt else { continue }
                let window = "\(DateText.dateTime(meeting.start, in: zone))–\(DateText.time(meeting.expectedEnd, in: zone))"
                let line = "warning: meeting \(DateText.day(meeting.start, in: zone)) \(meeting.primaryType.slug) \"\(TextSanitizer.singleLine(meeting.theme))\": "
                    + "step \"\(TextSanitizer.singleLine(step.title))\" is ticked at \(DateText.dateTime(doneAt, in: zone)), outside the meeting (\(window)); "
                    + "correct its time with Enter on the step\n"
                FileHandle.standardError.write(Data(line.utf8))
            }
        }
    }
}
