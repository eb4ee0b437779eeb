import Foundation

/// What the imports share: a spreadsheet's rows from its bytes (an .xlsx workbook's first
/// sheet, or CSV in UTF-8 or GB18030), and its first row's titles matched to columns.
enum SpreadsheetRows {
    typealias Rows = (rows: [(line: Int, fields: [String])], error: String?)

    static func read(_ data: Data) -> Result<Rows, MemberImport.FileFailure> {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            do {
                return .success((try WorkbookReader.firstSheet(data), nil))
            } catch {
                return .failure(.notAWorkbook("\(error)"))
            }
        }
        guard let text = SpreadsheetText.decode(data)?.text else { return .failure(.notText) }
        return .success(CSVParser.parse(text))
    }

    /// The header row: the first of the first ten rows with a title naming `required`
    /// (above it, a sheet's title and blank rows).
    static func headerRow<Column: CaseIterable & Hashable>(_ rows: [(line: Int, fields: [String])], titles: (Column) -> [String], required: Column) -> Int? {
        rows.prefix(10).firstIndex { row in
            row.fields.contains { titles(required).contains($0.trimmingCharacters(in: .whitespaces).lowercased()) }
        }
    }

    /// Each known column's position (the first title that names it), and the titles no
    /// column knows. Titles are compared trimmed and in lower case.
    static func columns<Column: CaseIterable & Hashable>(_ header: [String], titles: (Column) -> [String]) -> (columns: [Column: Int], unknown: [String]) {
        var columns: [Column: Int] = [:], unknown: [String] = []
        for (index, title) in header.enumerated() {
            let key = title.trimmingCharacters(in: .whitespaces).lowercased()
            if let column = Column.allCases.first(where: { titles($0).contains(key) }), columns[column] == nil {
                columns[column] = index
            } else if !key.isEmpty {
                unknown.append(title.trimmingCharacters(in: .whitespaces))
            }
        }
        return (columns, unknown)
    }
}
