import Foundation
import PartyDayKit

/// The long text typed into an open form (a meeting's minutes, a speech, the host's
/// summary), kept on disk as it is typed — within a second, like every change — so a
/// crash or a closed terminal loses at most a second of it. Opening the same form again
/// brings it back.
public struct FormDraft: Codable, Equatable, Sendable {
    /// Which form, of which meeting: the purpose and the open meeting's id.
    public var form: String
    /// The multi-line fields' texts, by field.
    public var texts: [String: String]
    public var savedAt: Date

    /// The draft of `form` as it stands, when it has multi-line text worth keeping.
    init?(_ form: Form, meetingID: String?, at now: Date) {
        var texts: [String: String] = [:]
        for field in form.fields where field.kind == .multiline && !field.input.text.isEmpty {
            texts["\(field.key)"] = field.input.text
        }
        guard !texts.isEmpty else { return nil }
        self.form = Self.key(form, meetingID: meetingID)
        self.texts = texts
        savedAt = now
    }

    static func key(_ form: Form, meetingID: String?) -> String { "\(form.purpose)@\(meetingID ?? "")" }

    /// `form` with this draft's texts in its multi-line fields.
    func restore(into form: Form) -> Form {
        var restored = form
        for index in restored.fields.indices where restored.fields[index].kind == .multiline {
            if let text = texts["\(restored.fields[index].key)"] { restored.fields[index].input = TextField(text, multiline: true) }
        }
        return restored
    }
}

extension AppState {
    /// The open form's draft, if it holds long text.
    var formDraft: FormDraft? {
        guard case let .form(form) = modal else { return nil }
        return FormDraft(form, meetingID: workspace?.meeting.id, at: now)
    }

    /// After each event: the draft is kept while a form with long text is open (asked of
    /// the runner only when the text changed) and let go when the form closes; a draft left
    /// by a crash is brought back when its form opens again.
    mutating func keepDraft(before: FormDraft?, wasForm: Bool, _ effects: inout [Effect]) {
        if let found = draftToRestore, case let .form(form) = modal, FormDraft.key(form, meetingID: workspace?.meeting.id) == found.form {
            draftToRestore = nil
            modal = .form(found.restore(into: form))
            note(strings.t("Brought back the text typed before partyday stopped (\(DateText.dateTime(found.savedAt, in: timeZone))).",
                           "已恢复 partyday 停止前输入的文字（\(DateText.dateTime(found.savedAt, in: timeZone))）。"), error: false)
        }
        let isForm: Bool = if case .form = modal { true } else { false }
        guard isForm || wasForm else { return }
        let after = formDraft
        if !isForm {
            effects.append(.keepDraft(nil))
        } else if after?.texts != before?.texts {
            effects.append(.keepDraft(after))
        }
    }
}
