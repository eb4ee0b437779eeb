import PartyDayKit

/// A text in both interface languages, for declarations that must serve both (the
/// bindings, which also write `Docs/KEYS.md` and `Docs/KEYS.zh.md`).
public struct Phrase: Sendable, Equatable {
    public let en: String
    public let zh: String

    public init(_ en: String, _ zh: String) {
        self.en = en
        self.zh = zh
    }

    public func text(_ language: Language) -> String { language == .chinese ? zh : en }
}

/// What a key does. Screens act on the whole program state; forms and text fields act on
/// themselves, so their bindings name a command the form or field performs.
public enum KeyAction: Sendable {
    case app(@Sendable (inout AppState, KeyStroke, inout [Effect]) -> Void)
    case form(FormCommand)
    case text(TextCommand)
}

/// One key binding, declared once: dispatch, the `?` help, the hint bar and the key
/// reference (`partyday keys`, Docs/KEYS.md) are all read from it.
public struct KeyBinding: Sendable {
    public let keys: [KeyStroke]
    /// How the keys are written when listing them one by one would be long (`1–7`).
    public let keyText: String?
    /// A word or two for the hint bar.
    public let label: Phrase
    /// A line for the help box and the key reference.
    public let help: Phrase
    /// Its rank in the hint bar (1 first); nil keeps it out of the bar.
    public let hint: Int?
    /// Refused, with a message, when another partyday holds the folder.
    public let writes: Bool
    /// When it applies; nil means always. A binding that does not apply is neither
    /// dispatched nor shown.
    public let when: (@Sendable (AppState) -> Bool)?
    public let action: KeyAction
    /// Why the binding, though it belongs here, cannot act now ("no meeting selected");
    /// nil when it can. A disabled key says so when pressed and in `?` (lazygit's
    /// disabled reasons), instead of doing nothing.
    public private(set) var disabledReason: (@Sendable (AppState) -> Phrase?)?
    /// What the hint bar shows for it in English and in Chinese, with its width: worked
    /// out once, since the bar is fitted on every frame.
    let hintItems: [Language: (text: String, width: Int)]

    public init(_ keys: [KeyStroke], keyText: String? = nil, label: Phrase, help: Phrase, hint: Int? = nil, writes: Bool = false,
                when: (@Sendable (AppState) -> Bool)? = nil, action: KeyAction) {
        self.keys = keys
        self.keyText = keyText
        self.label = label
        self.help = help
        self.hint = hint
        self.writes = writes
        self.when = when
        self.action = action
        var items: [Language: (text: String, width: Int)] = [:]
        if hint != nil {
            for language in [Language.english, .chinese] {
                let text = Self.shortKeyName(keys, keyText: keyText, language) + " " + label.text(language)
                items[language] = (text, displayWidth(text))
            }
        }
        hintItems = items
    }

    /// A binding whose action is on the program state.
    public init(_ keys: [KeyStroke], keyText: String? = nil, label: Phrase, help: Phrase, hint: Int? = nil, writes: Bool = false,
                when: (@Sendable (AppState) -> Bool)? = nil,
                _ perform: @escaping @Sendable (inout AppState, KeyStroke, inout [Effect]) -> Void) {
        self.init(keys, keyText: keyText, label: label, help: help, hint: hint, writes: writes, when: when, action: .app(perform))
    }

    func applies(to state: AppState) -> Bool { when?(state) ?? true }

    /// The same binding, disabled with a reason whenever `reason` gives one.
    public func disabled(_ reason: @escaping @Sendable (AppState) -> Phrase?) -> KeyBinding {
        var copy = self
        copy.disabledReason = reason
        return copy
    }

    /// Why it cannot act now, in the interface language: its own reason, else the
    /// read-only refusal for a key that writes.
    func whyDisabled(in state: AppState) -> String? {
        if let reason = disabledReason?(state) { return reason.text(state.strings.language) }
        if writes && !state.writable { return state.readOnlyRefusal }
        return nil
    }

    /// The keys as the hint bar and help write them.
    public func keyName(_ language: Language) -> String {
        keyText ?? keys.map { $0.name(language) }.joined(separator: " ")
    }

    /// The keys for the hint bar, where room is short: `y` stands for `y Y`.
    func shortKeyName(_ language: Language) -> String { Self.shortKeyName(keys, keyText: keyText, language) }

    private static func shortKeyName(_ keys: [KeyStroke], keyText: String?, _ language: Language) -> String {
        if let keyText { return keyText }
        let shown = keys.filter { key in
            guard case let .char(character) = key, character.isUppercase,
                  let lower = character.lowercased().first else { return true }
            return !keys.contains(.char(lower))
        }
        return shown.map { $0.name(language) }.joined(separator: " ")
    }

    func keyMarkdown(_ language: Language) -> String {
        keyText.map { "`\($0)`" } ?? keys.map { $0.markdown(language) }.joined(separator: " ")
    }
}

/// Shorthands for declaring keys.
extension KeyStroke {
    static func chars(_ characters: String) -> [KeyStroke] { characters.map { .char($0) } }
}
