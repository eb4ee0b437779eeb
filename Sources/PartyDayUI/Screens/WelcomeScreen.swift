import Foundation
import PartyDayKit

/// First run: no branch in the folder yet.
extension ScreenContext {
    func createBranchForm() -> Form {
        let s = strings
        return Form(WelcomeForm.createBranch, title: s.createBranchTitle, fields: [
            FormField(.name, s.fieldBranchName, .text(required: true)),
            FormField(.parents, s.fieldParents, .text(required: false)),
            FormField(.zone, s.fieldTimeZone, .text(required: true), value: systemZone.identifier),
        ])
    }

    func renderWelcome(_ grid: inout Grid, top: Int, height: Int) {
        let s = strings
        grid.put(s.welcomeTitle, x: 2, y: top + 1, style: .heading)
        grid.paragraph(s.welcomeText(dataFolder), x: 2, y: top + 3, width: grid.size.columns - 4, height: height - 4)
    }
}

extension KeyScope {
    static let welcomeKeys: [KeyBinding] = [
        KeyBinding([.key(.enter), .char("c")], label: Phrase("create the branch", "创建党支部"),
                   help: Phrase("create the branch: name, parent organizations, time zone", "创建党支部：名称、上级组织、时区"), hint: 1, writes: true) { context, _ in
            [.openForm(context.createBranchForm())]
        },
        KeyBinding([.char("q"), .key(.escape)], label: Phrase("quit", "退出"), help: Phrase("quit", "退出"), hint: 2) { _, _ in [.effect(.quit)] },
    ]
}

/// The welcome screen's form: the branch itself. Its answer checks the zone and reads the
/// parent organizations; the root then keeps the branch and moves on (`Intent.createBranch`).
enum WelcomeForm: Equatable, AddressedForm {
    case createBranch

    static let replies = FormReplies.asking { form, context in
        let zone = form.text(.zone)
        guard TimeZone(identifier: zone) != nil else {
            var again = form
            again.focus = 2
            again.error = context.strings.unknownTimeZone(zone)
            return [.openForm(again)]
        }
        let parents = form.text(.parents).split { $0 == ">" || $0 == "›" || $0 == "/" || $0 == "," || $0 == "，" }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return [.createBranch(BranchProfile(name: form.text(.name), parentOrganizations: parents, timeZoneIdentifier: zone,
                                            agendaTemplates: AgendaTemplate.defaults(language: context.strings.language))),
                .note(context.strings.branchCreated, error: false)]
    }
}

extension Form {
    init(_ purpose: WelcomeForm, title: String, fields: [FormField], candidates: [PersonCandidate] = []) {
        self.init(.addressed(FormAddress(.welcome, purpose)), title: title, fields: fields, candidates: candidates)
    }
}
