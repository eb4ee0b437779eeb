import Foundation

/// A file that could not be used, and why. The store never writes over such a file.
public struct FileProblem: WordedError, Equatable, Sendable, CustomStringConvertible {
    /// Path relative to the data folder, e.g. `meetings/2026/2026-11-10-theme-party-day-1a2b3c4d.plist`.
    public var path: String
    /// What is wrong with it, in both languages.
    public var reason: Wording

    public init(path: String, _ reason: Wording) {
        self.path = path
        self.reason = reason
    }

    /// A failure met reading `path`: the problem itself when it is one, else the error's words.
    public init(path: String, error: Error) {
        if let problem = error as? FileProblem { self = problem } else { self.init(path: path, Wording(error: error)) }
    }

    /// The reason in English (what logs and tests read).
    public var message: String { reason.english }

    public var description: String { "\(path): \(message)" }

    public var wording: Wording { Wording(verbatim: path).then(reason) }
}
