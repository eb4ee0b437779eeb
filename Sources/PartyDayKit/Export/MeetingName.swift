/// A meeting's name, as a record and a sign-in sheet head it: the branch (and party
/// group), the year and month, and the type — 冷轧厂酸轧作业区党支部2026年11月主题党日.
/// Not its theme, which is printed on a line of its own.
extension Meeting {
    public func name(in branch: BranchProfile, language: Language) -> String {
        let day = DateText.day(start, in: branch.timeZone)
        let group = partyGroupID.flatMap { branch.partyGroup(id: $0) }?.name ?? ""
        if language == .chinese {
            return "\(branch.name)\(group)\(day.year)年\(day.month)月\(types.map(\.chineseName).joined(separator: "暨"))"
        }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let place = [branch.name, group].filter { !$0.isEmpty }.joined(separator: ", ")
        return "\(place): \(Labels(.english).typeNames(types)), \(months[day.month - 1]) \(day.year)"
    }
}
