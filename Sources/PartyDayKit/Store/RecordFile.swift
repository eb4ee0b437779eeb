import Foundation

/// The envelope of every file partyday writes: a kind that tells our files from any
/// other property list, the format version, and the record itself.
struct RecordFile<Record: Codable>: Codable {
    var formatVersion: Int
    var kind: RecordKind
    var record: Record
    /// When the store wrote the file. Two files that claim one meeting (a move by date cut
    /// short by a crash) are told apart by it: the later save is the current one.
    var savedAt: Date?

    init(kind: RecordKind, record: Record, savedAt: Date? = nil) {
        self.formatVersion = RecordFile.currentVersion
        self.kind = kind
        self.record = record
        self.savedAt = savedAt
    }

    /// Bumped whenever the meaning of a stored field changes; older builds then refuse the file.
    static var currentVersion: Int { FileFormat.version }

    enum CodingKeys: String, CodingKey {
        case formatVersion, kind, record, savedAt
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let kindText = try? container.decode(String.self, forKey: .kind),
              let kind = RecordKind(rawValue: kindText) else {
            throw FileFormatError.foreign
        }
        self.kind = kind
        guard let version = try? container.decode(Int.self, forKey: .formatVersion), version >= 1 else {
            throw FileFormatError.badVersion
        }
        guard version <= FileFormat.version else {
            throw FileFormatError.newerVersion(version)
        }
        self.formatVersion = version
        self.record = try container.decode(Record.self, forKey: .record)
        self.savedAt = try container.decodeIfPresent(Date.self, forKey: .savedAt)
    }
}

enum RecordKind: String, Codable {
    case branch = "partyday.branch"
    case members = "partyday.members"
    case meeting = "partyday.meeting"
    /// `dues/bases.plist`: each member's dues bases over time.
    case duesBases = "partyday.dues-bases"
    /// `dues/YYYY.plist`: the payments and hand-overs of a year.
    case duesYear = "partyday.dues-year"
    /// `committee.plist` in a committee's folder: the branches it oversees.
    case committee = "partyday.committee"
}

enum FileFormatError: Error {
    case foreign
    case badVersion
    case newerVersion(Int)
    case wrongKind(found: RecordKind, expected: RecordKind)
}

/// Encoding and decoding of record files, with errors that name what is wrong.
public enum FileFormat {
    /// The format version this build writes and the newest it reads.
    public static let version = 1
    /// No record file legitimately comes near this; a larger one is refused unread.
    public static let maximumFileSize = 8 * 1024 * 1024

    static func encode<Record: Codable>(_ record: Record, kind: RecordKind, savedAt: Date? = nil) throws -> Data {
        let encoder = PropertyListEncoder()
        encoder.outputFormat = .xml
        return try encoder.encode(RecordFile(kind: kind, record: record, savedAt: savedAt.map(TextSanitizer.wholeSeconds)))
    }

    /// Decodes `data` read from `path`, or throws a `FileProblem` that says what is wrong.
    /// Texts come back cleaned (`sanitized`): a control character in a file never reaches
    /// the screen, a report or an export.
    static func decode<Record: Codable & Sanitizable>(_ type: Record.Type, kind: RecordKind, from data: Data, path: String) throws -> Record {
        try decodeSaved(type, kind: kind, from: data, path: path).record
    }

    /// The record and when it was saved (which of two copies of one meeting is current).
    static func decodeSaved<Record: Codable & Sanitizable>(_ type: Record.Type, kind: RecordKind, from data: Data, path: String) throws
        -> (record: Record, savedAt: Date?) {
        let file = try decodeFile(type, kind: kind, from: data, path: path)
        return (PropertyListShape.mayNeedCleaning(data) ? file.record.sanitized() : file.record, file.savedAt)
    }

    /// The refusal a save of this roster would meet (too large to be read back), or nil:
    /// asked before an import is offered, so a preview never promises what cannot be written.
    public static func rosterSizeProblem(_ members: [Member]) -> StoreError? {
        guard let data = try? encode(members.sanitized(), kind: .members, savedAt: Date(timeIntervalSince1970: 0)),
              data.count > maximumFileSize else { return nil }
        return .tooLarge(path: "members.plist", bytes: data.count, limit: maximumFileSize)
    }

    /// When the file was saved, if it says (files from before the stamp do not).
    static func savedAt(_ data: Data) -> Date? {
        struct Stamp: Decodable { var savedAt: Date? }
        guard PropertyListShape.refusal(data) == nil else { return nil }
        return (try? PropertyListDecoder().decode(Stamp.self, from: data))?.savedAt
    }

    /// Fields in `data` that this build does not know and a save would drop (see
    /// `PropertyListShape.unknownKeys`); empty for a file this build wrote.
    static func unknownKeys<Record: Codable>(_ type: Record.Type, kind: RecordKind, in data: Data) -> [String] {
        // Every decoder call goes through the same byte checks first.
        guard PropertyListShape.refusal(data) == nil, let file = try? PropertyListDecoder().decode(RecordFile<Record>.self, from: data),
              let again = try? encode(file.record, kind: kind, savedAt: file.savedAt) else { return [] }
        return PropertyListShape.unknownKeys(in: data, comparedWith: again)
    }

    private static func decodeFile<Record: Codable>(_ type: Record.Type, kind: RecordKind, from data: Data, path: String) throws -> RecordFile<Record> {
        if data.isEmpty {
            throw FileProblem(path: path, message: "the file is empty")
        }
        if data.count > maximumFileSize {
            throw FileProblem(path: path, message: "the file is too large (\(data.count / 1_048_576) MiB; a record is at most \(maximumFileSize / 1_048_576) MiB)")
        }
        // The store's own files take the direct reader, which declines anything else. It
        // needs only valid UTF-8 (it never recurses, so nesting cannot hurt it); Foundation's
        // reader gets the full byte checks first.
        if PropertyListShape.isValidUTF8(data), let file = PlistTreeDecoding.decode(RecordFile<Record>.self, from: data), file.kind == kind {
            return file
        }
        if let refusal = PropertyListShape.refusal(data) {
            throw FileProblem(path: path, message: refusal)
        }
        do {
            let file = try PropertyListDecoder().decode(RecordFile<Record>.self, from: data)
            guard file.kind == kind else {
                throw FileFormatError.wrongKind(found: file.kind, expected: kind)
            }
            return file
        } catch let error as FileFormatError {
            throw FileProblem(path: path, message: describe(error))
        } catch let error as DecodingError {
            throw FileProblem(path: path, message: describe(error))
        } catch {
            throw FileProblem(path: path, message: "not a readable property list (damaged or truncated): \(error)")
        }
    }

    private static func describe(_ error: FileFormatError) -> String {
        switch error {
        case .foreign:
            "not a partyday file (a property list without a partyday kind)"
        case .badVersion:
            "the format version is missing or invalid"
        case let .newerVersion(version):
            "written by a newer partyday (format \(version); this build reads up to \(FileFormat.version)); left untouched"
        case let .wrongKind(found, expected):
            "holds a \(found.rawValue) record where a \(expected.rawValue) record belongs"
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .typeMismatch(_, context) where context.codingPath.isEmpty:
            "not a partyday file (the top level is not a dictionary)"
        case let .typeMismatch(type, context):
            "wrong value type at \(path(context)): expected \(typeName(type))"
        case let .valueNotFound(type, context):
            "missing value at \(path(context)): expected \(typeName(type))"
        case let .keyNotFound(key, context):
            "missing field '\(key.stringValue)' at \(path(context))"
        case let .dataCorrupted(context):
            if let format = context.underlyingError as? FileFormatError {
                describe(format)
            } else if context.codingPath.isEmpty {
                "not a readable property list (damaged or truncated)"
            } else {
                "bad value at \(path(context)): \(context.debugDescription)"
            }
        @unknown default:
            "cannot be read: \(error)"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let parts = context.codingPath.map { key in
            key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)"
        }
        let joined = parts.joined()
        return joined.isEmpty ? "the top level" : String(joined.drop { $0 == "." })
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Bool.Type: "true or false"
        case is Date.Type: "a date"
        default: "\(type)"
        }
    }
}
