/// One piece of a meeting record: what `MinutesDocument` says, before it is laid out as
/// Markdown, plain text (`MinutesText`) or Word (`MinutesWord`).
public enum MinutesPart: Equatable, Sendable {
    case title(String)
    /// A header fact: 会议名称, 时间, 地点 …
    case field(label: String, value: String)
    case heading(String)
    /// A numbered list; an item's lines after the first belong to it.
    case items([String])
    case text(String)
    /// A table (the evaluation's tally and grades): a header row and rows of cells; the
    /// columns in `numeric` are figures (right-aligned in text, centred in Word).
    case table(header: [String], rows: [[String]], numeric: Set<Int>)
    case signature(role: String, name: String?)
    case blank
}

/// The record as Markdown or plain text.
enum MinutesText {
    static func render(_ parts: [MinutesPart], format: MinutesDocument.Format, language: Language) -> String {
        let l = Labels(language)
        var out: [String] = []
        for part in parts {
            switch part {
            case let .title(text):
                out += heading(text, level: 1, format)
            case let .field(label, value):
                let colon = l.t(": ", "：")
                switch format {
                case .markdown: out.append("- **\(MarkdownText.escape(label))**\(colon)\(MarkdownText.escape(value))")
                case .text: out.append("\(label)\(colon)\(value)")
                }
            case let .heading(text):
                out += heading(text, level: 2, format)
            case let .items(items):
                if items.isEmpty { out.append(l.t("None.", "无。")); continue }
                for (number, item) in items.enumerated() {
                    // Lines after the first are indented so they stay inside their numbered
                    // item; Markdown gets hard breaks so every renderer keeps them apart.
                    let lines = item.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                    switch format {
                    case .markdown: out.append("\(number + 1). " + lines.map(MarkdownText.escape).joined(separator: "\\\n   "))
                    case .text: out.append("\(number + 1). " + lines.joined(separator: "\n   "))
                    }
                }
            case let .text(text):
                if text.isEmpty { out.append(l.t("None.", "无。")); continue }
                switch format {
                case .markdown: out.append(text.split(separator: "\n", omittingEmptySubsequences: false).map { MarkdownText.escape(String($0)) }.joined(separator: "\\\n"))
                case .text: out.append(text)
                }
            case let .table(header, rows, numeric):
                switch format {
                case .markdown:
                    out.append("| " + header.map(MarkdownText.escape).joined(separator: " | ") + " |")
                    out.append("|" + header.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined())
                    out += rows.map { "| " + $0.map { $0.isEmpty ? " " : MarkdownText.escape($0) }.joined(separator: " | ") + " |" }
                case .text:
                    var table = TextTable(header: header, numeric: numeric)
                    for row in rows { table.add(row) }
                    out.append(table.render().trimmingCharacters(in: .newlines))
                }
            case let .signature(role, name):
                out.append(signatureLine(role: role, name: name, language: language, escape: format == .markdown ? MarkdownText.escape : { $0 }))
            case .blank:
                out.append("")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// "记录人（赵明）签字：____　日期：____"; the blanks stay literal (underscores between
    /// spaces are not Markdown emphasis), only role and name are escaped.
    static func signatureLine(role: String, name: String?, language: Language, escape: (String) -> String) -> String {
        let l = Labels(language)
        let printed = name.map { l.t(" (\(escape($0)))", "（\(escape($0))）") } ?? ""
        return l.t("\(escape(role))\(printed), signature: ____________________   date: ____________",
                   "\(escape(role))\(printed)签字：____________________　日期：____________")
    }

    private static func heading(_ text: String, level: Int, _ format: MinutesDocument.Format) -> [String] {
        switch format {
        case .markdown: return [String(repeating: "#", count: level) + " " + MarkdownText.escape(text), ""]
        case .text:
            let rule = String(repeating: level == 1 ? "=" : "-", count: max(4, displayWidth(text)))
            return [text, rule, ""]
        }
    }
}

/// Markdown's special characters, escaped so the text shows as written.
enum MarkdownText {
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "#", "|", "<", ">"]

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if special.contains(character) { out.append("\\") }
            out.append(character)
        }
        // A line that starts like a list item or a heading would become one.
        if let first = out.first, first == "-" || first == "+" { return "\\" + out }
        if let dot = out.firstIndex(of: "."), out[..<dot].allSatisfy(\.isASCIIDigit), dot != out.startIndex {
            return String(out[..<dot]) + "\\" + String(out[dot...])
        }
        return out
    }
}
