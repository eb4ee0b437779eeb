import Foundation

/// The JSON of the reports, written from these types by `JSONEncoder` with sorted keys,
/// so the output is stable byte for byte. Keys are camelCase throughout, as in
/// `export json` and the property-list files. Documented in Docs/EXPORTS.md.
enum ReportJSON {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Only the report's own types are encoded: nothing here can fail.
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// A value written as JSON `null` when absent (synthesised `Encodable` would leave the key out).
struct Nullable<Value: Encodable>: Encodable {
    var value: Value?

    init(_ value: Value?) {
        self.value = value
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}

/// `report participation --format json`.
struct ParticipationJSON: Encodable {
    struct Row: Encodable {
        var memberID: String
        var name: String
        var category: String
        var mobile: Bool
        var expected, attended, late, leftEarly, onLeave, absentExcused, absentUnexcused, notCounted: Int
        /// Attended ÷ expected to three decimals; null when nothing was expected.
        var rate: Nullable<Double>
        var lastAttended: Nullable<String>
        var speeches, pledgesMade, pledgesKept, pledgesOpen, pledgesOverdue, pledgesDropped: Int
        var runUnexcusedMonths, excusedMonthsSinceAttended: Int
        var lastAttendedMonth: Nullable<String>
        var warning: String
        var madeUp: Int
        var lastGrade: Nullable<String>
        var lastGradeYear: Nullable<Int>

        init(_ row: MemberParticipation) {
            memberID = row.memberID
            name = row.name
            category = row.category.rawValue
            mobile = row.isMobile
            expected = row.expected
            attended = row.attended
            late = row.late
            leftEarly = row.leftEarly
            onLeave = row.onLeave
            absentExcused = row.absentExcused
            absentUnexcused = row.absentUnexcused
            notCounted = row.excluded
            rate = Nullable(row.rate.map { ($0 * 1000).rounded() / 1000 })
            lastAttended = Nullable(row.lastAttended?.description)
            speeches = row.speeches
            pledgesMade = row.pledgesMade
            pledgesKept = row.pledgesKept
            pledgesOpen = row.pledgesOpen
            pledgesOverdue = row.pledgesOverdue
            pledgesDropped = row.pledgesDropped
            runUnexcusedMonths = row.standing.unexcusedMonths
            excusedMonthsSinceAttended = row.standing.excusedMonths
            lastAttendedMonth = Nullable(row.standing.lastAttendedMonth?.description)
            warning = row.standing.level.slug
            madeUp = row.madeUp
            lastGrade = Nullable(row.lastGradeValue?.rawValue)
            lastGradeYear = Nullable(row.lastGradeYear)
        }
    }

    var report = "participation"
    var from: String
    var to: String
    var asOf: String
    var types: [String]
    var members: [Row]
}

/// `report compliance --format json`.
struct ComplianceJSON: Encodable {
    struct Duty: Encodable {
        var type: String
        var partyGroup: Nullable<String>
        var frequency: String
        var periods: [Period]
    }

    struct Period: Encodable {
        var period, from, to, status: String
        var held: [String]
        var planned: [String]
    }

    /// A member the six-month rule warns about.
    struct AtRisk: Encodable {
        var memberID: String
        var name: String
        var runUnexcusedMonths: Int
        var excusedMonthsSinceAttended: Int
        var lastAttendedMonth: Nullable<String>
        var warning: String
        var madeUp: Int
        var lastGrade: Nullable<String>
        var lastGradeYear: Nullable<Int>

        init(_ row: MemberParticipation) {
            memberID = row.memberID
            name = row.name
            runUnexcusedMonths = row.standing.unexcusedMonths
            excusedMonthsSinceAttended = row.standing.excusedMonths
            lastAttendedMonth = Nullable(row.standing.lastAttendedMonth?.description)
            warning = row.standing.level.slug
            madeUp = row.madeUp
            lastGrade = Nullable(row.lastGradeValue?.rawValue)
            lastGradeYear = Nullable(row.lastGradeYear)
        }
    }

    var report = "compliance"
    var year: Int
    var asOf: String
    var recordsStart: Nullable<String>
    var duties: [Duty]
    var notes: [String]
    var atRisk: [AtRisk]
    var atRiskMobile: [AtRisk]
    /// The dues half of the six-month rule: consecutive months with dues unpaid.
    var atRiskDues: [DuesAtRisk]

    struct DuesAtRisk: Encodable {
        var memberID: String
        var name: String
        var monthsUnpaid: Int
        var firstUnpaid: Nullable<String>
        var warning: String
    }
}
