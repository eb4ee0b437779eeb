import PartyDayKit

/// How a cell looks. Colours are roles, not colour numbers: the terminal adapter maps
/// them, and drops them for NO_COLOR or a monochrome terminal.
public struct Style: Equatable, Hashable, Sendable {
    public enum Role: UInt8, Sendable { case normal, title, accent, good, warning, danger, muted }

    public var role: Role = .normal
    public var bold = false
    public var reverse = false
    public var underline = false

    public init(role: Role = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()
    public static let selected = Style(reverse: true)
    public static let heading = Style(role: .title, bold: true)
}

/// One terminal cell. A wide grapheme occupies its cell (width 2) and the next one,
/// which is marked as its continuation (width 0) and never drawn on its own.
public struct Cell: Equatable, Sendable {
    public var grapheme: String
    public var width: UInt8
    public var style: Style

    public static let blank = Cell(grapheme: " ", width: 1, style: .plain)
    static func continuation(_ style: Style) -> Cell { Cell(grapheme: "", width: 0, style: style) }
}

public struct Size: Equatable, Sendable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
    }
}

public struct Point: Equatable, Sendable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// What `render` produces: the cells, and where the hardware cursor goes (the text
/// caret, so that an input method's candidate window follows it), or nil to hide it.
public struct Frame: Equatable, Sendable {
    public var grid: Grid
    public var cursor: Point?
}

/// The screen as a grid of cells; all drawing goes through `put`, which measures with
/// `displayWidth` and never splits a wide character at an edge.
public struct Grid: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Parts of the screen a click means something on, in drawing order (the last drawn wins).
    public private(set) var targets: [ClickTarget] = []

    /// Marks `width` cells from (`x`, `y`) as meaning `action` when clicked.
    public mutating func target(_ action: ClickAction, x: Int, y: Int, width: Int) {
        guard width > 0, y >= 0, y < size.rows else { return }
        targets.append(ClickTarget(y: y, x: max(0, x)..<min(size.columns, x + width), action: action))
    }

    /// What a click at `point` means: the last target drawn there.
    public func action(at point: Point) -> ClickAction? {
        targets.last { $0.y == point.y && $0.x.contains(point.x) }?.action
    }

    /// Forgets the targets under a box drawn over them.
    mutating func clearTargets(x: Int, y: Int, width: Int, height: Int) {
        targets.removeAll { $0.y >= y && $0.y < y + height && $0.x.overlaps(x..<(x + width)) }
    }

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.columns * size.rows)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.columns + x]
    }

    /// Writes `text` from column `x` on row `y`, within `limit` columns (to the right edge
    /// when nil). A wide character that does not fit is replaced by padding. Returns the
    /// columns used.
    /// With `ellipsis`, text that is cut ends in "…" so the reader knows there is more.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil, ellipsis: Bool = false) -> Int {
        guard y >= 0, y < size.rows, x < size.columns else { return 0 }
        let end = min(size.columns, limit.map { x + max(0, $0) } ?? size.columns)
        var column = x
        var placed: [(column: Int, width: Int)] = []
        for character in text {
            let width = displayWidth(character)
            if width == 0 { continue }
            if column + width > end {
                if ellipsis {
                    // Take back characters until "…" fits in the last column.
                    while column > end - 1, let last = placed.popLast() {
                        for cell in last.column..<(last.column + last.width) where cell >= 0 {
                            set(cell, y, Cell(grapheme: " ", width: 1, style: style))
                        }
                        column = last.column
                    }
                    if column >= 0 && column < end {
                        set(column, y, Cell(grapheme: "…", width: 1, style: style))
                        column += 1
                    }
                }
                while column < end {
                    if column >= 0 { set(column, y, Cell(grapheme: " ", width: 1, style: style)) }
                    column += 1
                }
                break
            }
            if ellipsis { placed.append((column, width)) }
            if column >= 0 {
                set(column, y, Cell(grapheme: String(character), width: UInt8(width), style: style))
                if width == 2 { set(column + 1, y, .continuation(style)) }
            }
            column += width
        }
        return column - x
    }

    /// Fills columns `x..<x+width` of row `y` with spaces in `style`.
    public mutating func fill(x: Int, y: Int, width: Int, style: Style) {
        guard y >= 0, y < size.rows else { return }
        for column in max(0, x)..<min(size.columns, max(0, x + width)) {
            set(column, y, Cell(grapheme: " ", width: 1, style: style))
        }
    }

    /// Writing half of a wide character clears its other half.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let index = y * size.columns + x
        let old = cells[index]
        if old.width == 2, cell.width != 0, x + 1 < size.columns {
            cells[index + 1] = Cell(grapheme: " ", width: 1, style: old.style)
        }
        if old.width == 0, x > 0, cells[index - 1].width == 2 {
            cells[index - 1] = Cell(grapheme: " ", width: 1, style: cells[index - 1].style)
        }
        cells[index] = cell
    }

    /// The text of each row, as a person would read it off the screen.
    public var lines: [String] {
        (0..<size.rows).map { y in
            var line = ""
            for x in 0..<size.columns { line += self[x, y].grapheme }
            return line
        }
    }

    /// All rows joined, trailing spaces trimmed: handy in tests.
    public var text: String {
        lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }
}
