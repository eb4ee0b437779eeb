import Foundation
import PartyDayKit

/// What a user feels, measured on the real `partyday` binary from outside (issue 13):
/// the screens through a pseudo-terminal and a terminal emulator (scripts/felt-speed.py,
/// Python with pyte: the bench has no terminal emulator of its own), the commands as
/// processes, timed from start to exit, with their peak memory from /usr/bin/time.
enum FeltBench {
    struct Figures {
        /// Keyed as the script and the JSON name them, e.g. `felt_home_complete_ms`.
        var values: [String: Double] = [:]
        var problem: String?
        /// Whether the timed binary carries the Swift runtime in it, as released ones do.
        var staticRuntime: Bool?
    }

    /// A binary linked with --static-swift-stdlib names no libswiftCore.so to load: what
    /// users install (scripts/release.sh) starts ~5 ms sooner than a plain release build.
    static func hasStaticRuntime(_ binary: URL) -> Bool? {
        guard let data = try? Data(contentsOf: binary, options: .alwaysMapped) else { return nil }
        return data.range(of: Data("libswiftCore.so".utf8)) == nil
    }

    static var partyday: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("partyday")
    }

    static var script: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/felt-speed.py")
    }

    /// Every felt figure for the data set in `folder`, each name ending in `suffix`
    /// (`""` at 1×, `"_20x"` at twenty times).
    static func run(folder: URL, suffix: String, rounds: Int, wide: Bool, month: Period) -> Figures {
        var figures = Figures()
        figures.staticRuntime = hasStaticRuntime(partyday)
        guard FileManager.default.isExecutableFile(atPath: partyday.path) else {
            figures.problem = "partyday is not built beside the bench (swift build -c release)"
            return figures
        }
        func add(_ values: [String: Double], _ tail: String) {
            for (key, value) in values { figures.values[key + tail] = value }
        }
        switch screens(folder: folder, size: "80x24", rounds: rounds, cold: false) {
        case let .success(values): add(values, suffix)
        case let .failure(problem): figures.problem = problem.message
        }
        if wide, case let .success(values) = screens(folder: folder, size: "200x60", rounds: max(3, rounds / 2), cold: false) {
            add(values, suffix + "_200x60")
        }
        if case let .success(values) = screens(folder: folder, size: "80x24", rounds: 3, cold: true) { add(values, suffix) }

        // A folder copied with cp -a (new inodes, same sizes and times): the first report
        // may not rebuild the index, and the second is as fast as on the original.
        let copy = folder.deletingLastPathComponent().appendingPathComponent(folder.lastPathComponent + "-copy")
        try? FileManager.default.removeItem(at: copy)
        if command("/bin/cp", ["-a", folder.path, copy.path]) != nil {
            let report = ["report", "participation", "--format", "csv", "--as-of", "2025-12-31"]
            let first = command(partyday.path, report + ["--data-dir", copy.path])
            // Alternated, so a drift in the machine's load weighs on both alike (two blocks
            // of five, one after the other, differed by 10% with nothing else changed).
            var copied: [Double] = [], original: [Double] = []
            for _ in 0..<7 {
                if let ms = command(partyday.path, report + ["--data-dir", copy.path]) { copied.append(ms) }
                if let ms = command(partyday.path, report + ["--data-dir", folder.path]) { original.append(ms) }
            }
            let second = median(copied), warm = median(original)
            figures.values["copied_folder_first_report_ms" + suffix] = first
            figures.values["copied_folder_report_ms" + suffix] = second
            figures.values["warm_report_ms" + suffix] = warm
            try? FileManager.default.removeItem(at: copy)
        }
        figures.values["export_month_ms" + suffix] = median((0..<5).compactMap { _ in
            command(partyday.path, ["export", "attendance", "--from", month.from.description, "--to", month.to.description,
                                    "--data-dir", folder.path])
        })
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-bench-\(getpid()).json")
        let export = ["export", "json", "--force", "--output", json.path, "--data-dir", folder.path]
        figures.values["export_json_ms" + suffix] = command(partyday.path, export)
        figures.values["export_json_peak_mb" + suffix] = peakMB(partyday.path, export)
        try? FileManager.default.removeItem(at: json)
        return figures
    }

    struct Failure: Error {
        var message: String
    }

    /// The script's medians for one terminal size.
    private static func screens(folder: URL, size: String, rounds: Int, cold: Bool) -> Result<[String: Double], Failure> {
        script(["--size", size, "--rounds", "\(rounds)"] + (cold ? ["--cold"] : []), folder: folder)
    }

    /// Runs scripts/felt-speed.py with `options` on `folder`; its medians by name.
    static func script(_ options: [String], folder: URL) -> Result<[String: Double], Failure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "--json"] + options + [partyday.path, folder.path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        guard (try? process.run()) != nil else { return .failure(Failure(message: "python3 not found")) }
        let text = output.fileHandleForReading.readDataToEndOfFile()
        let problem = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let values = try? JSONSerialization.jsonObject(with: text) as? [String: Double] else {
            let why = String(decoding: problem, as: UTF8.self).split(separator: "\n").prefix(3).joined(separator: " ")
            return .failure(Failure(message: "felt-speed.py failed (needs python3 with pyte: pip install pyte): \(why)"))
        }
        return .success(values)
    }

    /// The command's peak resident memory as /usr/bin/time reports it. (A child spawned by
    /// the bench itself would report the bench's own peak: Linux carries the high-water
    /// mark of the spawning process across exec.)
    static func peakMB(_ path: String, _ arguments: [String]) -> Double? {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-bench-time-\(getpid())")
        defer { try? FileManager.default.removeItem(at: report) }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time"),
              command("/usr/bin/time", ["-f", "%M", "-o", report.path, path] + arguments) != nil,
              let text = try? String(contentsOf: report, encoding: .utf8),
              let kilobytes = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        return kilobytes / 1024
    }

    /// Runs a command to its end: its wall time in milliseconds, or nil if it failed.
    static func command(_ path: String, _ arguments: [String]) -> Double? {
        var pid: pid_t = 0
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        guard waitpid(pid, &status, 0) == pid else { return nil }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        // Exited normally with status 0 (WIFEXITED and WEXITSTATUS, spelled out).
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else { return nil }
        return ms
    }

    static func median(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.sorted()[values.count / 2]
    }
}
