import PartyDayKit

/// Drawing helpers shared by the screens.
struct Column {
    var title: String
    var width: Int
}

extension Grid {
    /// A table with a header row; keeps `selected` in view and returns nothing.
    mutating func table(top: Int, height: Int, columns: [Column], rows: [[String]], selected: Int?,
                        rowStyle: (Int) -> Style = { _ in .plain }) {
        guard height > 1 else { return }
        var x = 1
        for column in columns {
            put(pad(column.title, toWidth: column.width), x: x, y: top, style: Style(role: .title, bold: true), limit: column.width)
            x += column.width + 1
        }
        let visible = height - 1
        let offset = scrollOffset(selected: selected ?? 0, count: rows.count, visible: visible)
        for (line, index) in (offset..<min(rows.count, offset + visible)).enumerated() {
            let y = top + 1 + line
            let isSelected = index == selected
            var style = rowStyle(index)
            if isSelected { style.reverse = true }
            fill(x: 0, y: y, width: size.columns, style: isSelected ? style : .plain)
            var x = 1
            for (column, value) in zip(columns, rows[index]) {
                put(pad(value, toWidth: column.width), x: x, y: y, style: style, limit: column.width)
                x += column.width + 1
            }
        }
        if rows.count > visible {
            put("\(offset + 1)-\(min(rows.count, offset + visible))/\(rows.count)", x: max(0, size.columns - 12), y: top,
                style: Style(role: .muted), limit: 12)
        }
    }

    /// Wraps `text` into `width` columns from (`x`, `y`), at most `height` rows; returns rows used.
    @discardableResult
    mutating func paragraph(_ text: String, x: Int, y: Int, width: Int, height: Int, style: Style = .plain) -> Int {
        guard width > 0, height > 0 else { return 0 }
        var row = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = "", used = 0
            for character in line {
                let w = displayWidth(character)
                if used + w > width {
                    if row >= height { return row }
                    put(current, x: x, y: y + row, style: style, limit: width)
                    row += 1
                    current = ""
                    used = 0
                }
                current.append(character)
                used += w
            }
            if row >= height { return row }
            put(current, x: x, y: y + row, style: style, limit: width)
            row += 1
        }
        return row
    }
}

/// The first row to show so that `selected` stays in view, centred where possible.
func scrollOffset(selected: Int, count: Int, visible: Int) -> Int {
    guard count > visible, visible > 0 else { return 0 }
    return min(max(0, selected - visible / 2), count - visible)
}

/// Splits the width left over after fixed columns to the flexible one.
func flexible(_ total: Int, fixed: [Int]) -> Int {
    max(4, total - 2 - fixed.reduce(0, +) - fixed.count)
}
