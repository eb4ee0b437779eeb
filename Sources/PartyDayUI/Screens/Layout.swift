import PartyDayKit

/// Drawing helpers shared by the screens.
struct Column {
    var title: String
    var width: Int
}

extension Grid {
    /// A table with a header row that keeps `selected` in view.
    mutating func table(top: Int, height: Int, columns: [Column], rows: [[String]], selected: Int?,
                        rowStyle: (Int) -> Style = { _ in .plain }) {
        table(top: top, height: height, columns: columns, count: rows.count, row: { rows[$0] }, selected: selected, rowStyle: rowStyle)
    }

    /// The same, asking only for the rows it shows: lists of hundreds of meetings stay cheap.
    mutating func table(top: Int, height: Int, columns: [Column], count: Int, row: (Int) -> [String], selected: Int?,
                        rowStyle: (Int) -> Style = { _ in .plain }) {
        guard height > 1 else { return }
        var x = 1
        var titlesEnd = 1
        for column in columns {
            put(pad(column.title, toWidth: column.width), x: x, y: top, style: Style(role: .title, bold: true), limit: column.width)
            titlesEnd = x + min(column.width, displayWidth(column.title))
            x += column.width + 1
        }
        let visible = height - 1
        let offset = scrollOffset(selected: selected ?? 0, count: count, visible: visible)
        for (line, index) in (offset..<min(count, offset + visible)).enumerated() {
            let y = top + 1 + line
            let isSelected = index == selected
            var style = rowStyle(index)
            if isSelected { style.reverse = true }
            fill(x: 0, y: y, width: size.columns, style: isSelected ? style : .plain)
            target(.row(index), x: 0, y: y, width: size.columns)
            var x = 1
            for (column, value) in zip(columns, row(index)) {
                put(value, x: x, y: y, style: style, limit: column.width, ellipsis: true)
                x += column.width + 1
            }
        }
        if count > visible {
            // Where the last title leaves room; never over a title.
            let position = "\(offset + 1)-\(min(count, offset + visible))/\(count)"
            let at = size.columns - displayWidth(position) - 1
            if at > titlesEnd {
                put(position, x: at, y: top, style: Style(role: .muted))
            } else if top > 0, at > 0, (at..<size.columns).allSatisfy({ self[$0, top - 1] == .blank }) {
                // No room among the titles: the free end of the row above, if it is free.
                put(position, x: at, y: top - 1, style: Style(role: .muted))
            }
        }
    }

    /// Wraps `text` into `width` columns from (`x`, `y`), at most `height` rows; returns rows used.
    @discardableResult
    mutating func paragraph(_ text: String, x: Int, y: Int, width: Int, height: Int, style: Style = .plain) -> Int {
        guard width > 0, height > 0 else { return 0 }
        let rows = wrap(text, width: width, limit: height)
        for (offset, row) in rows.prefix(height).enumerated() {
            put(row, x: x, y: y + offset, style: style, limit: width)
        }
        return min(rows.count, height)
    }
}

/// Lines of at most `width` columns: Latin words are kept whole where they fit, Chinese
/// may break between any two characters, and nothing splits a grapheme. Stops after
/// `limit` rows (a paragraph drawn into two rows does not wrap the rest of a long text).
/// Linear in the text: one pass over its characters, each measured once.
func wrap(_ text: String, width: Int, limit: Int = .max) -> [String] {
    guard width > 0, limit > 0 else { return [] }
    var rows: [String] = []
    var current = "", used = 0
    var word = "", wordWidth = 0
    func endRow() {
        while current.last == " " { current.removeLast() }
        rows.append(current)
        current = ""
        used = 0
    }
    func place(_ piece: String, _ pieceWidth: Int) {
        if used + pieceWidth > width && used > 0 {
            endRow()
            if piece == " " { return }
        }
        if pieceWidth > width {
            // A word longer than the line is cut by characters.
            for character in piece {
                let characterWidth = displayWidth(character)
                if used + characterWidth > width && used > 0 { endRow() }
                current.append(character)
                used += characterWidth
            }
        } else {
            current += piece
            used += pieceWidth
        }
    }
    func flushWord() {
        guard !word.isEmpty else { return }
        place(word, wordWidth)
        word = ""
        wordWidth = 0
    }
    for character in text {
        if rows.count >= limit { break }
        if character == "\n" {
            flushWord()
            endRow()
            continue
        }
        let characterWidth = displayWidth(character)
        if characterWidth == 2, noBreakBefore.contains(character), word.isEmpty, used + characterWidth > width, used > 0 {
            // A line never starts with "。" or "、": the character before it (and any closing
            // marks after that one) go down with it, unless that would leave the line empty.
            var moved = ""
            var rest = current
            while let last = rest.last, noBreakBefore.contains(last) { moved = String(rest.removeLast()) + moved }
            if let last = rest.last, last != " " { moved = String(rest.removeLast()) + moved }
            if !rest.trimmingCharacters(in: .whitespaces).isEmpty, !moved.isEmpty {
                current = rest
                used = displayWidth(rest)
                endRow()
                place(moved, displayWidth(moved))
                place(String(character), characterWidth)
                continue
            }
        }
        if character == " " || characterWidth == 2 {
            // Runs of Latin letters and digits (with their punctuation) are words; every wide
            // character and every space stands alone.
            flushWord()
            place(String(character), characterWidth)
        } else {
            word.append(character)
            wordWidth += characterWidth
        }
    }
    if rows.count < limit {
        flushWord()
        endRow()
    }
    return Array(rows.prefix(limit))
}

/// Punctuation a Chinese line never begins with (禁则).
private let noBreakBefore: Set<Character> = ["。", "，", "、", "；", "：", "？", "！", "）", "》", "」", "』", "”", "’", "…", "】", "〕"]

/// The first row to show so that `selected` stays in view, centred where possible.
func scrollOffset(selected: Int, count: Int, visible: Int) -> Int {
    guard count > visible, visible > 0 else { return 0 }
    return min(max(0, selected - visible / 2), count - visible)
}

/// Splits the width left over after fixed columns to the flexible one.
func flexible(_ total: Int, fixed: [Int]) -> Int {
    max(4, total - 2 - fixed.reduce(0, +) - fixed.count)
}

/// A column that sizes itself to its content: at least `minimum`, at most `maximum`
/// columns; the flexible one (the free text) takes what the others leave.
struct ColumnSpec {
    var title: String
    var minimum: Int
    var maximum: Int
    var flexible = false
}

/// Widths that follow the content: each fixed column gets the widest of its title and
/// cells (within its bounds); the flexible column gets the rest. When the room is short,
/// the flexible column gives way first (down to its minimum), then the widest others.
func fitColumns(_ specs: [ColumnSpec], rows: [[String]], total: Int) -> [Column] {
    var wants = specs.enumerated().map { index, spec -> Int in
        // The flexible column gets what is left whatever it holds: no need to measure it.
        if spec.flexible { return spec.minimum }
        let widest = rows.reduce(displayWidth(spec.title)) { max($0, index < $1.count ? displayWidth($1[index]) : 0) }
        return min(spec.maximum, max(spec.minimum, widest))
    }
    let room = total - 2 - (specs.count - 1)
    if let flex = specs.firstIndex(where: \.flexible) {
        let others = wants.enumerated().filter { $0.offset != flex }.map(\.element).reduce(0, +)
        wants[flex] = max(specs[flex].minimum, room - others)
    }
    // Still too wide: take a column at a time from the widest until it fits.
    while wants.reduce(0, +) > room {
        guard let widest = wants.indices.filter({ wants[$0] > specs[$0].minimum }).max(by: { wants[$0] < wants[$1] }) else { break }
        wants[widest] -= 1
    }
    return zip(specs, wants).map { Column(title: $0.title, width: $1) }
}
