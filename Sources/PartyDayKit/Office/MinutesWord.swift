import Foundation

/// The meeting record as a Word document, laid out as a 党支部会议记录 page: the title,
/// the header facts as a two-column table (会议名称, 时间, 地点, 主持人, 记录人 …), the
/// attendance facts as another, then each section, and the signature lines.
extension MinutesDocument {
    public func word() throws -> Data {
        try wordDocument().data()
    }

    func wordDocument() -> WordDocument {
        var document = WordDocument(title: meetingName)
        document.pageFooter = WordDocument.pageNumbers(language)
        document.runningHeader = meetingName + Labels(language).t(" — minutes", "会议记录")
        var firstSignature: Int?
        var facts: [[String]] = []
        func flushFacts() {
            guard !facts.isEmpty else { return }
            if facts.count == 1 {
                // A lone fact (散会时间) is a line of text: it keeps with the signatures after
                // it, where a one-row table would be left behind on its page.
                document.add(WordDocument.Paragraph(facts[0][0] + Labels(language).t(": ", "：") + facts[0][1]))
            } else {
                document.add(WordDocument.Table(columnWidths: [2300, 6770], rows: facts))
            }
            facts = []
        }
        for part in parts {
            if case let .field(label, value) = part {
                facts.append([label, value])
                continue
            }
            flushFacts()
            switch part {
            case .title:
                // The page's own title, then the meeting's name under it (the text title repeats both).
                document.add(WordDocument.Paragraph(Labels(language).t("Minutes of a Party branch meeting", "党支部会议记录"), style: .title))
                document.add(WordDocument.Paragraph(meetingName, alignment: .center, bold: true))
            case let .heading(text):
                document.add(WordDocument.Paragraph(text, style: .heading))
            case let .items(items):
                if items.isEmpty { document.add(WordDocument.Paragraph(Labels(language).t("None.", "无。"))) }
                for (number, item) in items.enumerated() {
                    // Wrapped lines and the item's further lines sit under its text, not under its number.
                    var paragraph = WordDocument.Paragraph("\(number + 1). \(item)")
                    paragraph.hangingIndent = number + 1 >= 10 ? 420 : 330
                    document.add(paragraph)
                }
            case let .text(text):
                // Body text as Chinese documents set it: each paragraph's first line two characters in.
                for line in (text.isEmpty ? Labels(language).t("None.", "无。") : text).split(separator: "\n", omittingEmptySubsequences: true) {
                    var paragraph = WordDocument.Paragraph(String(line))
                    paragraph.firstLineIndent = language == .chinese ? 480 : 0
                    document.add(paragraph)
                }
            case let .table(header, rows, numeric):
                document.add(WordDocument.Table(columnWidths: Self.columnWidths(header: header, rows: rows),
                                                rows: [header] + rows, headerRows: 1,
                                                columnAlignments: header.indices.map { numeric.contains($0) ? .center : .left }))
            case let .signature(role, name):
                if firstSignature == nil { firstSignature = document.blocks.count }
                document.add(WordDocument.Paragraph(MinutesText.signatureLine(role: role, name: name, language: language, escape: { $0 })))
            case .field, .blank:
                break
            }
        }
        flushFacts()
        // The signatures never stand alone on a page: the two blocks before them (the last
        // text and the closing time, with the signatures' heading) and every signature line
        // but the last keep with what follows.
        if let first = firstSignature {
            for index in max(0, first - 3)..<(document.blocks.count - 1) { document.keepWithNext(index) }
        }
        return document
    }

    /// Each column as wide as its longest cell (a CJK character 240 twips at 12 points, a
    /// Latin one half that), plus the cell margins; the widest narrowed first when the
    /// whole would pass the 9,070 twips between the margins.
    static func columnWidths(header: [String], rows: [[String]]) -> [Int] {
        let widths = header.indices.map { column in
            ([header[column]] + rows.map { column < $0.count ? $0[column] : "" }).map { displayWidth($0) * 120 + 240 }.max() ?? 600
        }
        // Too wide: the widest column gives way first (the long grade wraps, 序号 does not).
        var fitted = widths
        while fitted.reduce(0, +) > 9_070, let widest = fitted.indices.max(by: { fitted[$0] < fitted[$1] }), fitted[widest] > 600 {
            fitted[widest] -= 60
        }
        return fitted
    }
}
