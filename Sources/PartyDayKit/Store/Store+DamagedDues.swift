import Foundation

/// A damaged dues year file must not stop a branch taking dues for the rest of the year
/// (one bad value arriving by sync blocked every payment of that year). The file is set
/// aside in `replaced/` — moved, never deleted — and a fresh one takes the payments and
/// hand-overs of it that pass the checks, so nothing typed is lost and dues go on.
extension Store {
    public struct SetAside: Equatable, Sendable {
        public var year: DuesYear
        /// Where the damaged file now is, in the data folder.
        public var movedTo: String
        /// Payments and hand-overs left out of the fresh file (they are in the one set aside).
        public var leftOut: Int

        public var wording: Wording {
            Wording("dues/\(year.year).plist was damaged: set aside as \(movedTo) (nothing deleted); \(year.payments.count) payment(s) kept, \(leftOut) left out, and dues are taken as usual",
                    "dues/\(year.year).plist 已损坏：已移至 \(movedTo)（未删除任何内容）；保留 \(year.payments.count) 笔交纳记录，\(leftOut) 笔未保留，党费照常记录")
        }
    }

    /// Sets the damaged year file aside and writes what of it passes the checks; nil when
    /// the store may not write, or the file is a newer partyday's (never touched), or it
    /// could not be moved.
    public func setAsideDamagedDues(year: Int) -> SetAside? {
        let path = Store.duesYearFile(year)
        guard access == .readWrite, FolderLinks.outside(path, in: folder) == nil, FolderLinks.leadsOut(path, in: folder) == nil,
              let data = try? Data(contentsOf: url(path)), !FileFormat.isNewer(data) else { return nil }
        // What decodes is sorted: each payment and hand-over that passes, the first of an id.
        var kept = DuesYear(year: year)
        var total = 0
        if let read = try? FileFormat.decode(DuesYear.self, kind: .duesYear, from: data, path: path) {
            total = read.payments.count + read.handovers.count
            var seen = Set<String>()
            kept.payments = read.payments.filter { DuesValidation.issue($0) == nil && $0.paidOn.year == year && seen.insert($0.id).inserted }
            kept.handovers = read.handovers.filter { !($0.total < .zero) && !(DuesValidation.largestHandover < $0.total) && !$0.months.isEmpty }
        }
        guard let moved = setAside(path) else { return nil }
        forgetProtection(path)
        if !kept.payments.isEmpty || !kept.handovers.isEmpty { try? save(kept) }
        return SetAside(year: kept, movedTo: moved, leftOut: max(0, total - kept.payments.count - kept.handovers.count))
    }
}

extension FileFormat {
    /// Whether `data` is a record a newer partyday wrote (left untouched, whatever else).
    static func isNewer(_ data: Data) -> Bool {
        // The same byte checks as every reader first (Foundation's parser recurses per level).
        guard PropertyListShape.refusal(data) == nil,
              let plist = try? PropertyListSerialization.propertyList(from: data, format: nil) as? [String: Any],
              let found = plist["formatVersion"] as? Int else { return false }
        return found > Self.version
    }
}
