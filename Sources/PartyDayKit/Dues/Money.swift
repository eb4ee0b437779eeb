import Foundation

/// An amount of money in fen (分), the smallest unit a register records. Never floating
/// point: 3,000.01 yuan is 300,001 fen exactly, and every sum is exact.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var fen: Int

    public init(fen: Int) {
        self.fen = fen
    }

    public static let zero = Money(fen: 0)

    /// The most a file may hold in one amount (100,000,000,000.00 yuan): far past any
    /// branch's dues, and small enough that no sum of a register can overflow. A file
    /// with more is damaged (named by `check`, never read into a sum).
    public static let fileLimit = Money(fen: 10_000_000_000_000)

    /// Yuan with two decimals, as a register writes it: `15.00`, `-0.20`.
    public var description: String {
        let sign = fen < 0 ? "-" : ""
        // `magnitude`, not `abs`: abs(Int.min) traps.
        let whole = fen.magnitude / 100, cents = fen.magnitude % 100
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

    // Sums and products saturate instead of trapping: no value in a file or a form can
    // crash a register (amounts are bounded long before, see `fileLimit`).
    public static func + (lhs: Money, rhs: Money) -> Money { Money(fen: saturating(lhs.fen.addingReportingOverflow(rhs.fen), sign: rhs.fen)) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(fen: saturating(lhs.fen.subtractingReportingOverflow(rhs.fen), sign: -rhs.fen.signum())) }
    public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }
    public static func * (lhs: Money, rhs: Int) -> Money {
        Money(fen: saturating(lhs.fen.multipliedReportingOverflow(by: rhs), sign: lhs.fen.signum() * rhs.signum()))
    }

    /// `value × numerator ÷ denominator` (a share of a hand-over, a rate of a base) without
    /// overflowing on the way; the result saturates when it does not fit.
    public static func scaled(_ value: Money, by numerator: Int, over denominator: Int) -> Money {
        guard denominator != 0 else { return .zero }
        let product = value.fen.multipliedFullWidth(by: numerator)
        let sign = value.fen.signum() * numerator.signum() * denominator.signum()
        // The quotient fits when the high half is small next to the divisor.
        guard product.high.magnitude < denominator.magnitude / 2 else { return Money(fen: sign < 0 ? .min : .max) }
        return Money(fen: denominator.dividingFullWidth(product).quotient)
    }

    private static func saturating(_ result: (partialValue: Int, overflow: Bool), sign: Int) -> Int {
        result.overflow ? (sign < 0 ? .min : .max) : result.partialValue
    }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }

    // Stored as a plain integer of fen.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        fen = try container.decode(Int.self)
        guard fen.magnitude <= Money.fileLimit.fen.magnitude else {
            throw DecodingError.worded(in: container, Wording("\(fen) fen is past any amount a register holds (\(Money.fileLimit) yuan at most)",
                                                              "\(fen) 分超出登记表可能的金额（最多 \(Money.fileLimit) 元）"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(fen)
    }
}
