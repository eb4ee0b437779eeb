/// Reads what follows an ESC byte from the terminal, by ECMA-48's grammar, so that a
/// sequence is always taken whole: CSI (`ESC [` … final byte), SS3 (`ESC O` x), the
/// string sequences OSC, DCS, SOS, PM and APC (up to BEL or `ESC \`), and the Linux
/// console's `ESC [ [` x. A known sequence becomes a key; any other is dropped. ESC
/// followed by an ordinary character (an Alt chord, or a stray ESC in pasted text) is
/// dropped with that character, so typed text never turns into commands.
public enum EscapeSequence {
    public enum Parse: Equatable, Sendable {
        /// More bytes are needed to finish the sequence.
        case incomplete
        /// The sequence is `length` scalars long (after the ESC) and means `event`, or nothing.
        case complete(Event?, length: Int)
        /// `ESC [200~`: a bracketed paste begins; the adapter reads up to `ESC [201~`.
        case pasteStart(length: Int)
    }

    /// The longest string sequence kept; a longer one is dropped as it goes.
    static let longest = 4096

    /// Parses `after`, the scalars that followed ESC.
    public static func parse(_ after: [UInt32]) -> Parse {
        guard let first = after.first else { return .incomplete }
        switch first {
        case 0x5B: return csi(after)
        case 0x4F:
            guard after.count >= 2 else { return .incomplete }
            return .complete(ss3(after[1]), length: 2)
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F:
            return stringSequence(after)
        case 0x1B, 0x00..<0x20:
            // ESC ESC, ESC Ctrl-x: this ESC means nothing; what follows is read on its own.
            return .complete(nil, length: 0)
        default:
            // An Alt chord or a stray ESC before text: both dropped.
            return .complete(nil, length: 1)
        }
    }

    private static func csi(_ after: [UInt32]) -> Parse {
        if after.count >= 2 && after[1] == 0x5B {
            // The Linux console's F1–F5: ESC [ [ A … E.
            guard after.count >= 3 else { return .incomplete }
            let event: Event? = (0x41...0x45).contains(after[2]) ? .key(.function(Int(after[2] - 0x40))) : nil
            return .complete(event, length: 3)
        }
        var index = 1
        while index < after.count {
            let byte = after[index]
            switch byte {
            case 0x20...0x3F:
                index += 1
                if index > 64 { return .complete(nil, length: index) }
            case 0x40...0x7E:
                let parameters = String(decoding: after[1..<index].map { UInt8($0) }, as: UTF8.self)
                if parameters == "200" && byte == 0x7E { return .pasteStart(length: index + 1) }
                return .complete(csiKey(parameters, final: byte), length: index + 1)
            default:
                // Not part of a sequence: what came so far is dropped, the byte is read on its own.
                return .complete(nil, length: index)
            }
        }
        return .incomplete
    }

    private static func csiKey(_ parameters: String, final: UInt32) -> Event? {
        if parameters.hasPrefix("<"), final == 0x4D || final == 0x6D { return sgrMouse(parameters.dropFirst(), release: final == 0x6D) }
        // Modifiers (`1;5A` is Ctrl-↑) are not told apart: the key is what matters here.
        let first = parameters.split(separator: ";").first.map(String.init) ?? ""
        switch final {
        case 0x41: return .key(.up)
        case 0x42: return .key(.down)
        case 0x43: return .key(.right)
        case 0x44: return .key(.left)
        case 0x48: return .key(.home)
        case 0x46: return .key(.end)
        case 0x5A: return .key(.backTab)
        case 0x50...0x53 where first == "1" || first.isEmpty: return .key(.function(Int(final - 0x4F)))
        case 0x7E:
            switch first {
            case "1", "7": return .key(.home)
            case "2": return .key(.insert)
            case "3": return .key(.delete)
            case "4", "8": return .key(.end)
            case "5": return .key(.pageUp)
            case "6": return .key(.pageDown)
            case "11", "12", "13", "14", "15": return .key(.function(Int(first)! - 10))
            case "17", "18", "19", "20", "21": return .key(.function(Int(first)! - 11))
            case "23", "24": return .key(.function(Int(first)! - 12))
            default: return nil
            }
        default:
            return nil
        }
    }

    /// `ESC [ < button ; column ; row M` (1-based): a press of the first button or a wheel turn.
    private static func sgrMouse(_ parameters: Substring, release: Bool) -> Event? {
        let numbers = parameters.split(separator: ";").compactMap { Int($0) }
        guard numbers.count == 3, !release, numbers[1] >= 1, numbers[2] >= 1 else { return nil }
        let at = Point(x: numbers[1] - 1, y: numbers[2] - 1)
        switch numbers[0] {
        case 0: return .mouse(MouseEvent(.press, at: at))
        case 64: return .mouse(MouseEvent(.wheelUp, at: at))
        case 65: return .mouse(MouseEvent(.wheelDown, at: at))
        default: return nil
        }
    }

    private static func ss3(_ byte: UInt32) -> Event? {
        switch byte {
        case 0x41: .key(.up)
        case 0x42: .key(.down)
        case 0x43: .key(.right)
        case 0x44: .key(.left)
        case 0x48: .key(.home)
        case 0x46: .key(.end)
        case 0x4D: .key(.enter)
        case 0x50...0x53: .key(.function(Int(byte - 0x4F)))
        default: nil
        }
    }

    /// OSC, DCS, SOS, PM, APC: up to BEL or ST (`ESC \`); never shown, never acted on.
    private static func stringSequence(_ after: [UInt32]) -> Parse {
        var index = 1
        while index < after.count {
            if after[index] == 0x07 { return .complete(nil, length: index + 1) }
            if after[index] == 0x1B {
                guard index + 1 < after.count else { return .incomplete }
                return .complete(nil, length: after[index + 1] == 0x5C ? index + 2 : index + 1)
            }
            index += 1
            if index > longest { return .complete(nil, length: index) }
        }
        return .incomplete
    }
}
