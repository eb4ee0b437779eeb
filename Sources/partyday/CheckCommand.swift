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
        if problems.isEmpty {
            print("\(folder.path): all files are sound (\(meetings) meetings).")
            return
        }
        for problem in problems {
            FileHandle.standardError.write(Data("\(folder.appendingPathComponent(problem.path).path): \(problem.message)\n".utf8))
        }
        throw failure("\(problems.count) file\(problems.count == 1 ? "" : "s") with problems; \(meetings) meetings load. Damaged files were left untouched.")
    }
}
