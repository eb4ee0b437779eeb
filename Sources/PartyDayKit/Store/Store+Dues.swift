import Foundation

/// The dues files: `dues/bases.plist` (each member's bases over time) and one
/// `dues/YYYY.plist` per calendar year of payments and hand-overs. Saving a payment
/// rewrites only its year's file.
extension Store {
    static let duesFolder = "dues"
    static let duesBasesFile = "dues/bases.plist"

    static func duesYearFile(_ year: Int) -> String { "dues/\(year).plist" }

    /// Every member's bases; empty when none are recorded yet.
    public func loadDuesBases() throws -> [MemberDuesBasis] {
        try loadRecord([MemberDuesBasis].self, kind: .duesBases, path: Store.duesBasesFile) ?? []
    }

    public func save(_ bases: [MemberDuesBasis]) throws {
        for entry in bases {
            for basis in entry.history {
                if let problem = basis.problem { throw StoreError.invalid(path: Store.duesBasesFile, message: Wording(verbatim: entry.memberID).then(problem)) }
            }
        }
        try AtomicFile.makeFolder(url(Store.duesFolder))
        try writeRecord(bases.sorted { $0.memberID < $1.memberID }.sanitized(), kind: .duesBases, path: Store.duesBasesFile)
    }

    /// The payments and hand-overs of `year`; empty when the year has none.
    public func loadDues(year: Int) throws -> DuesYear {
        try loadRecord(DuesYear.self, kind: .duesYear, path: Store.duesYearFile(year)) ?? DuesYear(year: year)
    }

    public func save(_ dues: DuesYear) throws {
        guard Day.supportedYears.contains(dues.year) else {
            throw StoreError.invalid(path: Store.duesYearFile(dues.year), message: Wording("the year is outside \(Day.supportedYears.lowerBound)–\(Day.supportedYears.upperBound)", "年份不在 \(Day.supportedYears.lowerBound)–\(Day.supportedYears.upperBound) 之间"))
        }
        if let wrong = dues.payments.first(where: { $0.paidOn.year != dues.year }) {
            throw StoreError.invalid(path: Store.duesYearFile(dues.year), message: Wording("payment \(wrong.id) was made in \(wrong.paidOn.year)", "交纳记录 \(wrong.id) 的交纳日期在 \(wrong.paidOn.year) 年"))
        }
        if let problem = dues.payments.lazy.compactMap(\.problem).first {
            throw StoreError.invalid(path: Store.duesYearFile(dues.year), message: problem)
        }
        try AtomicFile.makeFolder(url(Store.duesFolder))
        try writeRecord(dues.sanitized(), kind: .duesYear, path: Store.duesYearFile(dues.year), encode: DuesYearWriter.encode)
    }

    /// The years that have a dues file, oldest first.
    public func duesYearsOnDisk() -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(Store.duesFolder).path)) ?? []
        return names.compactMap { name -> Int? in
            guard name.hasSuffix(".plist"), name.count == 10, let year = Int(name.prefix(4)), Day.supportedYears.contains(year) else { return nil }
            return year
        }.sorted()
    }

    /// Every year's dues that loads, and the files that do not (named, left untouched).
    public func loadAllDues() -> (years: [DuesYear], problems: [FileProblem]) {
        var years: [DuesYear] = [], problems: [FileProblem] = []
        for year in duesYearsOnDisk() {
            do { years.append(try loadDues(year: year)) } catch { problems.append(FileProblem(path: Store.duesYearFile(year), error: error)) }
        }
        return (years, problems)
    }

    /// For `check`: damaged dues files, and anything in `dues/` that is not one.
    func duesProblems() -> [FileProblem] {
        var problems: [FileProblem] = []
        do { _ = try loadDuesBases() } catch { problems.append(FileProblem(path: Store.duesBasesFile, error: error)) }
        problems += loadAllDues().problems
        return problems
    }
}

extension DuesPayment {
    /// What makes a payment impossible to record; nil when sound.
    var problem: Wording? {
        if months.isEmpty { return Wording("payment \(id) covers no month", "交纳记录 \(id) 没有月份") }
        if amount < .zero || amount.fen > DuesBasis.largestBase.fen { return Wording("payment \(id): the amount is out of range", "交纳记录 \(id)：金额超出范围") }
        if Set(months).count != months.count { return Wording("payment \(id) names a month twice", "交纳记录 \(id) 重复列出同一月份") }
        return nil
    }
}

extension DuesYear: Sanitizable {
    public func sanitized() -> DuesYear {
        var copy = self
        copy.payments = payments.map { payment in
            var clean = payment
            clean.receivedBy = TextSanitizer.singleLine(payment.receivedBy)
            clean.note = TextSanitizer.singleLine(payment.note)
            return clean
        }
        copy.handovers = handovers.map { handover in
            var clean = handover
            clean.note = TextSanitizer.singleLine(handover.note)
            return clean
        }
        return copy
    }
}

extension MemberDuesBasis: Sanitizable {
    public func sanitized() -> MemberDuesBasis {
        var copy = self
        copy.history = history.map { basis in
            var clean = basis
            clean.reason = TextSanitizer.singleLine(basis.reason)
            return clean
        }
        return copy
    }
}
