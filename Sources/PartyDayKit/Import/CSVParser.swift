/// RFC 4180: fields separated by commas, quoted with double quotes, a doubled quote
/// inside quotes is one quote, and quoted fields may hold commas and line breaks.
public enum CSVParser {
    /// The rows with the line number each starts on, or an error for an unclosed quote.
    public static func parse(_ text: String) -> (rows: [(line: Int, fields: [String])], error: String?) {
        var rows: [(Int, [String])] = []
        var field = "", fields: [String] = []
        var inQuotes = false, afterQuote = false
        var line = 1, rowStart = 1
        var characters = text.hasPrefix("\u{FEFF}") ? Substring(text.dropFirst()) : Substring(text)
        // Excel writes CRLF; "\r\n" is one Character in Swift.
        while let character = characters.popFirst() {
            if inQuotes {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character == "\r\n" ? "\n" : character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty && !afterQuote:
                inQuotes = true
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
            case "\n", "\r\n", "\r":
                fields.append(field)
                if !(fields.count == 1 && fields[0].isEmpty) { rows.append((rowStart, fields)) }
                field = ""
                fields = []
                afterQuote = false
                line += 1
                rowStart = line
            default:
                field.append(character)
            }
        }
        if inQuotes { return (rows, "line \(rowStart): a quoted field is not closed") }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            rows.append((rowStart, fields))
        }
        return (rows, nil)
    }
}
