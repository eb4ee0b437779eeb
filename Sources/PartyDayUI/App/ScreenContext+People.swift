import PartyDayKit

extension ScreenContext {
    /// A name typed in full into a person field and saved without picking it is still that
    /// member, when exactly one on today's roster has it (talks, elections, the plan's lecturers).
    func onRoster(_ person: PersonRef) -> PersonRef {
        guard person.memberID == nil else { return person }
        let same = members.filter { $0.name == person.name && $0.snapshot(on: today) != nil }
        return same.count == 1 ? .member(same[0]) : person
    }
}
