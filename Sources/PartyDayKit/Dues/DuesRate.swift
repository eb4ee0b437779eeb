/// The rate table of the 2008 regulation: the share of the whole base (not bracket by
/// bracket like tax), rounded half up to the fen.
public enum DuesRate {
    /// Thousandths of the base, for in-service members: ≤ 3,000 → 0.5 %, ≤ 5,000 → 1 %,
    /// ≤ 10,000 → 1.5 %, above → 2 %.
    public static func perMille(inService base: Money) -> Int {
        switch base.fen {
        case ...300_000: 5
        case ...500_000: 10
        case ...1_000_000: 15
        default: 20
        }
    }

    /// Retired members: ≤ 5,000 → 0.5 %, above → 1 %.
    public static func perMille(retired pension: Money) -> Int {
        pension.fen <= 500_000 ? 5 : 10
    }

    /// The rate of a basis in thousandths, or nil where the amount is fixed.
    public static func perMille(_ basis: DuesBasis) -> Int? {
        switch basis.kind {
        case .inService: basis.base.map(perMille(inService:))
        case .retired: basis.base.map(perMille(retired:))
        case .fixed, .reduced, .exempt: nil
        }
    }

    /// The monthly amount due under a basis; nil when the basis lacks its figure.
    public static func monthly(_ basis: DuesBasis) -> Money? {
        switch basis.kind {
        case .inService, .retired:
            guard let base = basis.base, let rate = perMille(basis) else { return nil }
            return share(of: base, perMille: rate)
        case .fixed, .reduced: return basis.amount
        case .exempt: return .zero
        }
    }

    /// `perMille` thousandths of `base`, rounded half up to the fen, in integers only.
    public static func share(of base: Money, perMille: Int) -> Money {
        // Saturating: a base from a file is bounded (Money.fileLimit), so this never nears the edge.
        Money(fen: (base * perMille + Money(fen: 500)).fen / 1000)
    }

    /// "1.5 %", "0.5 %", for a register.
    public static func text(perMille: Int) -> String {
        perMille % 10 == 0 ? "\(perMille / 10) %" : "\(perMille / 10).\(perMille % 10) %"
    }
}
