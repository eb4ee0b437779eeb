import Foundation

/// A file that could not be used, and why. The store never writes over such a file.
public struct FileProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// Path relative to the data folder, e.g. `meetings/2026/2026-11-10-theme-party-day-1a2b3c4d.plist`.
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

extension StoreError {
    /// One decimal: 12.5 MiB.
    static func mebibytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10)"
    }
}

/// What the store refuses to do, in words a secretary can act on.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Another process holds the data folder.
    case locked(folder: String, holder: String)
    /// A file that failed to load is never overwritten.
    case protectedFile(FileProblem)
    case readOnly(folder: String)
    case noSuchMeeting(id: String)
    case io(path: String, message: String)
    /// A record that must not be written as it is (a date or a count out of range).
    case invalid(path: String, message: String)
    /// The encoded record is over the size every reader accepts: nothing was written.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// The data folder was deleted or moved while partyday ran: it is not re-created.
    case folderGone(folder: String)

    public var description: String {
        switch self {
        case let .locked(folder, holder):
            "the data folder \(folder) is in use by \(holder); close that partyday first (or open this one read-only)"
        case let .protectedFile(problem):
            "will not write over \(problem.path): \(problem.message). Move or repair that file first; it has been left untouched"
        case let .readOnly(folder):
            "the data folder \(folder) is open read-only in this process; nothing was written"
        case let .noSuchMeeting(id):
            "no meeting with id \(id)"
        case let .io(path, message):
            "\(path): \(message)"
        case let .invalid(path, message):
            "\(path): \(message); nothing was written"
        case let .tooLarge(path, bytes, limit):
            "\(path) would be \(StoreError.mebibytes(bytes)) MiB, over the \(StoreError.mebibytes(limit)) MiB a record may have; nothing was written"
        case let .folderGone(folder):
            "the data folder \(folder) was deleted or moved while partyday was running; nothing is written there and it is not re-created"
        }
    }
}
