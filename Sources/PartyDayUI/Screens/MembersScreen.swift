import Foundation
import PartyDayKit

/// The roster: add, edit, transfers in and out (the history stays), search by name.
extension RosterState {
    /// The roster as the search box filters it.
    func filtered(_ members: [Member], pinyin: [String: PinyinKey]) -> [Member] {
        let query = NameMatcher.Query(list.search.text)
        if query.isEmpty { return members }
        return members.filter { query.matches(name: $0.name, key: pinyin[$0.name]) }
    }

    /// The highlighted member of the filtered list, if any.
    func selected(_ members: [Member], pinyin: [String: PinyinKey]) -> Member? {
        let shown = filtered(members, pinyin: pinyin)
        return list.cursor.index < shown.count ? shown[list.cursor.index] : nil
    }

    func selected(_ context: ScreenContext) -> Member? { selected(context.members, pinyin: context.pinyin) }

    func render(into grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) -> Point? {
        let s = context.strings, members = context.members, today = context.today, branch = context.branch
        let shown = filtered(members, pinyin: context.pinyin)
        grid.put(s.membersTitle(shown.count, members.count), x: 1, y: top, style: .heading)
        // The committee's term, or what is wrong with it, on the line under the title.
        let term = BranchTerm(elections: context.elections.elections, members: members, on: today)
        if let warning = term.warnings.first {
            grid.put(warning.text(s.language), x: 1, y: top + 1, style: Style(role: .warning), limit: grid.size.columns - 2, ellipsis: true)
        } else if let last = term.lastElection, let ends = term.termEnds {
            grid.put(s.t("Committee: term \(last.termNumber.map(String.init) ?? "—") elected \(last.day), until \(ends) (E records an election)",
                         "支部委员会：第\(last.termNumber.map(String.init) ?? "—")届，\(last.day) 选举，任期至 \(ends)（按 E 记录换届）"),
                     x: 1, y: top + 1, style: Style(role: .muted), limit: grid.size.columns - 2, ellipsis: true)
        }
        let caret = list.drawSearch(into: &grid, label: s.searchLabel, x: grid.size.columns - 22 - displayWidth(s.searchLabel),
                                           y: top, width: 21 + displayWidth(s.searchLabel))
        if members.isEmpty {
            grid.paragraph(context.readOnly == nil ? s.noMembersYet : s.noMembersRecorded, x: 1, y: top + 2, width: grid.size.columns - 2, height: height - 2)
            return caret
        }
        let width = grid.size.columns
        let rows = shown.map { member -> [String] in
            let snapshot = member.snapshot(on: today)
            let category = member.category.value(on: today) ?? member.category.current
            let role = member.role.value(on: today) ?? member.role.current
            let group = (member.partyGroup.value(on: today) ?? nil).flatMap { branch?.partyGroup(id: $0)?.name } ?? ""
            var status = s.rosterStatusName(member.rosterStatus.value(on: today) ?? member.rosterStatus.current)
            if member.isMobile { status += " · " + s.mobile }
            if snapshot?.underNoVotePenalty == true { status += " · " + s.noVote }
            return [member.name, s.categoryName(category), s.roleName(role), group, status]
        }
        let columns = fitColumns([ColumnSpec(title: s.columnName, minimum: 8, maximum: 30, flexible: true),
                                  ColumnSpec(title: s.columnCategory, minimum: 6, maximum: 16),
                                  ColumnSpec(title: s.columnRole, minimum: 8, maximum: 24),
                                  ColumnSpec(title: s.columnGroup, minimum: 6, maximum: 16),
                                  ColumnSpec(title: s.columnStatus, minimum: 10, maximum: 30)], rows: rows, total: width)
        grid.table(top: top + 2, height: height - 2, columns: columns, rows: rows, selected: list.cursor.index) { index in
            shown[index].snapshot(on: today) == nil ? Style(role: .muted) : .plain
        }
        return caret
    }
}

extension AppState {
    var filteredMembers: [Member] { roster.filtered(members, pinyin: pinyin) }
    var selectedMember: Member? { roster.selected(members, pinyin: pinyin) }


    /// The members and the party groups the file names, as one change (`u` undoes both).
    mutating func importMembers(_ imported: [Member], creating groups: [PartyGroup] = [], _ effects: inout [Effect]) {
        guard writable else { return note(readOnlyRefusal, error: true) }
        let label = Phrase("importing \(imported.count) members", "导入\(imported.count)名党员")
        // A group created meanwhile under the same name (c) is the one the members join.
        var imported = imported
        for group in groups {
            guard let existing = branch?.partyGroups.first(where: { $0.name == group.name }), existing.id != group.id else { continue }
            for index in imported.indices {
                imported[index].partyGroup = imported[index].partyGroup.mapValues { $0 == group.id ? existing.id : $0 }
            }
        }
        var before: [RecordValue] = [.members(members)], after: [RecordValue] = [.members(members + imported)]
        let missing = groups.filter { group in !(branch?.partyGroups.contains { $0.name == group.name } ?? true) }
        if let branch, !missing.isEmpty {
            var changed = branch
            changed.partyGroups += missing
            before.insert(.branch(branch), at: 0)
            after.insert(.branch(changed), at: 0)
        }
        commit(RecordEdit(before: before, after: after, label: label), &effects)
        note(strings.imported(imported.count) + (missing.isEmpty ? "" : strings.t(" Party groups created: \(missing.map(\.name).joined(separator: ", ")).",
                                                                                    "已新建党小组：\(missing.map(\.name).joined(separator: "、"))。")), error: false)
    }
}

/// The Members screen's forms, built from the read-only context.
enum MembersForms {
    static func importPath(_ context: ScreenContext) -> Form {
        Form(.importPath, title: context.strings.importTitle, fields: [FormField(.path, context.strings.fieldCSVPath, .text(required: true))])
    }

    /// The form to add a member (nil) or edit one.
    static func member(_ member: Member?, _ context: ScreenContext) -> Form {
        let s = context.strings
        let day = context.today
        let groups = context.branch?.activeGroups(on: day) ?? []
        let groupID = member.flatMap { $0.partyGroup.value(on: day) ?? nil }
        let role = member.map { $0.role.value(on: day) ?? $0.role.current } ?? Role(.member)
        var fields = [
            FormField(.name, s.fieldName, .text(required: true), value: member?.name ?? ""),
            FormField(.joined, s.fieldJoined, .day(required: false), value: member?.joinedOn?.description ?? ""),
            FormField.choice(.category, s.fieldCategory, MemberCategory.allCases.map(s.categoryName),
                             selected: MemberCategory.allCases.firstIndex(of: member?.category.value(on: day) ?? .full) ?? 0),
            FormField(.probationStart, s.fieldProbationStart, .day(required: false), value: member?.probationStart?.description ?? ""),
            FormField(.conversion, s.fieldPlannedConversion, .day(required: false), value: member?.plannedConversion?.description ?? ""),
            FormField.choice(.role, s.fieldRole, Role.Kind.allCases.map { s.roleName(Role($0)) },
                             selected: Role.Kind.allCases.firstIndex(of: role.kind) ?? 3),
            FormField(.portfolio, s.fieldPortfolio, .text(required: false), value: role.portfolio),
            FormField.choice(.group, s.fieldPartyGroup, [s.none] + groups.map(\.name),
                             selected: (groups.firstIndex { $0.id == groupID }).map { $0 + 1 } ?? 0),
            FormField.toggle(.penalty, s.fieldNoVotePenalty, on: member?.noVotePenalty.value(on: day) ?? false),
            FormField.toggle(.mobile, s.fieldMobile, on: member?.isMobile ?? false),
            FormField(.mobileLocation, s.fieldMobileLocation, .text(required: false), value: member?.mobileLocation ?? ""),
            FormField(.gender, s.fieldGender, .text(required: false), value: member?.gender ?? ""),
            FormField(.phone, s.fieldPhone, .text(required: false), value: member?.phone ?? ""),
            FormField(.notes, s.fieldNotes, .multiline, value: member?.notes ?? ""),
        ]
        if member != nil {
            fields.append(FormField(.since, s.fieldChangesFrom, .day(required: true), value: day.description))
        } else {
            // A member added by hand is on the roster from a day given, as in an import.
            let earliest = context.meetings.last.map { DateText.day($0.start, in: context.timeZone) }
            fields.insert(FormField(.since, s.fieldRosterSince, .day(required: true),
                                    value: MemberImport.defaultRosterSince(today: day, earliestMeeting: earliest).description), at: 2)
        }
        return Form(member.map { .editMember(id: $0.id) } ?? .addMember,
                    title: member.map { s.editMemberTitle($0.name) } ?? s.addMemberTitle, fields: fields)
    }

    static func transfer(_ member: Member, _ context: ScreenContext) -> Form {
        let s = context.strings
        let onRoster = member.snapshot(on: context.today) != nil
        let options: [RosterStatus] = onRoster ? [.transferredOut, .deceased] : [.transferredIn, .active]
        return Form(.transfer(memberID: member.id), title: s.transferTitle(member.name), fields: [
            FormField.choice(.status, s.fieldRosterStatus, options.map(s.rosterStatusName), selected: 0),
            FormField(.day, s.fieldDay, .day(required: true), value: context.today.description),
        ])
    }

}

/// The Members screen's own forms (a member, a transfer); their answers come back here.
enum MembersForm: Equatable, AddressedForm {
    case addMember
    case editMember(id: String)
    case transfer(memberID: String)
    /// Correcting a member's dated history: which entry, then its right day and value.
    case correctHistory(memberID: String)
    case correctHistoryEntry(memberID: String, entry: HistoryEntry)
    /// A roster file to import (previewed first), and the day its members without a roster date join.
    case importPath
    case importRosterSince(ImportRequest)

    /// The answers: the roster as changed, through the pipe; a member added is highlighted.
    static let replies = FormReplies.scoped(\.roster, ids: true) { screen, form, context, ids in
        if case let .addressed(address) = form.purpose, address.form is ElectionForm { return ElectionForms.receive(form, context) }
        if case let .addressed(address) = form.purpose, address.form is AwayForm { return AwayForms.receive(form, context, &ids) }
        guard case let .addressed(address) = form.purpose, let purpose = address.form as? MembersForm else { return [] }
        let today = context.today, members = context.members
        let groups = context.branch?.activeGroups(on: today) ?? []
        let groupChoice = form.choice(.group)
        let groupID = groupChoice > 0 && groupChoice <= groups.count ? groups[groupChoice - 1].id : nil
        let category = MemberCategory.allCases[form.choice(.category)]
        let role = Role(Role.Kind.allCases[form.choice(.role)], portfolio: form.text(.portfolio))
        switch purpose {
        case .importPath:
            guard let branch = context.branch else { return [] }
            let earliest = context.meetings.last.map { DateText.day($0.start, in: context.timeZone) }
            let request = ImportRequest(path: PastedPath.clean(form.text(.path)), branch: branch, existing: members, today: today,
                                        language: context.strings.language,
                                        rosterSince: MemberImport.defaultRosterSince(today: today, earliestMeeting: earliest))
            return [.effect(Effect.previewImport(request).replying(to: .members))]
        case let .importRosterSince(request):
            guard let day = form.day(.day) else { return [] }
            var again = request
            again.rosterSince = day
            return [.effect(Effect.previewImport(again).replying(to: .members))]
        case let .correctHistory(memberID):
            return HistoryCorrection.chooseEntry(form, memberID: memberID, context)
        case let .correctHistoryEntry(memberID, entry):
            return HistoryCorrection.correct(form, memberID: memberID, entry: entry, context)
        case .addMember:
            var member = Member(id: ids.id(), name: form.text(.name), joinedOn: form.day(.joined), onRosterSince: form.day(.joined).map { max($0, form.day(.since) ?? today) } ?? form.day(.since) ?? today,
                                category: category, probationStart: form.day(.probationStart),
                                plannedConversion: form.day(.conversion), role: role, partyGroupID: groupID,
                                isMobile: form.isOn(.mobile), mobileLocation: form.text(.mobileLocation))
            if form.isOn(.penalty) { member.noVotePenalty.set(true, from: form.day(.since) ?? today) }
            member.setContact(gender: form.text(.gender), phone: form.text(.phone), notes: form.text(.notes))
            screen.list.cursor.index = members.count
            return [.replaceRoster(members + [member], label: Phrase("adding \(member.name)", "添加\(member.name)")),
                    .note(context.strings.memberAdded(member.name), error: false)]
        case let .editMember(id):
            let since = form.day(.since) ?? today
            guard let index = members.firstIndex(where: { $0.id == id }) else { return [] }
            var list = members
            var member = list[index]
            let name = member.name
            member.name = form.text(.name)
            member.joinedOn = form.day(.joined)
            member.probationStart = form.day(.probationStart)
            member.plannedConversion = form.day(.conversion)
            member.isMobile = form.isOn(.mobile)
            member.mobileLocation = form.text(.mobileLocation)
            member.setContact(gender: form.text(.gender), phone: form.text(.phone), notes: form.text(.notes))
            // Dated values change from `since` on; days before keep what they were.
            if member.category.value(on: since) != category { member.category.set(category, from: since) }
            if member.role.value(on: since) != role { member.role.set(role, from: since) }
            if (member.partyGroup.value(on: since) ?? nil) != groupID { member.partyGroup.set(groupID, from: since) }
            if member.noVotePenalty.value(on: since) != form.isOn(.penalty) { member.noVotePenalty.set(form.isOn(.penalty), from: since) }
            list[index] = member
            return [.replaceRoster(list, label: Phrase("a change to \(name)", "对\(name)的修改"))]
        case let .transfer(memberID):
            guard let index = members.firstIndex(where: { $0.id == memberID }), let day = form.day(.day) else { return [] }
            let member = members[index]
            let onRoster = member.snapshot(on: today) != nil
            let options: [RosterStatus] = onRoster ? [.transferredOut, .deceased] : [.transferredIn, .active]
            var list = members
            list[index].rosterStatus.set(options[form.choice(.status)], from: day)
            return [.replaceRoster(list, label: Phrase("\(member.name)'s transfer", "\(member.name)的组织关系变动"))]
        }
    }
}

extension MembersForm {
    /// The answers to reading a roster file: the preview box, or why it could not be read.
    static let results = EffectResults.asking { event, _ in
        switch event {
        case let .importPreviewed(request, result): [.showImportPreview(ImportPreviewBox(result: result, request: request))]
        case let .importFailed(problem): [.failed(problem)]
        default: []
        }
    }
}

extension Form {
    /// A form of the Members screen (`Form(.addMember, …)`).
    init(_ purpose: MembersForm, title: String, fields: [FormField], candidates: [PersonCandidate] = []) {
        self.init(.addressed(FormAddress(.members, purpose)), title: title, fields: fields, candidates: candidates)
    }
}

extension KeyScope {
    static let membersKeys: [KeyBinding] = [
        KeyBinding([.char("a")], label: Phrase("add", "添加"), help: Phrase("add a member", "添加党员"), hint: 1, writes: true, scope: \.roster) { _, context, _ in
            [.openForm(MembersForms.member(nil, context))]
        },
        KeyBinding([.key(.enter)], label: Phrase("edit", "编辑"),
                   help: Phrase("edit; changes of category, role, party group and the probation penalty take effect from the \"changes from\" day, earlier days keep what they were",
                                "编辑；类别、职务、党小组和留党察看的变更自“变更日期”起生效，此前的日期保持原样"),
                   hint: 2, writes: true, scope: \.roster) { screen, context, _ in
            screen.selected(context).map { [.openForm(MembersForms.member($0, context))] } ?? []
        }.disabled(Unavailable.noRosterMemberSelected),
        KeyBinding([.char("t")], label: Phrase("transfer", "转入转出"),
                   help: Phrase("roster change: transfer out or deceased (on the roster), transfer in or back to active (one who left), from a given day",
                                "名册变动：转出或去世（在册党员），转入或恢复（已离开的党员），自指定日期起"),
                   hint: 3, writes: true, scope: \.roster) { screen, context, _ in
            screen.selected(context).map { [.openForm(MembersForms.transfer($0, context))] } ?? []
        }.disabled(Unavailable.noRosterMemberSelected),
        KeyBinding([.char("h")], label: Phrase("correct history", "更正记录"),
                   help: Phrase("correct a dated entry of the member's history (roster, category, role, group, penalty) that has the wrong day; meetings already held that it would change are named, not rewritten",
                                "更正该党员历史记录中日期有误的一条（在册、类别、职务、党小组、留党察看）；会影响的已召开会议会列出，但不改写"),
                   writes: true, scope: \.roster) { screen, context, _ in
            screen.selected(context).map { [.openForm(HistoryCorrection.form($0, context))] } ?? []
        }.disabled(Unavailable.noRosterMemberSelected),
        KeyBinding([.char("o")], label: Phrase("away", "转接/流动/失联"),
                   help: Phrase("the highlighted member's transfer letters and receipt, a stay away as a mobile member and its reports, being out of contact and the attempts",
                                "所选党员的组织关系介绍信和回执、外出流动登记和汇报、失联和联系记录"),
                   writes: true, scope: \.roster) { screen, context, _ in
            screen.selected(context).map { [.openForm(AwayForms.choose($0, context))] } ?? []
        }.disabled(Unavailable.noMemberSelected),
        KeyBinding([.char("T")], label: Phrase("arrives", "转入"),
                   help: Phrase("a member arrives with a letter of transfer in: added to the roster from the day they report, with the letter (number, from, dues paid up to)",
                                "党员持介绍信转入：录入介绍信（编号、转自、党费交至），自报到之日起列入名册"),
                   writes: true, scope: \.roster) { _, context, _ in
            [.openForm(ArrivalForm.form(context))]
        },
        KeyBinding([.char("E")], label: Phrase("election", "换届"),
                   help: Phrase("record the committee's election (the roster's committee is elected), a by-election or a resignation; the roles follow",
                                "记录支部委员会换届选举（当选人取自名册中的支委）、补选或辞职；名册中的职务随之改变"),
                   writes: true, scope: \.roster) { _, context, _ in
            [.openForm(ElectionForms.form(context))]
        },
        KeyBinding([.char("e")], label: Phrase("elections", "更正换届"),
                   help: Phrase("correct a recorded election, by-election or resignation (day, term, votes each received, note) or remove it",
                                "更正已记录的换届选举、补选或辞职（日期、届次、任期、每人得票、备注），或删除"),
                   writes: true, scope: \.roster) { _, context, _ in
            ElectionForms.choose(context)
        },
        KeyBinding([.char("/")], label: Phrase("search", "搜索"), help: Phrase("search by name, part of it, or pinyin (zrs, zhangrun)", "按姓名、部分姓名或拼音搜索（zrs、zhangrun）"),
                   hint: 4, scope: \.roster) { screen, _, _ in
            screen.list.startSearch()
            return []
        },
        KeyBinding([.char("i")], label: Phrase("import", "导入"),
                   help: Phrase("import members from a CSV file (a preview first; nothing is written until you confirm)", "从 CSV 文件导入党员（先预览，确认后才写入）"),
                   hint: 5, writes: true, scope: \.roster) { _, context, _ in [.openForm(MembersForms.importPath(context))] },
        KeyBinding([.char("d"), .key(.delete)], label: Phrase("delete", "删除"),
                   help: Phrase("delete from the roster file, after asking; past meeting records keep the name", "从名册删除（先确认）；以往会议记录保留姓名"),
                   hint: 6, writes: true, scope: \.roster) { screen, context, _ in
            screen.selected(context).map { [.ask(Confirmation(question: context.strings.confirmDeleteMember($0.name), action: .deleteMember(id: $0.id)))] } ?? []
        }.disabled(Unavailable.noRosterMemberSelected),
    ]
}

extension Member {
    /// Gender, phone and notes from a form: an empty field clears the value.
    mutating func setContact(gender: String, phone: String, notes: String) {
        self.gender = gender.isEmpty ? nil : gender
        self.phone = phone.isEmpty ? nil : phone
        self.notes = notes.isEmpty ? nil : notes
    }
}
