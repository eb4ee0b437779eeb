import PartyDayKit

/// Party groups (党小组), kept in Settings: created, renamed with their leaders, and
/// dissolved from a day on. A group's meetings are owed as soon as it exists.
extension ScreenContext {
    /// Roster members, for a group leader.
    private var leaderCandidates: [PersonCandidate] {
        members.filter { $0.snapshot(on: today) != nil }.map { PersonCandidate(person: .member($0), detail: strings.categoryName($0.category.value(on: today) ?? $0.category.current)) }
    }

    func addGroupForm() -> Form {
        Form(SettingsForm.addGroup.purpose, title: strings.addGroupTitle, fields: [
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
        return Form(SettingsForm.editGroup.purpose, title: strings.editGroupTitle + strings.t(" (leaders now: ", "（现任组长：") + leaders.joined(separator: strings.t(", ", "，"))
                        + strings.t(")", "）"), fields: [
            .choice(.group, strings.fieldPartyGroup, groups.map(\.name), selected: 0),
            FormField(.name, strings.fieldGroupName, .text(required: false)),
            .person(.leader, strings.fieldGroupLeader, nil, required: false),
        ], candidates: leaderCandidates)
    }

    func retireGroupForm() -> Form? {
        guard let groups = branch?.activeGroups(on: today), !groups.isEmpty else { return nil }
        return Form(SettingsForm.retireGroup.purpose, title: strings.retireGroupTitle, fields: [
            .choice(.group, strings.fieldPartyGroup, groups.map(\.name), selected: 0),
            FormField(.day, strings.fieldRetiredOn, .day(required: true), value: today.description),
        ])
    }

}

/// The Settings screen's forms; their answers come back to `SettingsForm.replies`.
enum SettingsForm: Equatable, AddressedForm {
    case settings, addGroup, editGroup, retireGroup

    var purpose: FormPurpose { .addressed(FormAddress(.settings, self)) }

    static let replies = FormReplies.asking { form, context in
        guard case let .addressed(address) = form.purpose, let purpose = address.form as? SettingsForm, let before = context.branch else { return [] }
        let s = context.strings
        var changed = before
        let active = before.activeGroups(on: context.today)
        switch purpose {
        case .settings:
            let ladder = WarningLadder(talk: form.number(.talk), urgent: form.number(.urgent), regardedAsLeft: form.number(.left))
            guard ladder.isValid else {
                var again = form
                again.error = s.ladderInvalid
                return [.openForm(again)]
            }
            changed.warningLadder = ladder == .defaults && before.warningLadder == nil ? nil : ladder
            changed.dutyRules = MeetingType.allCases.map { type in
                DutyRule(type: type, frequency: ScreenContext.settingsFrequencies[form.choice(.frequency(type))])
            }
            let reviewer = form.text(.reviewer).trimmingCharacters(in: .whitespaces)
            changed.minutesReviewer = reviewer.isEmpty ? nil : reviewer
            let occasions = TalkOccasions.parse(form.text(.occasions))
            guard occasions.allSatisfy({ $0.count <= 40 }) else {
                var again = form
                again.error = s.t("An occasion is longer than 40 characters.", "事由超过 40 个字。")
                return [.openForm(again)]
            }
            // The common list in either language is no list of the branch's own.
            let common = [Language.english, .chinese].map { TalkOccasion.listed(by: nil, $0) }
            changed.talkOccasions = common.contains(occasions) ? nil : occasions
            guard changed != before else { return [] }
            return [.changeSettings(.branch(changed, label: Phrase("a change to the settings", "对设置的修改"))), .note(s.settingsSaved, error: false)]
        case .addGroup:
            let name = form.text(.name)
            guard !before.partyGroups.contains(where: { $0.name == name }) else {
                var again = form
                again.error = s.groupExists(name)
                return [.openForm(again)]
            }
            return [.changeSettings(.addGroup(name: name, leaderID: form.person(.leader)?.memberID)), .note(s.settingsSaved, error: false)]
        case .editGroup:
            let choice = form.choice(.group)
            guard choice < active.count, let index = changed.partyGroups.firstIndex(where: { $0.id == active[choice].id }) else { return [] }
            let name = form.text(.name)
            if !name.isEmpty { changed.partyGroups[index].name = name }
            if let leader = form.person(.leader) { changed.partyGroups[index].leaderMemberID = leader.memberID }
        case .retireGroup:
            let choice = form.choice(.group)
            guard choice < active.count, let day = form.day(.day),
                  let index = changed.partyGroups.firstIndex(where: { $0.id == active[choice].id }) else { return [] }
            changed.partyGroups[index].retiredOn = day
        }
        guard changed != before else { return [] }
        return [.changeSettings(.branch(changed, label: Phrase("a change to the party groups", "对党小组的修改"))), .note(s.settingsSaved, error: false)]
    }
}

extension FieldKey {
    /// Who reviews the minutes (审阅人), on the settings form.
    static let reviewer = FieldKey.named("reviewer")
    static let occasions = FieldKey.named("talk-occasions")
}

/// A change to the branch's settings a screen asks for; the root makes it through the pipe.
public enum SettingsChange: Sendable {
    case branch(BranchProfile, label: Phrase)
    /// A new party group (the root gives it its id).
    case addGroup(name: String, leaderID: String?)
}

extension AppState {
    mutating func change(_ change: SettingsChange, _ effects: inout [Effect]) {
        switch change {
        case let .branch(profile, label):
            changeBranch(label, &effects) { $0 = profile }
        case let .addGroup(name, leaderID):
            let id = newID()
            changeBranch(Phrase("a change to the party groups", "对党小组的修改"), &effects) {
                $0.partyGroups.append(PartyGroup(id: id, name: name, leaderMemberID: leaderID))
            }
        }
    }
}
