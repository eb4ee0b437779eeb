import PartyDayKit

/// The branch's own rules: the six-month rule's warning thresholds and how often each
/// meeting type is owed. Changes are saved to the branch file and can be undone.
extension ScreenContext {
    static let settingsFrequencies: [Frequency] = [.monthly, .quarterly, .yearly, .never]

    func settingsForm() -> Form? {
        guard let branch else { return nil }
        let s = strings
        let ladder = branch.ladder
        var fields = [
            FormField(.talk, s.fieldLadderTalk, .number(WarningLadder.allowedMonths), value: "\(ladder.talk)"),
            FormField(.urgent, s.fieldLadderUrgent, .number(WarningLadder.allowedMonths), value: "\(ladder.urgent)"),
            FormField(.left, s.fieldLadderLeft, .number(WarningLadder.allowedMonths), value: "\(ladder.regardedAsLeft)"),
        ]
        let names = Self.settingsFrequencies.map(s.labels.frequencyName)
        for type in MeetingType.allCases {
            fields.append(.choice(.frequency(type), s.typeName(type), names,
                                  selected: Self.settingsFrequencies.firstIndex(of: branch.frequency(of: type)) ?? 0))
        }
        fields.append(FormField(.reviewer, s.t("Minutes reviewed by (empty: no review line)", "会议记录审阅人（空：不设审阅栏）"), .text(required: false),
                                value: branch.minutesReviewer ?? ""))
        fields.append(FormField(.occasions, s.t("Talk occasions (separated by commas)", "谈心谈话事由（用“、”分隔）"), .text(required: false),
                                value: TalkOccasion.listed(by: branch, s.language).joined(separator: s.t(", ", "、"))))
        return Form(SettingsForm.settings.purpose, title: s.settingsFormTitle, fields: fields)
    }

    func renderSettings(_ grid: inout Grid, top: Int, height: Int) {
        guard let branch else { return }
        let s = strings
        let l = s.labels
        var y = top
        grid.put(s.settingsLadderHeading, x: 1, y: y, style: .heading)
        y += 1
        let ladder = branch.ladder
        for (threshold, level) in [(ladder.talk, WarningLevel.talk), (ladder.urgent, .urgent), (ladder.regardedAsLeft, .regardedAsLeft)] {
            y += grid.paragraph(s.ladderLine(threshold, l.levelName(level)), x: 3, y: y, width: grid.size.columns - 4, height: 2)
        }
        y += 1
        grid.put(s.settingsDutiesHeading, x: 1, y: y, style: .heading)
        y += 1
        let fullMembers = Roster(members: members).fullMemberCount(on: today)
        for type in MeetingType.allCases where y < top + height - 2 {
            var line = "\(pad(s.typeName(type), toWidth: 32)) \(l.frequencyName(branch.frequency(of: type)))"
            if type == .committeeMeeting && fullMembers < ComplianceReport.committeeThreshold { line += "  " + s.noCommitteeNote(fullMembers) }
            if type == .partyGroupMeeting && branch.partyGroups.isEmpty { line += "  " + s.noGroupsNote }
            grid.put(line, x: 3, y: y, limit: grid.size.columns - 4)
            y += 1
        }
        if y < top + height - 2 {
            y += 1
            grid.put(s.groupsHeading, x: 1, y: y, style: .heading)
            y += 1
            if branch.partyGroups.isEmpty, y < top + height - 1 {
                grid.put(s.noGroupsYet, x: 3, y: y, style: Style(role: .muted))
                y += 1
            }
            for group in branch.partyGroups where y < top + height - 1 {
                let leader = group.leaderMemberID.flatMap { id in members.first { $0.id == id }?.name }
                y += grid.paragraph(s.groupLine(group.name, leader: leader, retired: group.retiredOn?.description), x: 3, y: y,
                                    width: grid.size.columns - 4, height: 2, style: group.retiredOn == nil ? .plain : Style(role: .muted))
            }
        }
        if y < top + height - 1 {
            grid.paragraph(s.settingsHelp, x: 1, y: y + 1, width: grid.size.columns - 2, height: top + height - y - 1, style: Style(role: .muted))
        }
    }
}

extension KeyScope {
    static let settingsKeys: [KeyBinding] = [
        KeyBinding([.key(.enter), .char("e")], label: Phrase("change", "修改"),
                   help: Phrase("change the six-month rule's thresholds (talk, urgent, regarded as left; default 3, 5, 6 unexcused months) and how often each meeting type is owed",
                                "修改六个月规则的预警月数（谈话、紧急、视为自行脱党；默认无故缺席 3、5、6 个月）和各类会议的频次"),
                   hint: 1, writes: true) { context, _ in context.settingsForm().map { [.openForm($0)] } ?? [] },
        KeyBinding([.char("g")], label: Phrase("new group", "新建党小组"), help: Phrase("new party group, with its leader", "新建党小组并指定组长"),
                   hint: 2, writes: true) { context, _ in [.openForm(context.addGroupForm())] },
        KeyBinding([.char("r")], label: Phrase("rename group", "修改党小组"), help: Phrase("rename a party group or change its leader", "修改党小组名称或组长"),
                   hint: 3, writes: true, when: { !($0.branch?.activeGroups(on: $0.today).isEmpty ?? true) }) { context, _ in
            context.editGroupForm().map { [.openForm($0)] } ?? []
        },
        KeyBinding([.char("x")], label: Phrase("dissolve group", "撤销党小组"),
                   help: Phrase("dissolve a party group from a day on (it owes no meetings after; its past stays)", "自某日起撤销党小组（此后不再要求开会，以往记录保留）"),
                   writes: true, when: { !($0.branch?.activeGroups(on: $0.today).isEmpty ?? true) }) { context, _ in
            context.retireGroupForm().map { [.openForm($0)] } ?? []
        },
    ]
}
