/// A message in both interface languages. Every failure partyday reports carries one,
/// made where the failure is known, so whoever shows it words it in the user's language
/// (nothing is translated afterwards by matching English text).
public struct Wording: Sendable, Hashable, Codable, CustomStringConvertible {
    public let english: String
    public let chinese: String

    public init(_ english: String, _ chinese: String) {
        self.english = english
        self.chinese = chinese
    }

    /// Words that read the same in both languages: a path, the system's own error text.
    public init(verbatim text: String) {
        self.init(text, text)
    }

    public func text(_ language: Language) -> String { language == .chinese ? chinese : english }

    public var description: String { english }

    /// Any error's words: its own when it has them (`WordedError`), else its description.
    public init(error: Error) {
        if let worded = error as? WordedError { self = worded.wording } else { self.init(verbatim: String(describing: error)) }
    }

    /// Two wordings one after the other, each language with its own joint.
    public func then(_ next: Wording, english joint: String = ": ", chinese chineseJoint: String = "：") -> Wording {
        Wording(english + joint + next.english, chinese + chineseJoint + next.chinese)
    }
}

/// A value in a file that is not what it must be, in both languages: thrown by a record's
/// decoder inside a `DecodingError`, so the file's problem can be worded in either.
public struct WordedValueIssue: WordedError, Sendable {
    public let wording: Wording
}

extension DecodingError {
    /// A `dataCorrupted` error at the container's place whose reason is worded in both languages.
    public static func worded<C: SingleValueDecodingContainer>(in container: C, _ wording: Wording) -> DecodingError {
        .dataCorrupted(Context(codingPath: container.codingPath, debugDescription: wording.english, underlyingError: WordedValueIssue(wording: wording)))
    }

    public static func worded<C: UnkeyedDecodingContainer>(in container: C, _ wording: Wording) -> DecodingError {
        .dataCorrupted(Context(codingPath: container.codingPath, debugDescription: wording.english, underlyingError: WordedValueIssue(wording: wording)))
    }
}

/// An error that says what went wrong in both languages.
public protocol WordedError: Error {
    var wording: Wording { get }
}

extension WordedError {
    /// The error in the interface language.
    public func text(_ language: Language) -> String { wording.text(language) }
}
