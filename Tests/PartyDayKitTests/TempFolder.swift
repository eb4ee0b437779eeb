import Foundation

/// A fresh folder under the system temp folder, removed when the test lets go of it.
final class TempFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-test-\(UUID().uuidString)")
    }

    func file(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

extension Date {
    /// A date in UTC from `2026-11-10 09:00`-style text.
    static func utc(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }
}
