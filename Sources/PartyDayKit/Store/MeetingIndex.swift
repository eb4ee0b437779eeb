import Foundation

/// The derived list of meeting summaries, kept in `.partyday/meetings-index.plist`.
/// Never the source of truth: an entry is used only while its file's stamp matches,
/// and a missing or unreadable index is simply rebuilt.
struct MeetingIndex: Codable {
    struct Entry: Codable, Equatable {
        var stamp: FileStamp
        var summary: MeetingSummary
    }

    /// Keyed by the path relative to the data folder.
    var entries: [String: Entry] = [:]

    static func load(from url: URL) -> MeetingIndex? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? FileFormat.decode(MeetingIndex.self, kind: .index, from: data, path: url.path)
    }

    /// Binary: nobody reads the index but partyday, and it decodes faster.
    func write(to url: URL) throws {
        try AtomicFile.write(try FileFormat.encode(self, kind: .index, format: .binary), to: url)
    }
}
