import Foundation

/// `meetings/YYYY/YYYY-MM-DD-<type slug>-<id>.plist`: sorted by date in any file browser,
/// readable at a glance, and made from the whole id (ASCII letters and digits, up to 40),
/// so two meetings never compute one name. The store still never writes a name another
/// file holds: it tries `-2`, `-3` … (`attempt`).
enum MeetingFileName {
    static let folder = "meetings"

    static func relativePath(for meeting: Meeting, in timeZone: TimeZone, attempt: Int = 1) -> String {
        let id = idPart(meeting.id)
        return "\(prefix(for: meeting, in: timeZone))\(id)\(attempt > 1 ? "-\(attempt)" : "").plist"
    }

    /// Whether a file at `path` is named for the meeting's day and type (so it stays put).
    static func fits(_ path: String, _ meeting: Meeting, in timeZone: TimeZone) -> Bool {
        path.hasPrefix(prefix(for: meeting, in: timeZone)) && path.hasSuffix(".plist")
    }

    /// `meetings/2026/2026-11-10-theme-party-day-`
    private static func prefix(for meeting: Meeting, in timeZone: TimeZone) -> String {
        let day = Day(meeting.start, in: timeZone)
        return "\(folder)/\(String(format: "%04d", day.year))/\(day)-\(meeting.primaryType.slug)-"
    }

    private static func idPart(_ id: String) -> String {
        let kept = String(id.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) && $0.isASCII }.prefix(40).map(Character.init))
        return kept.isEmpty ? "meeting" : kept.lowercased()
    }

    /// A record file is a visible `.plist` in a four-digit year folder; temp files and
    /// anything else are not records.
    static func isMeetingFile(_ name: String) -> Bool {
        !name.hasPrefix(".") && name.hasSuffix(".plist")
    }

    static func isYearFolder(_ name: String) -> Bool {
        name.count == 4 && name.allSatisfy(\.isASCIIDigit)
    }
}

extension Character {
    public var isASCIIDigit: Bool { isASCII && isNumber }
}
