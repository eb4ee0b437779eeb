import Foundation

/// The dues files: `dues/bases.plist` (each member's bases over time) and one
/// `dues/YYYY.plist` per calendar year of payments and hand-overs. Saving a payment
/// rewrites only its year's file.
extension Store {
    static let duesFolder = "dues"
    static let duesBasesFile = "dues/bases.plist"

    static func duesYearFile(_ year: Int) -> String { "dues/\(year).plist" }

    /// Every member's bases; empty when none are recorded yet.
    /// A file the save path would refuse is damaged when read, with the same reason: `check`
    /// names exactly what a save refuses, and no such value reaches a register.
    public func loadDuesBases() throws -> [MemberDuesBasis] {
        let bases = try loadRecord([MemberDuesBasis].self, kind: .duesBases, path: Store.duesBasesFile) ?? []
        if let issue = DuesValidation.issue(bases) { throw refuse(FileProblem(path: Store.duesBasesFile, issue), at: Store.duesBasesFile) }
        return bases
    }

    public func save(_ bases: [MemberDuesBasis]) throws {
        if let issue = DuesValidation.issue(bases) { throw StoreError.invalid(path: Store.duesBasesFile, message: issue) }
        try AtomicFile.makeFolder(url(Store.duesFolder))
        try writeRecord(bases.sorted { $0.memberID < $1.memberID }.sanitized(), kind: .duesBases, path: Store.duesBasesFile)
    }

    /// The payments and hand-overs of `year`; empty when the year has none.
    public func loadDues(year: Int) throws -> DuesYear {
        let path = Store.duesYearFile(year)
        guard let dues = try loadRecord(DuesYear.self, kind: .duesYear, path: path) else { return DuesYear(year: year) }
        if let issue = DuesValidation.issue(dues, filedAs: year) { throw refuse(FileProblem(path: path, issue), at: path) }
        return dues
    }

    public func save(_ dues: DuesYear) throws {
        if let issue = DuesValidation.issue(dues, filedAs: dues.year) { throw StoreError.invalid(path: Store.duesYearFile(dues.year), message: issue) }
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

extension DuesYear: Sanitizable {
    public func sanitized() -> DuesYear {
        var copy = self
        // Ids too, as a meeting's are: a peer's file may carry anything in them.
        copy.payments = payments.map { payment in
            var clean = payment
            clean.id = TextSanitizer.singleLine(payment.id)
            clean.memberID = TextSanitizer.singleLine(payment.memberID)
            clean.meetingID = payment.meetingID.map(TextSanitizer.singleLine)
            clean.receivedBy = TextSanitizer.singleLine(payment.receivedBy)
            clean.note = TextSanitizer.singleLine(payment.note)
            return clean
        }
        copy.handovers = handovers.map { handover in
            var clean = handover
            clean.id = TextSanitizer.singleLine(handover.id)
            clean.note = TextSanitizer.singleLine(handover.note)
            return clean
        }
        return copy
    }
}

extension MemberDuesBasis: Sanitizable {
    public func sanitized() -> MemberDuesBasis {
        var copy = self
        copy.memberID = TextSanitizer.singleLine(memberID)
        copy.history = history.map { basis in
            var clean = basis
            clean.reason = TextSanitizer.singleLine(basis.reason)
            return clean
        }
        return copy
    }
}
