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

/// What the store refuses to do, in words a secretary can act on.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Another process holds the data folder.
    case locked(folder: String, holder: String)
    /// A file that failed to load is never overwritten.
    case protectedFile(FileProblem)
    case readOnly(folder: String)
    case noSuchMeeting(id: String)
    case io(path: String, message: String)

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
        }
    }
}
