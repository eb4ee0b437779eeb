import Foundation

/// partyday's roster beside a roster sheet — the national member-management system's
/// export (全国党员管理信息系统), or any roster the organization department keeps — and
/// every way the two disagree, changing nothing (`partyday import compare`). The secretary
/// corrects whichever side is wrong.
public struct RosterComparison: Equatable, Sendable {
    /// One disagreement, about one person.
    public struct Difference: Equatable, Sendable {
        public enum Kind: String, Equatable, Sendable, Codable {
            /// In the sheet, not on partyday's roster (nor ever was).
            case onlyInSheet = "only-in-sheet"
            /// On partyday's roster today, not in the sheet.
            case onlyInPartyday = "only-in-partyday"
            /// In the sheet, but partyday has them transferred out or deceased.
            case leftRoster = "left-roster"
            case category
            case joined
            case converted
            case group
        }

        public var kind: Kind
        public var name: String
        /// The sheet's line, when the person is in it.
        public var line: Int?
        /// What each side says ("" where it says nothing).
        public var sheet: String
        public var partyday: String

        public init(_ kind: Kind, name: String, line: Int?, sheet: String = "", partyday: String = "") {
            self.kind = kind
            self.name = name
            self.line = line
            self.sheet = sheet
            self.partyday = partyday
        }

        /// One line a secretary reads.
        public var wording: Wording {
            let since = partyday.split(separator: " ").last.map(String.init) ?? ""
            let at = line.map { Wording("line \($0): ", "第 \($0) 行：") } ?? Wording("", "")
            let what: Wording = switch kind {
            case .onlyInSheet: Wording("\(name) is in the sheet but not on partyday's roster", "\(name)在表中，但不在 partyday 的名册上")
            case .onlyInPartyday: Wording("\(name) is on partyday's roster but not in the sheet", "\(name)在 partyday 的名册上，但不在表中")
            case .leftRoster:
                switch RosterStatus(rawValue: String(partyday.split(separator: " ").first ?? "")) {
                case .deceased: Wording("\(name) is in the sheet, but partyday has them deceased on \(since)", "\(name)在表中，但 partyday 记为 \(since) 去世")
                case .stopped: Wording("\(name) is in the sheet, but partyday has their membership stopped on \(since)", "\(name)在表中，但 partyday 记为 \(since) 停止党籍")
                case .removed: Wording("\(name) is in the sheet, but partyday has them removed on \(since)", "\(name)在表中，但 partyday 记为 \(since) 除名")
                default: Wording("\(name) is in the sheet, but partyday has them transferred out on \(since)", "\(name)在表中，但 partyday 记为 \(since) 转出")
                }
            case .category: Wording("\(name): category — sheet \(sheet), partyday \(partyday)", "\(name)：人员类别——表中为\(sheet)，partyday 为\(partyday)")
            case .joined: Wording("\(name): joined — sheet \(sheet), partyday \(partyday)", "\(name)：入党时间——表中为 \(sheet)，partyday 为 \(partyday)")
            case .converted: Wording("\(name): converted — sheet \(sheet), partyday \(partyday)", "\(name)：转正时间——表中为 \(sheet)，partyday 为 \(partyday)")
            case .group: Wording("\(name): party group — sheet \(sheet), partyday \(partyday)", "\(name)：党小组——表中为\(sheet)，partyday 为\(partyday)")
            }
            return at.then(what, english: "", chinese: "")
        }
    }

    public var differences: [Difference]
    /// How many people each side lists (the sheet's readable rows; partyday's roster today).
    public var sheetCount: Int
    public var partydayCount: Int
    /// Rows of the sheet that could not be read as a member (a name twice, an unknown
    /// category): listed so that nothing is passed over in silence.
    public var unreadRows: [MemberImport.RowProblem]

    /// Compares the sheet as read (`MemberImport.read` with no existing members, and the
    /// branch with every group the sheet names) with `members` on `today`.
    public static func compare(sheet: MemberImport, members: [Member], groups: [PartyGroup], today: Day) -> RosterComparison {
        let groupName = Dictionary(groups.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let byName = Dictionary(members.map { (TextSanitizer.name($0.name), $0) }, uniquingKeysWith: { first, _ in first })
        var differences: [Difference] = []
        var matched = Set<String>()
        for read in sheet.members {
            let key = TextSanitizer.name(read.name)
            let file = sheet.fileDates[read.id]
            let line = file?.line
            guard let ours = byName[key] else {
                differences.append(Difference(.onlyInSheet, name: read.name, line: line))
                continue
            }
            matched.insert(ours.id)
            guard ours.snapshot(on: today) != nil else {
                let left = ours.rosterStatus.changes.last { $0.since <= today } ?? ours.rosterStatus.changes[0]
                differences.append(Difference(.leftRoster, name: read.name, line: line, partyday: "\(left.value.rawValue) \(left.since)"))
                continue
            }
            let sheetCategory = read.category.current, ourCategory = ours.category.value(on: today) ?? ours.category.current
            if sheetCategory != ourCategory {
                differences.append(Difference(.category, name: read.name, line: line, sheet: categoryName(sheetCategory), partyday: categoryName(ourCategory)))
            }
            if let joined = file?.joined, !agrees(joined, ours.joinedOn) {
                differences.append(Difference(.joined, name: read.name, line: line, sheet: shown(joined), partyday: ours.joinedOn.map { "\($0)" } ?? "—"))
            }
            if let converted = file?.converted, sheetCategory == .full, !agrees(converted, ours.conversionDay) {
                differences.append(Difference(.converted, name: read.name, line: line, sheet: shown(converted), partyday: ours.conversionDay.map { "\($0)" } ?? "—"))
            }
            let sheetGroup = file?.groupName ?? ""
            let ourGroup = (ours.partyGroup.value(on: today) ?? nil).flatMap { groupName[$0] } ?? ""
            if !sheetGroup.isEmpty, sheetGroup != ourGroup {
                differences.append(Difference(.group, name: read.name, line: line, sheet: sheetGroup, partyday: ourGroup.isEmpty ? "—" : ourGroup))
            }
        }
        let onRoster = members.filter { $0.snapshot(on: today) != nil }
        for member in onRoster where !matched.contains(member.id) {
            differences.append(Difference(.onlyInPartyday, name: member.name, line: nil))
        }
        return RosterComparison(differences: differences, sheetCount: sheet.members.count, partydayCount: onRoster.count,
                                unreadRows: sheet.problems.filter { problem in !sheet.members.contains { sheet.fileDates[$0.id]?.line == problem.line } })
    }

    /// A date the sheet gives as a month (1998.07) agrees with any day of that month.
    static func agrees(_ sheet: RosterDate, _ ours: Day?) -> Bool {
        guard let ours else { return false }
        return sheet.monthOnly ? (ours.year, ours.month) == (sheet.day.year, sheet.day.month) : ours == sheet.day
    }

    static func shown(_ date: RosterDate) -> String {
        date.monthOnly ? String(format: "%04d-%02d", date.day.year, date.day.month) : "\(date.day)"
    }

    static func categoryName(_ category: MemberCategory) -> String {
        category == .full ? "正式党员" : "预备党员"
    }
}
