/// What a feature's form is for, in the feature's own terms (`DevelopmentForm`): the root
/// never looks inside it. Its answer goes back to the screen named in the `FormAddress`
/// (its registry row's `receive`), as Bubble Tea's wrapped messages and the Composable
/// Architecture's scoped actions come back to the child that sent them.
public protocol AddressedForm: Sendable {
    func isEqual(to other: any AddressedForm) -> Bool
}

extension AddressedForm where Self: Equatable {
    public func isEqual(to other: any AddressedForm) -> Bool { (other as? Self) == self }
}

/// A form's address: the screen whose feature answers it, and the feature's own purpose.
public struct FormAddress: Equatable, Sendable, CustomStringConvertible {
    public let screen: AppState.Screen
    public let form: any AddressedForm

    public init(_ screen: AppState.Screen, _ form: any AddressedForm) {
        self.screen = screen
        self.form = form
    }

    public static func == (lhs: FormAddress, rhs: FormAddress) -> Bool { lhs.screen == rhs.screen && lhs.form.isEqual(to: rhs.form) }

    /// Names the form for a draft kept across a restart (`FormDraft.key`).
    public var description: String { "\(screen)/\(String(describing: form))" }
}
