/// CSV that opens right in Excel on a Chinese Windows PC: UTF-8 with a byte-order mark
/// (without it Excel reads the bytes as GBK: 李振华 becomes 鏉庢尟鍗), headers and values
/// in the interface language, and no cell that Excel would run as a formula — a text that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`
/// (OWASP's advice on CSV injection). Made from the same sheet as the .xlsx.
public enum ExcelCSV {
    public static let byteOrderMark = "\u{FEFF}"

    public static func text(_ sheet: Workbook.Sheet) -> String {
        var writer = CSVWriter(header: sheet.header.map(guarded))
        for row in sheet.rows {
            writer.add(row.map { cell in
                switch cell {
                case let .text(text): guarded(text)
                case let .number(value): "\(value)"
                case let .integer(value): "\(value)"
                case let .day(day): day.description
                case let .percent(value): "\(Int((value * 100).rounded()))%"
                case let .rate(value): DuesRate.text(perMille: Int((value * 1000).rounded()))
                case let .money(amount): amount.description
                case .empty: ""
                }
            })
        }
        return byteOrderMark + writer.text
    }

    /// A text Excel would take for a formula, made inert.
    public static func guarded(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }
}
