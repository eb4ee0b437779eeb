/// A mouse button press or a wheel turn at a cell of the screen.
public struct MouseEvent: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case press, wheelUp, wheelDown }

    public var kind: Kind
    public var at: Point

    public init(_ kind: Kind, at: Point) {
        self.kind = kind
        self.at = at
    }
}

/// What a click on part of the screen means; `render` marks the parts as it draws them.
public enum ClickAction: Equatable, Sendable {
    /// A row of the list on screen, by its index in the list.
    case row(Int)
    /// A tab of the meeting workspace.
    case pane(WorkspaceState.Pane)
    /// A field of the open form, by its index.
    case formField(Int)
}

/// A clickable stretch of one row of the screen.
public struct ClickTarget: Equatable, Sendable {
    public var y: Int
    public var x: Range<Int>
    public var action: ClickAction
}
