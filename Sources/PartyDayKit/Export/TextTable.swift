import Foundation

/// A plain-text table for the terminal: columns padded by display width, so Chinese
/// names line up; numbers are right-aligned.
public struct TextTable {
    public var header: [String]
    public var rows: [[String]] = []
    /// Columns aligned to the right.
    public var numeric: Set<Int> = []

    public init(header: [String], numeric: Set<Int> = []) {
        self.header = header
        self.numeric = numeric
    }

    public mutating func add(_ row: [String]) { rows.append(row) }

    /// Cells are cleaned of control characters (a name from a file must never reach the
    /// terminal as an escape sequence); the work is linear in the text.
    public func render() -> String {
        let header = self.header.map(TextSanitizer.singleLine)
        let rows = self.rows.map { $0.map(TextSanitizer.singleLine) }
        var widths = header.map(displayWidth)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], displayWidth(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (index, cell) in cells.enumerated() where index < widths.count {
                if index > 0 { text += "  " }
                let gap = String(repeating: " ", count: max(0, widths[index] - displayWidth(cell)))
                text += numeric.contains(index) ? gap + cell : cell + gap
            }
            // Trailing spaces only, found from the end: no regular expression backtracking.
            while text.utf8.last == UInt8(ascii: " ") { text.removeLast() }
            return text
        }
        var out = [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += rows.map(line)
        return out.joined(separator: "\n") + "\n"
    }
}

/// The output formats every report offers.
public enum ReportFormat: String, CaseIterable, Sendable {
    case table, csv, json
}
