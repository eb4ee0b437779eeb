import Foundation
import PartyDayKit

/// Somebody a person field can pick: a member or a guest.
public struct PersonCandidate: Equatable, Sendable {
    public var person: PersonRef
    /// Shown after the name: a guest's title, a member's group.
    public var detail: String

    public init(person: PersonRef, detail: String = "") {
        self.person = person
        self.detail = detail
    }
}

/// One labelled input in a form.
public struct FormField: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case text(required: Bool)
        case multiline
        case day(required: Bool)
        case dateTime(required: Bool)
        /// A whole number within the range; anything else is refused with the range.
        case number(ClosedRange<Int>)
        /// A time of day: `14:30`, `9点半` (`DateInput.time`).
        case time(required: Bool)
        case choice([String])
        case toggle
        case multiChoice([String])
        case person(required: Bool)
    }

    public var key: FieldKey
    public var label: String
    public var kind: Kind
    public var input: TextField
    /// For choice and toggle (0 or 1) fields.
    public var choice = 0
    /// For multi-choice fields; `choice` is the highlighted option.
    public var chosen: Set<Int> = []
    /// For person fields: the highlighted candidate among the matches.
    public var pick = 0
    /// The person a person field was given from the start (kept while its text is unchanged).
    public var person: PersonRef?

    public init(_ key: FieldKey, _ label: String, _ kind: Kind, value: String = "") {
        self.key = key
        self.label = label
        self.kind = kind
        self.input = TextField(value, multiline: kind == .multiline)
    }

    public static func choice(_ key: FieldKey, _ label: String, _ options: [String], selected: Int) -> FormField {
        var field = FormField(key, label, .choice(options))
        field.choice = min(max(0, selected), max(0, options.count - 1))
        return field
    }

    public static func toggle(_ key: FieldKey, _ label: String, on: Bool) -> FormField {
        var field = FormField(key, label, .toggle)
        field.choice = on ? 1 : 0
        return field
    }

    public static func multiChoice(_ key: FieldKey, _ label: String, _ options: [String], chosen: Set<Int>) -> FormField {
        var field = FormField(key, label, .multiChoice(options))
        field.chosen = chosen
        return field
    }

    public static func person(_ key: FieldKey, _ label: String, _ person: PersonRef?, required: Bool) -> FormField {
        var field = FormField(key, label, .person(required: required), value: person?.name ?? "")
        field.person = person
        return field
    }

    /// Rows the field takes in the form.
    var height: Int {
        switch kind {
        case .multiline: 4
        case let .multiChoice(options): options.count
        default: 1
        }
    }

    var takesText: Bool {
        switch kind {
        case .choice, .toggle, .multiChoice: false
        default: true
        }
    }
}
