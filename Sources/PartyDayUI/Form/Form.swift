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
    /// A warning the last save showed that saving again overrides ("more than a third
    /// 优秀 … save again to keep it"): kept while no field's value changes (`error` itself
    /// clears on every key, so it cannot say whether the user already saw it).
    public var warned: String?
    /// People that person fields can pick from.
    public var candidates: [PersonCandidate] = []
    /// Person fields whose text matches nobody and whose saving as a plain name was
    /// already asked about: the next save keeps it.
    public var unlinkedConfirmed: Set<FieldKey> = []
    /// The day "today", "11-10" (this year) and the other short forms of a date refer to;
    /// the program sets it before each key.
    public var today = Day(year: 2000, month: 1, day: 1)!
    /// Where set, a time typed alone in a day-and-time field ("16:30", "16点") is on this
    /// day: the end of a meeting written up afterwards is on the meeting's day, not today.
    public var dayOfBareTimes: Day?

    /// Whether the user saved again after `warning` was shown, with nothing changed since.
    public func overrides(_ warning: String) -> Bool { warned == warning }

    /// The form again with `warning` shown; saving it again unchanged goes ahead.
    public func warning(_ warning: String) -> Form {
        var shown = self
        shown.error = warning
        shown.warned = warning
        return shown
    }

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

    /// Handles one event: a key declared in the form's bindings (`KeyScope.form`), else
    /// an edit of the focused field.
    public mutating func handle(_ event: Event, strings: Strings, pinyin: [String: PinyinKey]) -> Outcome {
        error = nil
        guard !fields.isEmpty else { return event == .key(.escape) ? .cancelled : .submitted }
        if let stroke = KeyStroke(event), case let .form(command)? = KeyScope.form.action(for: stroke),
           let outcome = perform(command, strings: strings, pinyin: pinyin) {
            return outcome
        }
        let before = fields[focus]
        editFocused(event)
        if fields[focus] != before { warned = nil }
        return .editing
    }

    /// Nil when the command does not apply to the focused field (Enter in a multi-line
    /// field is a new line), so the field gets the key.
    private mutating func perform(_ command: FormCommand, strings: Strings, pinyin: [String: PinyinKey]) -> Outcome? {
        let kind = fields[focus].kind
        switch command {
        case .cancel:
            return .cancelled
        case .submit:
            // The highlighted name is the one saved, as with Tab and Enter.
            acceptPick(pinyin)
            return submitIfValid(strings)
        case .nextField:
            acceptPick(pinyin)
            focus = (focus + 1) % fields.count
        case .previousField:
            acceptPick(pinyin)
            focus = (focus + fields.count - 1) % fields.count
        case .enter:
            guard kind != .multiline else { return nil }
            acceptPick(pinyin)
            if focus == fields.count - 1 { return submitIfValid(strings) }
            focus += 1
        case .down:
            guard kind != .multiline else { return nil }
            if case .person = kind, !matches(focus, pinyin).isEmpty {
                fields[focus].pick = min(fields[focus].pick + 1, matches(focus, pinyin).count - 1)
            } else if case .multiChoice = kind, fields[focus].choice < optionCount(focus) - 1 {
                fields[focus].choice += 1
            } else {
                acceptPick(pinyin)
                focus = min(fields.count - 1, focus + 1)
            }
        case .up:
            guard kind != .multiline else { return nil }
            if case .person = kind, fields[focus].pick > 0 {
                fields[focus].pick -= 1
            } else if case .multiChoice = kind, fields[focus].choice > 0 {
                fields[focus].choice -= 1
            } else {
                acceptPick(pinyin)
                focus = max(0, focus - 1)
            }
        case .previousOption, .nextOption, .toggleOption, .pickNumber:
            return nil
        }
        return .editing
    }

    /// Choice, toggle and checkbox fields take the option keys (`KeyScope.formOptions`);
    /// the others are text.
    private mutating func editFocused(_ event: Event) {
        var field = fields[focus]
        let stroke = KeyStroke(event)
        var command: FormCommand?
        if let stroke, case let .form(found)? = KeyScope.formOptions.action(for: stroke) { command = found }
        let number: Int? = if case let .char(digit)? = stroke { digit.wholeNumberValue } else { nil }
        switch field.kind {
        case let .choice(options):
            switch command {
            case .previousOption: field.choice = (field.choice + options.count - 1) % max(1, options.count)
            case .nextOption, .toggleOption: field.choice = (field.choice + 1) % max(1, options.count)
            case .pickNumber: if let number, (1...options.count).contains(number) { field.choice = number - 1 }
            default: break
            }
        case .toggle:
            if [.previousOption, .nextOption, .toggleOption].contains(command) { field.choice = 1 - field.choice }
        case let .multiChoice(options):
            switch command {
            case .toggleOption:
                if field.chosen.contains(field.choice) { field.chosen.remove(field.choice) } else { field.chosen.insert(field.choice) }
            case .pickNumber:
                if let number, (1...options.count).contains(number) {
                    field.choice = number - 1
                    if field.chosen.contains(number - 1) { field.chosen.remove(number - 1) } else { field.chosen.insert(number - 1) }
                }
            default: break
            }
        case .person:
            let before = field.input.text
            _ = field.input.handle(event)
            if field.input.text != before {
                field.person = nil
                field.pick = 0
                unlinkedConfirmed.remove(field.key)
            }
        case .text, .multiline, .day, .dateTime, .number, .time:
            _ = field.input.handle(event)
        }
        fields[focus] = field
    }

    private func optionCount(_ index: Int) -> Int {
        if case let .multiChoice(options) = fields[index].kind { return options.count }
        return 0
    }

    /// The candidates matching what was typed into person field `index`, best first
    /// (`NameMatcher.Query.rank`), in roster order among equals.
    func matches(_ index: Int, _ pinyin: [String: PinyinKey]) -> [PersonCandidate] {
        let query = fields[index].input.text
        guard fields[index].person == nil, !query.isEmpty else { return [] }
        let prepared = NameMatcher.Query(query)
        return candidates.enumerated()
            .compactMap { offset, candidate in prepared.rank(name: candidate.person.name, key: pinyin[candidate.person.name]).map { ($0, offset, candidate) } }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .map(\.2)
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
        // A name that is nobody on the list is kept only once the secretary has seen so.
        for index in fields.indices where !candidates.isEmpty {
            guard case .person = fields[index].kind, let person = person(fields[index].key), person.memberID == nil,
                  !candidates.contains(where: { $0.person.name == person.name }),
                  !unlinkedConfirmed.contains(fields[index].key) else { continue }
            unlinkedConfirmed.insert(fields[index].key)
            focus = index
            error = strings.unlinkedPerson(fields[index].label, person.name)
            return .editing
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
            return DateInput.day(text, today: today) == nil ? strings.badDay(text) : nil
        case let .dateTime(required):
            if text.isEmpty { return required ? strings.required : nil }
            return dateTime(text, in: TimeZone(identifier: "UTC")!) == nil ? strings.badDateTime(text) : nil
        case let .time(required):
            if text.isEmpty { return required ? strings.required : nil }
            return DateInput.time(text) == nil ? strings.badTime(text) : nil
        case let .number(range):
            if text.isEmpty { return nil }
            // Digits only: Int("+5") and overlong input are refused alike, with the range.
            guard text.count <= 9, text.allSatisfy(\.isASCIIDigit), let value = Int(text), range.contains(value) else {
                return strings.badNumber(text, range)
            }
            return nil
        case .multiChoice:
            return field.chosen.isEmpty ? strings.chooseOne : nil
        default:
            return nil
        }
    }

    // MARK: Reading values after submit

    public func text(_ key: FieldKey) -> String {
        field(key)?.input.text.trimmingCharacters(in: field(key)?.kind == .multiline ? .whitespacesAndNewlines : .whitespaces) ?? ""
    }

    public func day(_ key: FieldKey) -> Day? { DateInput.day(text(key), today: today) }

    public func date(_ key: FieldKey, in zone: TimeZone) -> Date? { dateTime(text(key), in: zone) }

    private func dateTime(_ text: String, in zone: TimeZone) -> Date? {
        if let day = dayOfBareTimes, let minutes = DateInput.time(text) {
            return day.start(in: zone).addingTimeInterval(Double(minutes * 60))
        }
        return DateInput.dateTime(text, today: today, in: zone)
    }

    /// The number typed (0 when empty); submit has already refused one outside its range.
    public func number(_ key: FieldKey) -> Int { text(key).count <= 9 ? Int(text(key)) ?? 0 : 0 }

    /// Minutes after midnight of a time field; nil when it is empty.
    public func minutes(_ key: FieldKey) -> Int? { DateInput.time(text(key)) }

    public func choice(_ key: FieldKey) -> Int { field(key)?.choice ?? 0 }

    public func isOn(_ key: FieldKey) -> Bool { field(key)?.choice == 1 }

    public func chosen(_ key: FieldKey) -> Set<Int> { field(key)?.chosen ?? [] }

    /// The picked person, or a person known by name only when nobody matched.
    public func person(_ key: FieldKey) -> PersonRef? {
        guard let field = field(key) else { return nil }
        if let person = field.person, person.name == field.input.text { return person }
        let name = text(key)
        return name.isEmpty ? nil : PersonRef(name: name)
    }

    private func field(_ key: FieldKey) -> FormField? { fields.first { $0.key == key } }
}
