import PartyDayKit

/// Correcting a member's dated history in place (a wrong roster, category, role, group or
/// penalty date), undoable. Meetings not yet held follow the roster when opened; meetings
/// already held are named, never rewritten silently.
enum HistoryCorrection {
    static func entryText(_ entry: HistoryEntry, of member: Member, _ context: ScreenContext) -> String {
        let s = context.strings, branch = context.branch
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
    static func form(_ member: Member, _ context: ScreenContext) -> Form {
        Form(.correctHistory(memberID: member.id), title: context.strings.correctHistoryTitle(member.name), fields: [
            .choice(.entry, context.strings.fieldHistoryEntry, member.historyEntries.map { entryText($0, of: member, context) }, selected: 0),
        ])
    }

    /// The values an entry of this kind may take, as the form lists them.
    private static func values(_ kind: HistoryEntry.Kind, _ context: ScreenContext) -> [String] {
        let s = context.strings, branch = context.branch
        switch kind {
        case .rosterStatus: return RosterStatus.allCases.map(s.rosterStatusName)
        case .category: return MemberCategory.allCases.map(s.categoryName)
        case .role: return Role.Kind.allCases.map { s.roleName(Role($0)) }
        case .partyGroup: return [s.noGroup] + (branch?.partyGroups.map(\.name) ?? [])
        case .noVotePenalty: return [s.voteRestored, s.noVote]
        }
    }

    private static func valueIndex(_ entry: HistoryEntry, of member: Member, _ context: ScreenContext) -> Int {
        let branch = context.branch
        return switch entry.kind {
        case .rosterStatus: RosterStatus.allCases.firstIndex(of: member.rosterStatus.changes[entry.index].value) ?? 0
        case .category: MemberCategory.allCases.firstIndex(of: member.category.changes[entry.index].value) ?? 0
        case .role: Role.Kind.allCases.firstIndex(of: member.role.changes[entry.index].value.kind) ?? 0
        case .partyGroup: member.partyGroup.changes[entry.index].value.flatMap { id in branch?.partyGroups.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
        case .noVotePenalty: member.noVotePenalty.changes[entry.index].value ? 1 : 0
        }
    }

    /// Then its right day and value.
    static func chooseEntry(_ form: Form, memberID: String, _ context: ScreenContext) -> [Intent] {
        guard let member = context.members.first(where: { $0.id == memberID }) else { return [] }
        let entries = member.historyEntries
        let choice = form.choice(.entry)
        guard choice < entries.count else { return [] }
        let entry = entries[choice]
        let strings = context.strings
        return [.openForm(Form(.correctHistoryEntry(memberID: memberID, entry: entry), title: strings.correctHistoryTitle(member.name), fields: [
            FormField(.day, strings.fieldCorrectDay, .day(required: true), value: entry.since.description),
            .choice(.status, strings.fieldCorrectValue, values(entry.kind, context), selected: valueIndex(entry, of: member, context)),
        ]))]
    }

    /// The entry corrected: the roster through the pipe, the open meeting (not yet held)
    /// following at once; meetings already held are named, never rewritten.
    static func correct(_ form: Form, memberID: String, entry: HistoryEntry, _ context: ScreenContext) -> [Intent] {
        let members = context.members, strings = context.strings, zone = context.timeZone
        guard let index = members.firstIndex(where: { $0.id == memberID }), let day = form.day(.day) else { return [] }
        let value = form.choice(.status)
        let groups = context.branch?.partyGroups ?? []
        var list = members
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
        guard list != members else { return [] }
        var intents: [Intent] = [.replaceRoster(list, label: Phrase("correcting \(member.name)'s history", "更正\(member.name)的历史记录"))]
        // The open meeting, if not yet concluded, follows at once; others when opened.
        if context.openMeetingState.map({ $0 != .concluded }) == true, let branch = context.branch {
            let corrected = list
            intents.append(.changeOpenMeeting { $0.alignExpectedRows(members: corrected, branch: branch) })
        }
        let changed = Roster(members: members).heldMeetingsChanged(by: Roster(members: list), memberID: memberID, summaries: context.meetings, zone: zone)
        if changed.isEmpty {
            intents.append(.note(strings.historyCorrected, error: false))
        } else {
            // Held meetings keep what they recorded; the secretary decides about each.
            let days = changed.prefix(3).map { DateText.day($0.start, in: zone).description }
            intents.append(.note(strings.historyCorrectedHeld(changed.count, days.joined(separator: ", ") + (changed.count > 3 ? " …" : "")), error: true))
        }
        return intents
    }
}
