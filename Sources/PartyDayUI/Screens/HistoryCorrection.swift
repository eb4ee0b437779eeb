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

    /// First, which entry: every dated entry of the member's history.
    func historyCorrectionForm(_ member: Member) -> Form {
        Form(.correctHistory(memberID: member.id), title: strings.correctHistoryTitle(member.name), fields: [
            .choice(.entry, strings.fieldHistoryEntry, member.historyEntries.map { historyEntryText($0, of: member) }, selected: 0),
        ])
    }

    /// The values an entry of this kind may take, as the form lists them.
    private func historyValues(_ kind: HistoryEntry.Kind) -> [String] {
        let s = strings
        switch kind {
        case .rosterStatus: return RosterStatus.allCases.map(s.rosterStatusName)
        case .category: return MemberCategory.allCases.map(s.categoryName)
        case .role: return Role.Kind.allCases.map { s.roleName(Role($0)) }
        case .partyGroup: return [s.noGroup] + (branch?.partyGroups.map(\.name) ?? [])
        case .noVotePenalty: return [s.voteRestored, s.noVote]
        }
    }

    private func historyValueIndex(_ entry: HistoryEntry, of member: Member) -> Int {
        switch entry.kind {
        case .rosterStatus: RosterStatus.allCases.firstIndex(of: member.rosterStatus.changes[entry.index].value) ?? 0
        case .category: MemberCategory.allCases.firstIndex(of: member.category.changes[entry.index].value) ?? 0
        case .role: Role.Kind.allCases.firstIndex(of: member.role.changes[entry.index].value.kind) ?? 0
        case .partyGroup: member.partyGroup.changes[entry.index].value.flatMap { id in branch?.partyGroups.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
        case .noVotePenalty: member.noVotePenalty.changes[entry.index].value ? 1 : 0
        }
    }

    /// Then its right day and value.
    mutating func chooseHistoryEntry(_ form: Form, memberID: String) {
        guard let member = members.first(where: { $0.id == memberID }) else { return }
        let entries = member.historyEntries
        let choice = form.choice(.entry)
        guard choice < entries.count else { return }
        let entry = entries[choice]
        modal = .form(Form(.correctHistoryEntry(memberID: memberID, entry: entry), title: strings.correctHistoryTitle(member.name), fields: [
            FormField(.day, strings.fieldCorrectDay, .day(required: true), value: entry.since.description),
            .choice(.status, strings.fieldCorrectValue, historyValues(entry.kind), selected: historyValueIndex(entry, of: member)),
        ]))
    }

    mutating func submitHistoryCorrection(_ form: Form, memberID: String, entry: HistoryEntry, _ effects: inout [Effect]) {
        guard let index = members.firstIndex(where: { $0.id == memberID }), let day = form.day(.day) else { return }
        let value = form.choice(.status)
        let groups = branch?.partyGroups ?? []
        let before = Roster(members: members)
        changeMembers(&effects, label: Phrase("correcting \(members[index].name)'s history", "更正\(members[index].name)的历史记录")) { list in
            var member = list[index]
            switch entry.kind {
            case .rosterStatus: member.rosterStatus.correct(entry.index, to: RosterStatus.allCases[value], since: day)
            case .category: member.category.correct(entry.index, to: MemberCategory.allCases[value], since: day)
            case .role:
                let portfolio = member.role.changes[entry.index].value.portfolio
                member.role.correct(entry.index, to: Role(Role.Kind.allCases[value], portfolio: portfolio), since: day)
            case .partyGroup: member.partyGroup.correct(entry.index, to: value == 0 || value > groups.count ? nil : groups[value - 1].id, since: day)
            case .noVotePenalty: member.noVotePenalty.correct(entry.index, to: value == 1, since: day)
            }
            list[index] = member
        }
        // The open meeting, if not yet concluded, follows at once; others when opened.
        if let open = workspace?.meeting, open.state != .concluded, let branch {
            let members = self.members
            changeMeeting(&effects) { $0.alignExpectedRows(members: members, branch: branch) }
        }
        let changed = before.heldMeetingsChanged(by: Roster(members: members), memberID: memberID, summaries: summaries, zone: timeZone)
        if changed.isEmpty {
            note(strings.historyCorrected, error: false)
        } else {
            // Held meetings keep what they recorded; the secretary decides about each.
            let days = changed.prefix(3).map { DateText.day($0.start, in: timeZone).description }
            note(strings.historyCorrectedHeld(changed.count, days.joined(separator: ", ") + (changed.count > 3 ? " …" : "")), error: true)
        }
    }
}
