import PartyDayKit

/// The election forms of the Members screen: `E` records a change of the committee — a
/// regular election records the committee the roster holds on its day (set the posts first:
/// Enter on each member), a by-election or a resignation names one member and the post;
/// `e` corrects or removes one recorded before.
public enum ElectionForm: Equatable, AddressedForm {
    case record
    /// Which recorded election to correct.
    case choose
    case correct(id: String)

    var purpose: FormPurpose { .addressed(FormAddress(.members, self)) }
}

extension FieldKey {
    static let termNumber = FieldKey.named("term-number")
    static let termYears = FieldKey.named("term-years")
    static let votes = FieldKey.named("votes")
    static let remove = FieldKey.named("remove")
}

enum ElectionForms {
    static let posts: [Role.Kind] = [.secretary, .deputySecretary, .committeeMember]

    static func form(_ context: ScreenContext) -> Form {
        let s = context.strings
        let last = BranchTerm(elections: context.elections.elections, members: context.members, on: context.today).lastElection
        return Form(ElectionForm.record.purpose, title: s.t("Committee: election (the roster's committee), by-election, resignation", "支部委员会换届（当选人取自名册中的支委）、补选或辞职"), fields: [
            .choice(.kind, s.t("What", "类别"), Election.Kind.allCases.map { $0.name.text(s.language) }, selected: 0),
            FormField(.day, s.t("Day", "日期"), .day(required: true), value: context.today.description),
            FormField(.termNumber, s.t("Term number (第几届)", "届次（第几届）"), .number(0...200), value: (last?.termNumber).map { "\($0 + 1)" } ?? ""),
            termYears(last?.termYears, s),
            .person(.name, s.t("Who (by-election or resignation)", "人员（补选或辞职时）"), nil, required: false),
            .choice(.role, s.t("Post (by-election or resignation)", "职务（补选或辞职时）"), posts.map { s.roleName(Role($0)) }, selected: 2),
            FormField(.portfolio, s.t("Portfolio (组织, 宣传 …)", "分工（组织、宣传……）"), .text(required: false)),
            votesField(nil, s),
            noteField(nil, s),
        ], candidates: context.members.filter { $0.snapshot(on: context.today) != nil }.map { PersonCandidate(person: .member($0), detail: "") })
    }

    static func termYears(_ years: Int?, _ s: Strings) -> FormField {
        .choice(.termYears, s.t("Term", "任期"), [s.t("3 years", "3 年"), s.t("5 years (village or community branch)", "5 年（村、社区党支部）")], selected: years == 5 ? 1 : 0)
    }

    static func votesField(_ election: Election?, _ s: Strings) -> FormField {
        FormField(.votes, s.t("Votes each (name votes, …)", "每人得票（姓名 票数、…）"), .text(required: false), value: election?.votesText ?? "")
    }

    static func noteField(_ election: Election?, _ s: Strings) -> FormField {
        FormField(.note, s.t("Note (votes cast, the higher committee's approval)", "备注（投票情况、上级党组织批复）"), .text(required: false), value: election?.note ?? "")
    }

    /// `e`: which recorded election to correct, newest first.
    static func choose(_ context: ScreenContext) -> [Intent] {
        let s = context.strings
        let recorded = Array(context.elections.elections.reversed())
        guard !recorded.isEmpty else { return [.note(s.t("No election is recorded yet: E records one.", "尚未记录换届：按 E 记录。"), error: true)] }
        return [.openForm(Form(ElectionForm.choose.purpose, title: s.t("Correct a recorded election", "更正换届记录"), fields: [
            .choice(.entry, s.t("Which", "哪一条"), recorded.map { "\($0.day) \($0.kind.name.text(s.language)) \($0.posts.map(\.name).joined(separator: "、"))" }, selected: 0),
        ]))]
    }

    static func correct(_ election: Election, _ context: ScreenContext) -> Form {
        let s = context.strings
        return Form(ElectionForm.correct(id: election.id).purpose, title: s.t("\(election.day) \(election.kind.name.english): \(election.posts.map(\.name).joined(separator: ", "))",
                                                                              "\(election.day) \(election.kind.name.chinese)：\(election.posts.map(\.name).joined(separator: "、"))"), fields: [
            FormField(.day, s.t("Day", "日期"), .day(required: true), value: election.day.description),
            FormField(.termNumber, s.t("Term number (第几届)", "届次（第几届）"), .number(0...200), value: election.termNumber.map { "\($0)" } ?? ""),
            termYears(election.termYears, s),
            votesField(election, s),
            noteField(election, s),
            .toggle(.remove, s.t("Remove this record", "删除这条记录"), on: false),
        ])
    }

    static func receive(_ form: Form, _ context: ScreenContext) -> [Intent] {
        let s = context.strings
        guard context.elections.loaded else { return [.note(s.t("The election files are not read yet.", "换届文件尚未读入。"), error: true)] }
        guard case let .addressed(address) = form.purpose, let purpose = address.form as? ElectionForm else { return [] }
        let refuse = form.refusal(s.language)
        switch purpose {
        case .choose:
            let recorded = Array(context.elections.elections.reversed())
            guard !recorded.isEmpty else { return [] }
            return [.openForm(correct(recorded[min(form.choice(.entry), recorded.count - 1)], context))]
        case let .correct(id):
            guard var election = context.elections.elections.first(where: { $0.id == id }) else { return [] }
            if form.isOn(.remove) {
                return [.changeElections(.delete(id: id)),
                        .note(s.t("Removed: \(election.day) \(election.kind.name.english). The roles on the roster stay.", "已删除：\(election.day) \(election.kind.name.chinese)。名册中的职务不变。"), error: false)]
            }
            guard let day = form.day(.day) else { return refuse(Wording("The day is written YYYY-MM-DD.", "日期格式为 YYYY-MM-DD。")) }
            guard day <= context.today else { return refuse(Wording("\(day) is after today: an election is recorded once held.", "\(day) 晚于今天：选举后再记录。")) }
            let voted = Election.posts(election.posts, withVotes: form.text(.votes))
            if let problem = voted.problem { return refuse(problem.sentence) }
            election.day = day
            election.termNumber = Int(form.text(.termNumber)).flatMap { $0 > 0 ? $0 : nil }
            election.termYears = form.choice(.termYears) == 1 ? 5 : 3
            election.posts = voted.posts
            election.note = form.text(.note)
            if let issue = ElectionValidation.issue(election) { return refuse(issue.sentence) }
            return [.changeElections(.update(election)),
                    .note(s.t("Corrected: \(day) \(election.kind.name.english). The roles on the roster keep their dates (h on a member corrects one).",
                              "已更正：\(day) \(election.kind.name.chinese)。名册中职务的日期不变（可在党员上按 h 更正）。"), error: false)]
        case .record:
            return record(form, context, refuse)
        }
    }

    private static func record(_ form: Form, _ context: ScreenContext, _ refuse: (Wording) -> [Intent]) -> [Intent] {
        let s = context.strings
        guard let day = form.day(.day) else { return refuse(Wording("The day is written YYYY-MM-DD.", "日期格式为 YYYY-MM-DD。")) }
        guard day <= context.today else { return refuse(Wording("\(day) is after today: an election is recorded once held.", "\(day) 晚于今天：选举后再记录。")) }
        let kind = Election.Kind.allCases[min(form.choice(.kind), Election.Kind.allCases.count - 1)]
        var election = Election(id: "new", day: day, kind: kind, termNumber: Int(form.text(.termNumber)).flatMap { $0 > 0 ? $0 : nil },
                                termYears: form.choice(.termYears) == 1 ? 5 : 3, note: form.text(.note))
        switch kind {
        case .regular:
            // Recorded afterwards, before the roster's own dates begin (a roster imported this
            // year, the election three years ago): the committee the roster holds now.
            let then = Election.committee(of: context.members, on: day)
            election.posts = then.isEmpty ? Election.committee(of: context.members, on: context.today) : then
            guard !election.posts.isEmpty else {
                return refuse(Wording("Nobody on the roster holds a committee post on \(day): set the posts first (Enter on each member).",
                                      "名册中 \(day) 没有人担任支委职务：请先设好职务（在党员上按 Enter）。"))
            }
        case .byElection, .resignation:
            guard let picked = form.person(.name).map(context.onRoster), let memberID = picked.memberID else {
                return refuse(Wording("Pick the member from the roster.", "请从名册中选择党员。"))
            }
            election.posts = [Election.Post(memberID: memberID, name: picked.name, role: Role(posts[min(form.choice(.role), posts.count - 1)], portfolio: form.text(.portfolio)))]
        }
        let voted = Election.posts(election.posts, withVotes: form.text(.votes))
        if let problem = voted.problem { return refuse(problem.sentence) }
        election.posts = voted.posts
        if let issue = ElectionValidation.issue(election) { return refuse(issue.sentence) }
        let names = election.posts.map(\.name).joined(separator: s.t(", ", "、"))
        return [.changeElections(.add(election)),
                .note(s.t("Recorded: \(day) \(kind.name.english) — \(names).", "已记录：\(day) \(kind.name.chinese)——\(names)。"), error: false)]
    }
}
