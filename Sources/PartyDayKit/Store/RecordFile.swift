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

/// What a record file holds, named in its header.
public enum RecordKind: String, Codable, Sendable {
    case branch = "partyday.branch"
    case members = "partyday.members"
    case meeting = "partyday.meeting"
    /// `dues/bases.plist`: each member's dues bases over time.
    case duesBases = "partyday.dues-bases"
    /// `dues/YYYY.plist`: the payments and hand-overs of a year.
    case duesYear = "partyday.dues-year"
    /// `committee.plist` in a committee's folder: the branches it oversees.
    case committee = "partyday.committee"
    /// `development/<id>.plist`: one person being developed into a member.
    case development = "partyday.development"
    /// `talks/<id>.plist`: one heart-to-heart talk.
    case talk = "partyday.talk"
    /// `elections/<id>.plist`: one election, by-election or resignation of the branch committee.
    case election = "partyday.election"
    /// `plans/plan-YYYY.plist`: the year's work plan.
    case plan = "partyday.plan"
    /// `away/<member id>.plist`: a member's transfer letters, stay away and being out of contact.
    case away = "partyday.away"
}

extension Store {
    /// The folders whose files are records of a kind of their own (one file per year, per
    /// person): the folder's known places, the places a link must not lead out of, and the
    /// paths a sync may copy. A folder kind (`FolderRecords.kinds`) is among them by itself.
    static let recordFolders = [duesFolder] + FolderRecords.kinds.map { $0.folder }
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
            throw FileProblem(path: path, Wording("the file is empty", "文件是空的"))
        }
        if data.count > maximumFileSize {
            throw FileProblem(path: path, tooLarge(data.count))
        }
        // The store's own files take the direct reader, which declines anything else. It
        // needs only valid UTF-8 (it never recurses, so nesting cannot hurt it); Foundation's
        // reader gets the full byte checks first.
        if PropertyListShape.isValidUTF8(data), let file = PlistTreeDecoding.decode(RecordFile<Record>.self, from: data), file.kind == kind {
            return file
        }
        if let refusal = PropertyListShape.refusal(data) {
            throw FileProblem(path: path, refusal)
        }
        do {
            let file = try PropertyListDecoder().decode(RecordFile<Record>.self, from: data)
            guard file.kind == kind else {
                throw FileFormatError.wrongKind(found: file.kind, expected: kind)
            }
            return file
        } catch let error as FileFormatError {
            throw FileProblem(path: path, describe(error))
        } catch let error as DecodingError {
            throw FileProblem(path: path, describe(error))
        } catch {
            throw FileProblem(path: path, Wording("not a readable property list (damaged or truncated): \(error)", "不是可读的属性列表（已损坏或不完整）：\(error)"))
        }
    }

    /// "the file is too large (9 MiB; a record is at most 8 MiB)".
    static func tooLarge(_ bytes: Int) -> Wording {
        Wording("the file is too large (\(bytes / 1_048_576) MiB; a record is at most \(maximumFileSize / 1_048_576) MiB)",
                "文件过大（\(bytes / 1_048_576) MiB；一条记录最多 \(maximumFileSize / 1_048_576) MiB）")
    }

    private static func describe(_ error: FileFormatError) -> Wording {
        switch error {
        case .foreign:
            Wording("not a partyday file (a property list without a partyday kind)", "不是 partyday 的文件（属性列表中没有 partyday 记录类型）")
        case .badVersion:
            Wording("the format version is missing or invalid", "格式版本缺失或无效")
        case let .newerVersion(version):
            Wording("written by a newer partyday (format \(version); this build reads up to \(FileFormat.version)); left untouched",
                    "由较新版本的 partyday 写入（格式 \(version)，本程序最多读取 \(FileFormat.version)）；未作改动")
        case let .wrongKind(found, expected):
            Wording("holds a \(found.rawValue) record where a \(expected.rawValue) record belongs",
                    "此处应为 \(expected.rawValue) 记录，文件中却是 \(found.rawValue) 记录")
        }
    }

    private static func describe(_ error: DecodingError) -> Wording {
        switch error {
        case let .typeMismatch(_, context) where context.codingPath.isEmpty:
            Wording("not a partyday file (the top level is not a dictionary)", "不是 partyday 的文件（顶层不是字典）")
        case let .typeMismatch(type, context):
            Wording("wrong value type at \(path(context).english): expected \(typeName(type).english)", "\(path(context).chinese)处的值类型有误：应为\(typeName(type).chinese)")
        case let .valueNotFound(type, context):
            Wording("missing value at \(path(context).english): expected \(typeName(type).english)", "\(path(context).chinese)处缺少值：应为\(typeName(type).chinese)")
        case let .keyNotFound(key, context):
            Wording("missing field '\(key.stringValue)' at \(path(context).english)", "\(path(context).chinese)处缺少字段“\(key.stringValue)”")
        case let .dataCorrupted(context):
            if let format = context.underlyingError as? FileFormatError {
                describe(format)
            } else if context.codingPath.isEmpty {
                Wording("not a readable property list (damaged or truncated)", "不是可读的属性列表（已损坏或不完整）")
            } else {
                // Foundation's own reason (an enum's unknown value …) is English: the Chinese
                // names the place alone.
                (context.underlyingError as? WordedError).map { Wording("bad value at \(path(context).english)", "\(path(context).chinese)处的值有误").then($0.wording) }
                    ?? Wording("bad value at \(path(context).english): \(context.debugDescription)", "\(path(context).chinese)处的值无效")
            }
        @unknown default:
            Wording("cannot be read: \(error)", "无法读取：\(error)")
        }
    }

    /// Where in the file: `record.decisions[0].yes` (quoted in Chinese), or the top level.
    private static func path(_ context: DecodingError.Context) -> Wording {
        let parts = context.codingPath.map { key in
            key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)"
        }
        let joined = String(parts.joined().drop { $0 == "." })
        return joined.isEmpty ? Wording("the top level", "顶层") : Wording(joined, "“\(joined)”")
    }

    private static func typeName(_ type: Any.Type) -> Wording {
        switch type {
        case is String.Type: Wording("text", "文本")
        case is Int.Type: Wording("a whole number", "整数")
        case is Bool.Type: Wording("true or false", "真或假")
        case is Date.Type: Wording("a date", "日期")
        case is [Any].Type: Wording("a list", "列表")
        default: Wording("a value of its own kind", "特定类型的值")
        }
    }
}
