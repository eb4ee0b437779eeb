import Foundation

/// Where unsaved changes go when the data folder cannot take them: a new folder in the
/// home folder (else the temp folder), named by the time, never an existing one.
enum RescueFolder {
    /// The places tried, in order: the home folder (else the temp folder), then the temp
    /// folder — a home on the same full disk as the data must not be the end of it.
    static func candidates(now: Date = Date(), environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        let first = make(now: now, environment: environment)
        let second = make(now: now, environment: ["HOME": FileManager.default.temporaryDirectory.path])
        return first == second ? [first] : [first, second]
    }

    static func make(now: Date = Date(), environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let name = "partyday-rescue-\(formatter.string(from: now))"
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        var base = URL(fileURLWithPath: home)
        if access(base.path, W_OK) != 0 { base = FileManager.default.temporaryDirectory }
        var candidate = base.appendingPathComponent(name)
        var number = 2
        while FileManager.default.fileExists(atPath: candidate.path) {
            candidate = base.appendingPathComponent("\(name)-\(number)")
            number += 1
        }
        return candidate
    }
}
