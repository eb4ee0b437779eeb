import PartyDayKit

extension ScreenContext {
    /// A meeting's types as lists and headers show them; a party group meeting names its
    /// group, since a branch holds one per group each month and they are otherwise alike.
    /// `compact` is for a list column: "酸洗党小组会" rather than "党小组会（酸洗党小组）".
    func typesText(_ types: [MeetingType], partyGroupID: String?, separator: String, compact: Bool = false) -> String {
        let group = partyGroupID.flatMap { id in branch?.partyGroups.first { $0.id == id }?.name }
        return types.map { type in
            guard type == .partyGroupMeeting, let group else { return strings.typeName(type) }
            return compact ? groupMeetingName(group) : strings.t("\(strings.typeName(type)) (\(group))", "\(strings.typeName(type))（\(group)）")
        }.joined(separator: separator)
    }

    /// The short name of one group's meeting.
    func groupMeetingName(_ group: String) -> String {
        strings.t("group: \(group)", group.hasSuffix("党小组") ? group + "会" : "党小组会·" + group)
    }
}
