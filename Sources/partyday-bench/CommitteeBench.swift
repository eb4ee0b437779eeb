import Foundation
import PartyDayKit

/// Issue 16's figures, on the real binary: a committee over `branches` copies of the decade
/// (each read in place, its index warm, as a branch's own folder is), and `partyday sync` of
/// one changed meeting to a local bare repository.
enum CommitteeBench {
    struct Figures {
        var branches = 0
        var meetings = 0
        var reportMs: Double?
        var riskMs: Double?
        var syncOneMs: Double?
        /// The committee screen, from outside in a pseudo-terminal (scripts/felt-speed.py --committee).
        var screen: [String: Double] = [:]
        var problem: String?
    }

    static func run(decade: URL, root: URL, branches: Int) -> Figures {
        var figures = Figures(branches: branches)
        let partyday = FeltBench.partyday
        guard FileManager.default.isExecutableFile(atPath: partyday.path) else {
            figures.problem = "partyday is not built beside the bench (swift build -c release)"
            return figures
        }
        let folder = root.appendingPathComponent("committee-\(branches)")
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let committee = folder.appendingPathComponent("committee").path
        guard FeltBench.command(partyday.path, ["committee", "init", "--name", "Bench committee", "--data-dir", committee]) != nil else {
            figures.problem = "committee init failed"
            return figures
        }
        for number in 1...branches {
            let branch = folder.appendingPathComponent(String(format: "branch-%02d", number))
            // cp -a keeps sizes and times: each copy's index is as warm as the original's.
            guard FeltBench.command("/bin/cp", ["-a", decade.path, branch.path]) != nil,
                  FeltBench.command(partyday.path, ["committee", "add", "Branch \(number)", branch.path, "--data-dir", committee]) != nil else {
                figures.problem = "could not add branch \(number)"
                return figures
            }
        }
        figures.meetings = branches * ((try? Store(folder: decade, access: .readOnly).listMeetings().summaries.count) ?? 0)
        let report = ["committee", "report", "compliance", "--format", "json", "--as-of", "2025-12-31", "--data-dir", committee]
        figures.reportMs = FeltBench.median((0..<5).compactMap { _ in FeltBench.command(partyday.path, report) })
        let risk = ["committee", "report", "risk", "--format", "json", "--as-of", "2025-12-31", "--data-dir", committee]
        figures.riskMs = FeltBench.median((0..<3).compactMap { _ in FeltBench.command(partyday.path, risk) })
        // Cold first (no cache of rows: the first time a committee opens its screen), then
        // as every later day (only branches whose files changed are read again).
        for options in [["--cold", "--rounds", "3"], ["--rounds", "5"]] {
            switch FeltBench.script(["--committee"] + options, folder: URL(fileURLWithPath: committee)) {
            case let .success(values): figures.screen.merge(values) { first, _ in first }
            case let .failure(failure): figures.problem = failure.message
            }
        }
        figures.syncOneMs = syncOne(decade: decade, folder: folder)
        try? FileManager.default.removeItem(at: folder)
        return figures
    }

    /// A branch synced to a bare repository, then five times: one meeting changed, `partyday sync`.
    private static func syncOne(decade: URL, folder: URL) -> Double? {
        let branch = folder.appendingPathComponent("synced-branch"), remote = folder.appendingPathComponent("synced.git")
        guard let git = try? Git.find(in: folder),
              FeltBench.command("/bin/cp", ["-a", decade.path, branch.path]) != nil,
              (try? git.run(["init", "-q", "--bare", remote.path])) != nil,
              FeltBench.command(FeltBench.partyday.path, ["sync", "init", "--remote", remote.path, "--data-dir", branch.path]) != nil,
              FeltBench.command(FeltBench.partyday.path, ["sync", "--data-dir", branch.path]) != nil else { return nil }
        var times: [Double] = []
        for round in 0..<5 {
            do {
                let store = try Store(folder: branch)
                guard let latest = store.listMeetings().summaries.first else { return nil }
                var meeting = try store.loadMeeting(id: latest.id)
                meeting.theme = "Bench round \(round)"
                try store.save(meeting)
                try store.flush()
            } catch {
                return nil
            }
            if let ms = FeltBench.command(FeltBench.partyday.path, ["sync", "--data-dir", branch.path]) { times.append(ms) }
        }
        return FeltBench.median(times)
    }
}
