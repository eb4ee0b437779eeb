import Foundation

/// What is wrong with a file, in the interface language. The store words its problems in
/// English (they are also what the tests and logs read); this gives each its Chinese.
extension FileProblem {
    public func text(_ language: Language) -> String {
        language == .chinese ? "\(path)：\(Self.chinese(message))" : description
    }

    /// The Chinese of a store message; the parts it quotes (paths, fields, values) kept.
    static func chinese(_ message: String) -> String {
        for (pattern, template) in translations {
            guard let match = try? pattern.wholeMatch(in: message) else { continue }
            var text = template
            for (index, part) in match.output.dropFirst().enumerated() {
                text = text.replacingOccurrences(of: "$\(index + 1)", with: part.substring.map(String.init) ?? "")
            }
            return text
        }
        return "无法使用：" + message
    }

    nonisolated(unsafe) private static let translations: [(Regex<AnyRegexOutput>, String)] = [
        (#"the file is empty"#, "文件是空的"),
        (#"the file is too large \((\d+) MiB; a record is at most (\d+) MiB\)"#, "文件过大（$1 MiB；一条记录最多 $2 MiB）"),
        (#"not a partyday file \(a property list without a partyday kind\)"#, "不是 partyday 的文件（属性列表中没有 partyday 记录类型）"),
        (#"not a partyday file \(the top level is not a dictionary\)"#, "不是 partyday 的文件（顶层不是字典）"),
        (#"the format version is missing or invalid"#, "格式版本缺失或无效"),
        (#"written by a newer partyday \(format (\d+); this build reads up to (\d+)\); left untouched"#, "由较新版本的 partyday 写入（格式 $1，本程序最多读取 $2）；未作改动"),
        (#"holds a (.+) record where a (.+) record belongs"#, "此处应为 $2 记录，文件中却是 $1 记录"),
        (#"wrong value type at (.+): expected (.+)"#, "$1 处的值类型有误：应为 $2"),
        (#"missing value at (.+): expected (.+)"#, "$1 处缺少值：应为 $2"),
        (#"missing field '(.+)' at (.+)"#, "$2 处缺少字段“$1”"),
        (#"not a readable property list \(damaged or truncated\)(.*)"#, "不是可读的属性列表（已损坏或不完整）$1"),
        (#"bad value at (.+): (.+)"#, "$1 处的值有误：$2"),
        (#"cannot be read: (.+)"#, "无法读取：$1"),
        (#"holds the same meeting as (.+), which is newer; ignored"#, "与较新的 $1 是同一次会议，已忽略"),
        (#"a different file already has this name"#, "另一个文件已使用此名称"),
        (#"the meeting has no type"#, "会议没有类型"),
        (#"a decision has a negative vote count: (.+)"#, "某项决议的票数为负：$1"),
    ].map { (try! Regex($0.0), $0.1) }
}
