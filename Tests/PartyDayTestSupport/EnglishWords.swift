import Foundation

/// English words left in a text meant for a Chinese reader: runs of two or more Latin
/// letters, leaving out what a message quotes rather than says — paths and key paths
/// (anything with `/`, `.` or `[`), values in quotes — and the names every language
/// writes alike.
public func englishWords(in text: String, allowing allowed: Set<String> = []) -> [String] {
    let names: Set<String> = ["partyday", "MiB", "UTF", "XML", "plist", "YYYY", "MM", "DD", "FIFO", "git", "plutil", "xml1", "FILE",
                              "CSV", "xlsx", "docx", "UTC", "pid", "ID", "Ctrl", "Esc", "Enter", "Tab", "PDF", "GB18030", "GBK", "Excel", "Word"]
    var words: [String] = []
    // What stands in Chinese quotes is quoted from a file (a field's name, a value).
    let unquoted = text.replacingOccurrences(of: "“[^”]*”", with: " ", options: .regularExpression)
    for token in unquoted.split(whereSeparator: { $0.isWhitespace || "，。；：（）“”、,;:()\"'‘’".contains($0) }) {
        if token.contains(where: { "/.[".contains($0) }) { continue }
        // An id (`1a2b3c4d`, `seed-2026-11-10`), a slug or an option (`theme-party-day`, `--force`).
        if token.contains(where: \.isNumber) && token.contains(where: { $0.isASCII && $0.isLetter }) { continue }
        if token.contains("-") && token.allSatisfy({ $0.isASCII }) { continue }
        for run in token.split(whereSeparator: { !($0.isASCII && $0.isLetter) }) where run.count >= 2 {
            let word = String(run)
            if !names.contains(word) && !allowed.contains(word) { words.append(word) }
        }
    }
    return words
}
