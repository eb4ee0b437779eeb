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

    public func render() -> String {
        var widths = header.map(displayWidth)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], displayWidth(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let gap = String(repeating: " ", count: max(0, widths[index] - displayWidth(cell)))
                return numeric.contains(index) ? gap + cell : cell + gap
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
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
