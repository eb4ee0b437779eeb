import Foundation

/// An amount of money in fen (分), the smallest unit a register records. Never floating
/// point: 3,000.01 yuan is 300,001 fen exactly, and every sum is exact.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var fen: Int

    public init(fen: Int) {
        self.fen = fen
    }

    public static let zero = Money(fen: 0)

    /// Yuan with two decimals, as a register writes it: `15.00`, `-0.20`.
    public var description: String {
        let sign = fen < 0 ? "-" : ""
        let whole = abs(fen) / 100, cents = abs(fen) % 100
        return "\(sign)\(whole).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// Reads `3000`, `3000.5`, `3,000.01`, `¥3000.01`, `3000.01元`: digits, at most two
    /// decimals, no sign. Nil for anything else (a third decimal is not silently rounded).
    public init?(yuan text: String) {
        var digits = text.trimmingCharacters(in: .whitespaces)
        for mark in ["¥", "￥", "元", "RMB", ","] { digits = digits.replacingOccurrences(of: mark, with: "") }
        digits = digits.trimmingCharacters(in: .whitespaces)
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let wholeText = parts.first, !wholeText.isEmpty, wholeText.count <= 12,
              wholeText.allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int(wholeText) else { return nil }
        var cents = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            cents = Int(fraction)! * (fraction.count == 1 ? 10 : 1)
        }
        fen = whole * 100 + cents
    }

    public static func + (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen + rhs.fen) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen - rhs.fen) }
    public static func += (lhs: inout Money, rhs: Money) { lhs.fen += rhs.fen }
    public static func * (lhs: Money, rhs: Int) -> Money { Money(fen: lhs.fen * rhs) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }

    // Stored as a plain integer of fen.
    public init(from decoder: Decoder) throws {
        fen = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(fen)
    }
}
