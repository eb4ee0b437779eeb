import PartyDayKit

/// One key as a binding names it: a special key, or a typed character (case matters:
/// `p` marks present, `P` marks everyone left).
public enum KeyStroke: Hashable, Sendable {
    case key(Key)
    case char(Character)

    /// The stroke an event is, if it is a single key or character.
    public init?(_ event: Event) {
        switch event {
        case let .key(key): self = .key(key)
        case let .text(typed) where typed.count == 1: self = .char(typed.first!)
        default: return nil
        }
    }

    /// As people write it: `↑`, `Enter`, `Ctrl-S`, `Space`, `n`.
    public func name(_ language: Language) -> String {
        switch self {
        case .char(" "): return language == .chinese ? "空格" : "Space"
        case let .char(character): return String(character)
        case let .key(key):
            switch key {
            case .up: return "↑"
            case .down: return "↓"
            case .left: return "←"
            case .right: return "→"
            case .home: return "Home"
            case .end: return "End"
            case .pageUp: return "PgUp"
            case .pageDown: return "PgDn"
            case .enter: return "Enter"
            case .tab: return "Tab"
            case .backTab: return "Shift-Tab"
            case .backspace: return "Backspace"
            case .delete: return "Del"
            case .escape: return "Esc"
            case .insert: return "Ins"
            case let .function(number): return "F\(number)"
            case let .control(letter): return "Ctrl-\(letter.uppercased())"
            }
        }
    }

    /// Typed characters are set in code in Markdown; named keys are plain.
    func markdown(_ language: Language) -> String {
        if case let .char(character) = self, character != " " { return "`\(character)`" }
        return name(language)
    }
}
