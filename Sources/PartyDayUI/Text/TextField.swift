import PartyDayKit

/// An editable text: one line or several. The caret moves by grapheme, is placed by
/// display width, and Backspace removes one whole grapheme (a Chinese character, an
/// emoji with its modifiers). Control characters never get in.
public struct TextField: Equatable, Sendable {
    public private(set) var text: String
    /// In graphemes, 0...text.count.
    public private(set) var caret: Int
    public let multiline: Bool

    public init(_ text: String = "", multiline: Bool = false) {
        self.text = multiline ? TextSanitizer.multiLine(text) : TextSanitizer.singleLine(text)
        self.multiline = multiline
        caret = self.text.count
    }

    /// Applies an editing event; false when the event is not for a text field.
    public mutating func handle(_ event: Event) -> Bool {
        switch event {
        case let .text(typed), let .paste(typed):
            insert(typed)
        case let .key(key):
            return handle(key)
        default:
            return false
        }
        return true
    }

    public mutating func set(_ value: String) {
        self = TextField(value, multiline: multiline)
    }

    /// Keys are read from the text-editing bindings (`KeyScope.textEditing`).
    private mutating func handle(_ key: Key) -> Bool {
        guard case let .text(command)? = KeyScope.textEditing.action(for: .key(key)) else { return false }
        switch command {
        case .left: caret = max(0, caret - 1)
        case .right: caret = min(text.count, caret + 1)
        case .lineStart: caret = multiline ? lineStart(caret) : 0
        case .lineEnd: caret = multiline ? lineEnd(caret) : text.count
        case .deleteBack:
            guard caret > 0 else { return true }
            let index = text.index(text.startIndex, offsetBy: caret - 1)
            text.remove(at: index)
            caret -= 1
        case .deleteForward:
            guard caret < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: caret))
        case .deleteToStart:
            // Deletes back to the start of the line, as in a shell.
            let start = multiline ? lineStart(caret) : 0
            let from = text.index(text.startIndex, offsetBy: start), to = text.index(text.startIndex, offsetBy: caret)
            text.removeSubrange(from..<to)
            caret = start
        case .deleteToEnd:
            let end = multiline ? lineEnd(caret) : text.count
            let from = text.index(text.startIndex, offsetBy: caret), to = text.index(text.startIndex, offsetBy: end)
            text.removeSubrange(from..<to)
        case .newLine:
            guard multiline else { return false }
            insert("\n")
        case .lineUp:
            guard multiline else { return false }
            moveVertically(-1)
        case .lineDown:
            guard multiline else { return false }
            moveVertically(1)
        }
        return true
    }

    private mutating func insert(_ typed: String) {
        let clean = multiline ? TextSanitizer.multiLine(typed) : TextSanitizer.singleLine(typed)
        guard !clean.isEmpty else { return }
        let index = text.index(text.startIndex, offsetBy: caret)
        // Counted on the joined prefix: an inserted combining mark merges with the grapheme before it.
        let prefix = String(text[..<index]) + clean
        text.insert(contentsOf: clean, at: index)
        caret = min(text.count, prefix.count)
    }

    private var characters: [Character] { Array(text) }

    private func lineStart(_ position: Int) -> Int {
        let chars = characters
        var index = position
        while index > 0 && chars[index - 1] != "\n" { index -= 1 }
        return index
    }

    private func lineEnd(_ position: Int) -> Int {
        let chars = characters
        var index = position
        while index < chars.count && chars[index] != "\n" { index += 1 }
        return index
    }

    /// Moves to the neighbouring line, keeping the display column where possible.
    private mutating func moveVertically(_ direction: Int) {
        let chars = characters
        let start = lineStart(caret)
        let column = displayWidth(String(chars[start..<caret]))
        let target: Int
        if direction < 0 {
            guard start > 0 else { caret = 0; return }
            target = lineStart(start - 1)
        } else {
            let end = lineEnd(caret)
            guard end < chars.count else { caret = chars.count; return }
            target = end + 1
        }
        var index = target, used = 0
        while index < chars.count && chars[index] != "\n" {
            let width = displayWidth(chars[index])
            if used + width > column { break }
            used += width
            index += 1
        }
        caret = index
    }

    /// Draws the field in a box of `width` × `height` and returns where the caret is.
    public func draw(into grid: inout Grid, x: Int, y: Int, width: Int, height: Int = 1, style: Style) -> Point? {
        guard width > 0, height > 0 else { return nil }
        for row in 0..<height { grid.fill(x: x, y: y + row, width: width, style: style) }
        if !multiline {
            let chars = characters
            // Scroll so the caret stays visible, leaving a column for it at the end.
            var start = 0
            while start < caret && displayWidth(String(chars[start..<caret])) > width - 1 { start += 1 }
            let visible = String(chars[start...])
            grid.put(visible, x: x, y: y, style: style, limit: width)
            return Point(x: x + min(width - 1, displayWidth(String(chars[start..<caret]))), y: y)
        }
        let rows = wrappedRows(width: width)
        let caretRow = rows.lastIndex { $0.start <= caret } ?? 0
        let first = max(0, caretRow - height + 1)
        let chars = characters
        for (offset, row) in rows[first...].prefix(height).enumerated() {
            grid.put(String(chars[row.start..<row.end]), x: x, y: y + offset, style: style, limit: width)
        }
        let row = rows[caretRow]
        let column = displayWidth(String(chars[row.start..<min(caret, row.end)]))
        return Point(x: x + min(width - 1, column), y: y + caretRow - first)
    }

    /// Visual rows: logical lines wrapped at `width` columns, never inside a grapheme.
    func wrappedRows(width: Int) -> [(start: Int, end: Int)] {
        let chars = characters
        var rows: [(Int, Int)] = []
        var start = 0, used = 0, index = 0
        while index < chars.count {
            let character = chars[index]
            if character == "\n" {
                rows.append((start, index))
                index += 1
                start = index
                used = 0
                continue
            }
            let w = displayWidth(character)
            if used + w > width - 1 && used > 0 {
                rows.append((start, index))
                start = index
                used = 0
            }
            used += w
            index += 1
        }
        rows.append((start, chars.count))
        return rows
    }
}

extension TextField {
    /// A list's search box while it has focus: typing filters (back to the first row),
    /// Enter or ↑↓ keep the filter and leave the box, Esc clears it. Returns whether the
    /// box keeps the focus.
}
