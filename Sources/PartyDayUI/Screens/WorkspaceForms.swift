import PartyDayKit

/// What a form of the open meeting is for; its answer comes back to the meeting's own
/// reducer (`WorkspaceState.receive`), which changes the meeting in place and asks for the
/// rest (undo and saving, another form, a message, a roster change) as intents.
public enum WorkspaceForm: Equatable, AddressedForm {
    case editHeader
    case attendanceReason(memberID: String, status: AttendanceStatus)
    case exclusion(memberID: String)
    /// An absent member's make-up study (补学).
    case makeUp(memberID: String)
    /// A member's democratic-evaluation grade.
    case grade(memberID: String)
    case addGuest
    case editGuest(id: String)
    case addNonVoting
    case editNonVoting(id: String)
    case addStep
    case editStep(id: String)
    case skipStep(id: String)
    case addSpeech
    case editSpeech(id: String)
    case addSuggestion
    case editSuggestion(id: String)
    case addDecision
    case editDecision(id: String)
    case addPledge
    case editPledge(id: String)
    case editNotes
    /// Concluding a meeting written up afterwards: when did it end?
    case conclude

    /// Addressed to the open meeting.
    var purpose: FormPurpose { .addressed(FormAddress(.workspace, self)) }

    /// The answers, to the open meeting's state; new records' ids from the program's one source.
    static let replies = FormReplies.scoped(ifPresent: \.workspace) { open, form, context, ids in
        guard case let .addressed(address) = form.purpose, let purpose = address.form as? WorkspaceForm else { return [] }
        return open.receive(purpose, form, context, &ids)
    }
}

extension FieldKey {
    /// A secret ballot's scrutineers and tellers (监票人、计票人), names separated by 、 or commas.
    static let scrutineers = FieldKey.named("scrutineers")
    static let tellers = FieldKey.named("tellers")
    /// The statement of the person an admission or conversion is about (本人表态).
    static let statement = FieldKey.named("statement")
}

extension Form {
    /// Names typed into one field, separated by 、, commas or spaces (at most ten).
    func names(_ key: FieldKey) -> [String]? {
        let names = text(key).split { "、,，;； ".contains($0) }.map { TextSanitizer.name(String($0)) }.filter { !$0.isEmpty }
        return names.isEmpty ? nil : Array(names.prefix(10))
    }

    /// A form of the open meeting (`Form(.addGuest, …)`).
    init(_ purpose: WorkspaceForm, title: String, fields: [FormField], candidates: [PersonCandidate] = []) {
        self.init(purpose.purpose, title: title, fields: fields, candidates: candidates)
    }
}

extension WorkspaceState {
    /// Answers a submitted form of the meeting.
    mutating func receive(_ purpose: WorkspaceForm, _ form: Form, _ context: ScreenContext, _ ids: inout SeededGenerator) -> [Intent] {
        switch purpose {
        case .editHeader, .editNotes, .conclude:
            return receiveDetails(purpose, form, context)
        case .attendanceReason, .exclusion, .makeUp, .grade, .addGuest, .editGuest, .addNonVoting, .editNonVoting:
            return receiveAttendance(purpose, form, context, &ids)
        case .addStep, .editStep, .skipStep:
            return receiveAgenda(purpose, form, context, &ids)
        case .addSpeech, .editSpeech, .addSuggestion, .editSuggestion, .addDecision, .editDecision, .addPledge, .editPledge:
            return receiveRecord(purpose, form, context, &ids)
        }
    }

    /// The form shown again with `problem`; nothing is changed.
    static func again(_ form: Form, _ problem: String) -> [Intent] {
        var shown = form
        shown.error = problem
        return [.openForm(shown)]
    }
}
