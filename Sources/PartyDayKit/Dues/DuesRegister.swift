/// The register (党费收缴登记表) of a year or of one month, row by row, as the report,
/// the workbook and the Dues screen show it.
public struct DuesRegister: Sendable {
    public struct Row: Equatable, Sendable {
        public var memberID: String
        public var name: String
        public var month: DuesMonth
        /// The member's whole unpaid run as of the ledger's day (not only in this month).
        public var arrears: DuesArrears
    }

    public var year: Int
    /// Nil for the whole year.
    public var month: Int?
    public var rows: [Row]
    public var totals: [DuesTotals]
    public var ledger: DuesLedger

    /// Members on the roster in the months shown, in roster order.
    public init(ledger: DuesLedger, year: Int, month: Int? = nil) {
        self.year = year
        self.month = month
        self.ledger = ledger
        let months = (month.map { [$0] } ?? Array(1...12)).map { YearMonth(year: year, month: $0) }
        var rows: [Row] = []
        for member in ledger.members {
            let standings = months.map { ledger.month($0, of: member) }
            guard standings.contains(where: { $0.status != .notOwed && $0.status != .unrecorded }) else { continue }
            let arrears = ledger.arrears(of: member)
            rows += standings.map { Row(memberID: member.id, name: member.name, month: $0, arrears: arrears) }
        }
        self.rows = rows
        totals = months.map(ledger.totals(for:))
    }
}
