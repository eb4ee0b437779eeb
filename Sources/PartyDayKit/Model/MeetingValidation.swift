extension Meeting {
    /// What makes a stored meeting unusable, in words; nil when it is sound.
    public var validationIssue: String? {
        if types.isEmpty { return "the meeting has no type" }
        if let bad = decisions.first(where: { min($0.yes, $0.no, $0.abstain) < 0 }) {
            return "a decision has a negative vote count: \(bad.text)"
        }
        return nil
    }
}
