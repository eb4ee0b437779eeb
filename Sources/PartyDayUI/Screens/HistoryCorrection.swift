import PartyDayKit

/// Correcting a member's dated history in place (a wrong roster, category, role, group or
/// penalty date), undoable. Meetings not yet held follow the roster when opened; meetings
/// already held are named, never rewritten silently.
extension AppState {
    func historyEntryText(_ entry: HistoryEntry, of member: Member) -> String {
        let s = strings
        let value: String = switch entry.kind {
        case .rosterStatus: s.rosterStatusName(member.rosterStatus.changes[entry.index].value)
        case .category: s.categoryName(member.category.changes[entry.index].value)
        case .role: s.roleName(member.role.changes[entry.index].value)
        case .partyGroup:
            member.partyGroup.changes[entry.index].value.flatMap { branch?.partyGroup(id: $0)?.name } ?? s.noGroup
        case .noVotePenalty: member.noVotePenalty.changes[entry.index].value ? s.noVote : s.voteRestored
        }
        return "\(entry.since)  \(value)"
    }

    func historyCorrectionForm(_ member: Member) -> Form {
        let entries = member.historyEntries
        return Form(.correctHistory(memberID: member.id), title: strings.correctHistoryTitle(member.name), fields: [
            .choice(.entry, strings.fieldHistoryEntry, entries.map { historyEntryText($0, of: member) }, selected: 0),
            FormField(.day, strings.fieldCorrectDay, .day(required: true), value: entries.first?.since.description ?? today.description),
        ])
    }

    mutating func submitHistoryCorrection(_ form: Form, memberID: String, _ effects: inout [Effect]) {
        guard let index = members.firstIndex(where: { $0.id == memberID }), let day = form.day(.day) else { return }
        let entries = members[index].historyEntries
        let choice = form.choice(.entry)
        guard choice < entries.count else { return }
        let before = Roster(members: members)
        changeMembers(&effects) { list in list[index].correct(entries[choice], to: day) }
        let changed = before.heldMeetingsChanged(by: Roster(members: members), memberID: memberID, summaries: summaries, zone: timeZone)
        if changed.isEmpty {
            note(strings.historyCorrected, error: false)
        } else {
            // Held meetings keep what they recorded; the secretary decides about each.
            // The newest three by day, so the message fits its row.
            let days = changed.prefix(3).map { DateText.day($0.start, in: timeZone).description }
            note(strings.historyCorrectedHeld(changed.count, days.joined(separator: ", ") + (changed.count > 3 ? " …" : "")), error: true)
        }
    }
}
