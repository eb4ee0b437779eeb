import Foundation

/// `meetings/YYYY/YYYY-MM-DD-<type slug>-<short id>.plist`: sorted by date in any file
/// browser, readable at a glance, and unique by the id.
enum MeetingFileName {
    static let folder = "meetings"

    static func relativePath(for meeting: Meeting, in timeZone: TimeZone) -> String {
        let day = Day(meeting.start, in: timeZone)
        let shortID = String(meeting.id.unicodeScalars
            .filter { CharacterSet.alphanumerics.contains($0) && $0.isASCII }
            .prefix(8).map(Character.init))
        let year = String(format: "%04d", day.year)
        return "\(folder)/\(year)/\(day)-\(meeting.primaryType.slug)-\(shortID.isEmpty ? "meeting" : shortID.lowercased()).plist"
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
    var isASCIIDigit: Bool { isASCII && isNumber }
}
