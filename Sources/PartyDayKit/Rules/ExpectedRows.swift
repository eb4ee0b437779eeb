extension Meeting {
    /// Brings the attendance rows of a meeting that is not concluded in line with the
    /// roster of its day, for a meeting planned before a member joined, left or changed
    /// category: rows are added for members now expected, unmarked rows of members no
    /// longer expected are dropped, and unmarked rows take the member's category and vote
    /// of that day. Marked rows are the record and are never touched. Returns true when
    /// anything changed.
    @discardableResult
    public mutating func alignExpectedRows(members: [Member], branch: BranchProfile) -> Bool {
        guard state != .concluded else { return false }
        let day = Day(start, in: branch.timeZone)
        let expected = Roster(members: members).expected(at: types, partyGroupID: partyGroupID, on: day)
        let existing = Dictionary(attendance.map { ($0.memberID, $0) }, uniquingKeysWith: { first, _ in first })
        let expectedIDs = Set(expected.map(\.memberID))
        var rows: [AttendanceRecord] = expected.map { snapshot in
            guard let row = existing[snapshot.memberID] else { return AttendanceRecord(member: snapshot) }
            guard row.status == .unmarked else { return row }
            return AttendanceRecord(member: snapshot, reason: row.reason)
        }
        // Marked rows of members the roster no longer expects stay, in their old order.
        rows += attendance.filter { !expectedIDs.contains($0.memberID) && $0.status != .unmarked }
        guard rows != attendance else { return false }
        attendance = rows
        return true
    }
}
