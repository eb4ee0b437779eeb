import PartyDayKit

/// Party groups (党小组), kept in Settings: created, renamed with their leaders, and
/// dissolved from a day on. A group's meetings are owed as soon as it exists.
extension AppState {
    /// Roster members, for a group leader.
    private var leaderCandidates: [PersonCandidate] {
        members.filter { $0.snapshot(on: today) != nil }.map { PersonCandidate(person: .member($0), detail: strings.categoryName($0.category.value(on: today) ?? $0.category.current)) }
    }

    func addGroupForm() -> Form {
        Form(.addGroup, title: strings.addGroupTitle, fields: [
            FormField(.name, strings.fieldGroupName, .text(required: true)),
            .person(.leader, strings.fieldGroupLeader, nil, required: false),
        ], candidates: leaderCandidates)
    }

    func editGroupForm() -> Form? {
        guard let groups = branch?.activeGroups(on: today), !groups.isEmpty else { return nil }
        // The leader field starts empty and changes only the group chosen: filled with the
        // first group's leader, it made him leader of whichever group was picked. The
        // leaders as they are now are in the title.
        let leaders = groups.map { group in
            group.name + " " + (group.leaderMemberID.flatMap { id in members.first { $0.id == id }?.name } ?? "—")
        }
        return Form(.editGroup, title: strings.editGroupTitle + strings.t(" (leaders now: ", "（现任组长：") + leaders.joined(separator: strings.t(", ", "，"))
                        + strings.t(")", "）"), fields: [
            .choice(.group, strings.fieldPartyGroup, groups.map(\.name), selected: 0),
            FormField(.name, strings.fieldGroupName, .text(required: false)),
            .person(.leader, strings.fieldGroupLeader, nil, required: false),
        ], candidates: leaderCandidates)
    }

    func retireGroupForm() -> Form? {
        guard let groups = branch?.activeGroups(on: today), !groups.isEmpty else { return nil }
        return Form(.retireGroup, title: strings.retireGroupTitle, fields: [
            .choice(.group, strings.fieldPartyGroup, groups.map(\.name), selected: 0),
            FormField(.day, strings.fieldRetiredOn, .day(required: true), value: today.description),
        ])
    }

    /// Creates the groups an import names (no leaders yet: Settings gives them) and reads
    /// the file again against the branch that has them.
    mutating func createGroups(_ names: [String], rereading request: ImportRequest, _ effects: inout [Effect]) {
        guard var changed = branch, let before = branch else { return }
        for name in names where !changed.partyGroups.contains(where: { $0.name == name }) {
            changed.partyGroups.append(PartyGroup(id: newID(), name: name))
        }
        guard changed != before else { return }
        changeBranch(Phrase("the party groups the import named", "导入时新建的党小组"), &effects) { $0 = changed }
        var again = request
        again.branch = changed
        modal = nil
        effects.append(.previewImport(again))
    }

    mutating func submitGroup(_ form: Form, _ effects: inout [Effect]) {
        guard var changed = branch, let before = branch else { return }
        let active = before.activeGroups(on: today)
        switch form.purpose {
        case .addGroup:
            let name = form.text(.name)
            guard !before.partyGroups.contains(where: { $0.name == name }) else {
                var again = form
                again.error = strings.groupExists(name)
                modal = .form(again)
                return
            }
            changed.partyGroups.append(PartyGroup(id: newID(), name: name, leaderMemberID: form.person(.leader)?.memberID))
        case .editGroup:
            let choice = form.choice(.group)
            guard choice < active.count, let index = changed.partyGroups.firstIndex(where: { $0.id == active[choice].id }) else { return }
            let name = form.text(.name)
            if !name.isEmpty { changed.partyGroups[index].name = name }
            if let leader = form.person(.leader) { changed.partyGroups[index].leaderMemberID = leader.memberID }
        case .retireGroup:
            let choice = form.choice(.group)
            guard choice < active.count, let day = form.day(.day),
                  let index = changed.partyGroups.firstIndex(where: { $0.id == active[choice].id }) else { return }
            changed.partyGroups[index].retiredOn = day
        default:
            return
        }
        guard changed != before else { return }
        changeBranch(Phrase("a change to the party groups", "对党小组的修改"), &effects) { $0 = changed }
        note(strings.settingsSaved, error: false)
    }
}
