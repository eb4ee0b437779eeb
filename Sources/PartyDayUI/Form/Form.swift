import Foundation
import PartyDayKit

/// A modal form: labelled fields, one focused, validated on submit. What happens on
/// submit is decided by `purpose`, in the screen that opened it.
public struct Form: Equatable, Sendable {
    public var purpose: FormPurpose
    public var title: String
    public var fields: [FormField]
    public var focus = 0
    public var error: String?
    /// People that person fields can pick from.
    public var candidates: [PersonCandidate] = []

    public init(_ purpose: FormPurpose, title: String, fields: [FormField], candidates: [PersonCandidate] = []) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
        self.candidates = candidates
    }

    public enum Outcome: Equatable, Sendable {
        case editing
        case cancelled
        case submitted
    }

    /// Handles one event. Enter on a one-line field moves on, and on the last field submits;
    /// Ctrl-S or F2 submits from anywhere; Esc cancels.
    public mutating func handle(_ event: Event, strings: Strings, pinyin: [String: PinyinKey]) -> Outcome {
        error = nil
        guard !fields.isEmpty else { return event == .key(.escape) ? .cancelled : .submitted }
        switch event {
        case .key(.escape):
            return .cancelled
        case .key(.control("s")), .key(.function(2)):
            return submitIfValid(strings)
        case .key(.tab):
            acceptPick(pinyin)
            focus = (focus + 1) % fields.count
        case .key(.backTab):
            acceptPick(pinyin)
            focus = (focus + fields.count - 1) % fields.count
        case .key(.enter) where fields[focus].kind != .multiline:
            acceptPick(pinyin)
            if focus == fields.count - 1 { return submitIfValid(strings) }
            focus += 1
        case .key(.down) where fields[focus].kind != .multiline:
            if case .person = fields[focus].kind, !matches(focus, pinyin).isEmpty {
                fields[focus].pick = min(fields[focus].pick + 1, matches(focus, pinyin).count - 1)
            } else if case .multiChoice = fields[focus].kind, fields[focus].choice < optionCount(focus) - 1 {
                fields[focus].choice += 1
            } else {
                acceptPick(pinyin)
                focus = min(fields.count - 1, focus + 1)
            }
        case .key(.up) where fields[focus].kind != .multiline:
            if case .person = fields[focus].kind, fields[focus].pick > 0 {
                fields[focus].pick -= 1
            } else if case .multiChoice = fields[focus].kind, fields[focus].choice > 0 {
                fields[focus].choice -= 1
            } else {
                acceptPick(pinyin)
                focus = max(0, focus - 1)
            }
        default:
            editFocused(event)
        }
        return .editing
    }

    private mutating func editFocused(_ event: Event) {
        var field = fields[focus]
        switch field.kind {
        case let .choice(options):
            switch event {
            case .key(.left): field.choice = (field.choice + options.count - 1) % max(1, options.count)
            case .key(.right), .text(" "): field.choice = (field.choice + 1) % max(1, options.count)
            case let .text(typed) where Int(typed).map { (1...options.count).contains($0) } == true:
                field.choice = Int(typed)! - 1
            default: break
            }
        case .toggle:
            if event == .text(" ") || event == .key(.left) || event == .key(.right) { field.choice = 1 - field.choice }
        case let .multiChoice(options):
            switch event {
            case .text(" "):
                if field.chosen.contains(field.choice) { field.chosen.remove(field.choice) } else { field.chosen.insert(field.choice) }
            case let .text(typed) where Int(typed).map { (1...options.count).contains($0) } == true:
                let index = Int(typed)! - 1
                field.choice = index
                if field.chosen.contains(index) { field.chosen.remove(index) } else { field.chosen.insert(index) }
            default: break
            }
        case .person:
            let before = field.input.text
            _ = field.input.handle(event)
            if field.input.text != before {
                field.person = nil
                field.pick = 0
            }
        default:
            _ = field.input.handle(event)
        }
        fields[focus] = field
    }

    private func optionCount(_ index: Int) -> Int {
        if case let .multiChoice(options) = fields[index].kind { return options.count }
        return 0
    }

    /// The candidates matching what was typed into person field `index`.
    func matches(_ index: Int, _ pinyin: [String: PinyinKey]) -> [PersonCandidate] {
        let query = fields[index].input.text
        guard fields[index].person == nil, !query.isEmpty else { return [] }
        return candidates.filter { NameMatcher.matches(query, name: $0.person.name, key: pinyin[$0.person.name]) }
    }

    /// Leaving a person field takes the highlighted match.
    private mutating func acceptPick(_ pinyin: [String: PinyinKey]) {
        guard case .person = fields[focus].kind else { return }
        let found = matches(focus, pinyin)
        if !found.isEmpty {
            let chosen = found[min(fields[focus].pick, found.count - 1)].person
            fields[focus].person = chosen
            fields[focus].input.set(chosen.name)
        }
    }

    private mutating func submitIfValid(_ strings: Strings) -> Outcome {
        for index in fields.indices {
            if let problem = problem(in: index, strings) {
                focus = index
                error = strings.fieldProblem(fields[index].label, problem)
                return .editing
            }
        }
        return .submitted
    }

    private func problem(in index: Int, _ strings: Strings) -> String? {
        let field = fields[index]
        let text = field.input.text.trimmingCharacters(in: .whitespaces)
        switch field.kind {
        case .text(required: true), .person(required: true):
            return text.isEmpty ? strings.required : nil
        case let .day(required):
            if text.isEmpty { return required ? strings.required : nil }
            return Day(text) == nil ? strings.badDay(text) : nil
        case let .dateTime(required):
            if text.isEmpty { return required ? strings.required : nil }
            return DateText.parseDateTime(text, in: TimeZone(identifier: "UTC")!) == nil ? strings.badDateTime(text) : nil
        case .number:
            if text.isEmpty { return nil }
            return Int(text).map { $0 < 0 } ?? true ? strings.badNumber(text) : nil
        case .multiChoice:
            return field.chosen.isEmpty ? strings.chooseOne : nil
        default:
            return nil
        }
    }

    // MARK: Reading values after submit

    public func text(_ key: String) -> String {
        field(key)?.input.text.trimmingCharacters(in: field(key)?.kind == .multiline ? .whitespacesAndNewlines : .whitespaces) ?? ""
    }

    public func day(_ key: String) -> Day? { Day(text(key)) }

    public func date(_ key: String, in zone: TimeZone) -> Date? { DateText.parseDateTime(text(key), in: zone) }

    public func number(_ key: String) -> Int { Int(text(key)) ?? 0 }

    public func choice(_ key: String) -> Int { field(key)?.choice ?? 0 }

    public func isOn(_ key: String) -> Bool { field(key)?.choice == 1 }

    public func chosen(_ key: String) -> Set<Int> { field(key)?.chosen ?? [] }

    /// The picked person, or a person known by name only when nobody matched.
    public func person(_ key: String) -> PersonRef? {
        guard let field = field(key) else { return nil }
        if let person = field.person, person.name == field.input.text { return person }
        let name = text(key)
        return name.isEmpty ? nil : PersonRef(name: name)
    }

    private func field(_ key: String) -> FormField? { fields.first { $0.key == key } }
}
