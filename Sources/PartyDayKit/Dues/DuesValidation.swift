import Foundation

/// What makes a dues record impossible to record — checked on every save and on every
/// read, so `check` names exactly what a save would refuse and no such value reaches a
/// register (a huge amount, a payment with no month, one filed in another year's file).
public enum DuesValidation {
    /// The most one payment may be (10,000,000.00 yuan); a form asks before anything over
    /// `paymentToAsk`.
    public static let largestPayment = Money(fen: 1_000_000_000)
    /// A payment a form asks about before saving: far more than a member's dues.
    public static let paymentToAsk = Money(fen: 10_000_000)
    /// The most one hand-over may be (1,000,000,000.00 yuan).
    public static let largestHandover = Money(fen: 100_000_000_000)

    public static func issue(_ dues: DuesYear, filedAs year: Int) -> Wording? {
        guard Day.supportedYears.contains(dues.year) else {
            return Wording("the year \(dues.year) is outside \(Day.supportedYears.lowerBound)–\(Day.supportedYears.upperBound)",
                           "年份 \(dues.year) 不在 \(Day.supportedYears.lowerBound)–\(Day.supportedYears.upperBound) 之间")
        }
        if dues.year != year {
            return Wording("holds the dues of \(dues.year), not of \(year)", "保存的是 \(dues.year) 年的党费，不是 \(year) 年的")
        }
        if let wrong = dues.payments.first(where: { $0.paidOn.year != dues.year }) {
            return Wording("payment \(wrong.id) was made in \(wrong.paidOn.year)", "交纳记录 \(wrong.id) 的交纳日期在 \(wrong.paidOn.year) 年")
        }
        if let problem = dues.payments.lazy.compactMap(issue).first { return problem }
        var seen = Set<String>()
        if let twice = dues.payments.first(where: { !seen.insert($0.id).inserted }) {
            return Wording("the payment id \(twice.id) is used twice", "交纳记录编号 \(twice.id) 重复使用")
        }
        if let wrong = dues.handovers.first(where: { $0.total < .zero || largestHandover < $0.total || $0.months.isEmpty }) {
            return Wording("hand-over \(wrong.id): the total is out of range or it names no month", "上缴记录 \(wrong.id)：金额超出范围或没有月份")
        }
        return nil
    }

    static func issue(_ payment: DuesPayment) -> Wording? {
        if payment.months.isEmpty { return Wording("payment \(payment.id) covers no month", "交纳记录 \(payment.id) 没有月份") }
        if payment.amount < .zero || largestPayment < payment.amount {
            return Wording("payment \(payment.id): the amount \(payment.amount) is out of range (0 to \(largestPayment) yuan)",
                           "交纳记录 \(payment.id)：金额 \(payment.amount) 超出范围（0 至 \(largestPayment) 元）")
        }
        if Set(payment.months).count != payment.months.count { return Wording("payment \(payment.id) names a month twice", "交纳记录 \(payment.id) 重复列出同一月份") }
        return nil
    }

    public static func issue(_ bases: [MemberDuesBasis]) -> Wording? {
        for entry in bases {
            for basis in entry.history {
                if let problem = basis.problem { return Wording(verbatim: entry.memberID).then(problem) }
            }
        }
        return nil
    }
}
