import PartyDayKit

extension Form {
    /// How a form's reply refuses what was typed: the form shown again as it was, and why on
    /// the status line, in the interface's language. `let refuse = form.refusal(language)`.
    func refusal(_ language: Language) -> (Wording) -> [Intent] {
        { [.note($0.text(language), error: true), .openForm(self)] }
    }
}

extension Wording {
    /// A rule's words ("the name is empty") as a sentence of their own ("The name is empty.").
    var sentence: Wording { Wording(english.capitalizedFirst + ".", chinese + "。") }
}

extension String {
    /// The text with its first letter in capitals (a rule's words opening a sentence).
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
