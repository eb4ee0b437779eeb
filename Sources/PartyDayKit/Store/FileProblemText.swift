import Foundation

/// What is wrong with a file, in the interface language. The store words its problems in
/// English (they are also what the tests and logs read); this gives each its Chinese.
extension FileProblem {
    public func text(_ language: Language) -> String {
        language == .chinese ? "\(path)：\(Self.chinese(message))" : description
    }

    /// The Chinese of a store message; the parts it quotes (paths, fields, values) kept.
    static func chinese(_ message: String) -> String {
        knownChinese(message) ?? "无法使用：" + message
    }

    /// A quoted part that is itself a store message (the reason after "bad value at …")
    /// is translated too.
    private static func knownChinese(_ message: String) -> String? {
        for (pattern, template) in translations {
            guard let match = try? pattern.wholeMatch(in: message) else { continue }
            var text = template
            for (index, part) in match.output.dropFirst().enumerated() {
                let piece = part.substring.map(String.init) ?? ""
                text = text.replacingOccurrences(of: "$\(index + 1)", with: knownChinese(piece) ?? piece)
            }
            return text
        }
        return nil
    }

    nonisolated(unsafe) private static let translations: [(Regex<AnyRegexOutput>, String)] = [
        (#"the file is empty"#, "文件是空的"),
        (#"the file is too large \((\d+) MiB; a record is at most (\d+) MiB\)"#, "文件过大（$1 MiB；一条记录最多 $2 MiB）"),
        (#"not a partyday file \(a property list without a partyday kind\)"#, "不是 partyday的文件（属性列表中没有 partyday 记录类型）"),
        (#"not a partyday file \(the top level is not a dictionary\)"#, "不是 partyday的文件（顶层不是字典）"),
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
        (#"a binary property list; partyday reads XML property lists \(convert it with: plutil -convert xml1 FILE\)"#, "二进制属性列表；partyday 只读取 XML 属性列表（可用 plutil -convert xml1 FILE 转换）"),
        (#"not valid UTF-8 text \(a partyday file is UTF-8 XML\)"#, "不是有效的 UTF-8 文本（partyday 文件为 UTF-8 编码的 XML）"),
        (#"nested more than (\d+) levels deep \((\d+)\); not a partyday record"#, "嵌套超过 $1 层（$2 层），不是 partyday 记录"),
        (#"holds fields this build does not know \((.+)\); written by a newer partyday\? Saving would drop them, so it is left untouched"#, "含有本程序不认识的字段（$1），可能由较新版本的 partyday 写入；保存会丢失这些字段，因此未作改动"),
        (#"is a symbolic link to (.+), which does not exist"#, "是指向 $1的符号链接，但目标不存在"),
        (#"is a symbolic link to (.+), outside the data folder; not followed"#, "是指向数据文件夹以外 $1的符号链接，未跟随"),
        (#"is a symbolic link inside the data folder; followed(.*)"#, "是数据文件夹内的符号链接，已跟随"),
        (#"is (.+), not a file"#, "是$1，不是文件"),
        (#"no longer exists"#, "已不存在"),
        (#"skipped: (.+)"#, "已跳过：$1"),
        (#"not a partyday record"#, "不是 partyday 记录"),
        (#"the name is not valid UTF-8"#, "文件名不是有效的 UTF-8"),
        (#"not a year folder \(meetings are kept in meetings/YYYY/\)"#, "不是年份文件夹（会议存放在 meetings/YYYY/ 中）"),
        (#"is a file where a year folder belongs"#, "此处应为年份文件夹，却是文件"),
        (#"a hidden file"#, "隐藏文件"),
        (#"the extension must be \.plist in small letters"#, "扩展名须为小写的 .plist"),
        (#"not a \.plist file"#, "不是 .plist 文件"),
        (#"was an older copy of the meeting in (.+) \(a move by date cut short\); moved to (.+)"#, "是$1中会议的旧副本（改日期移动时中断），已移至$2"),
        (#"is an older copy of the meeting in (.+) \(a move by date cut short\); (.+) is used, and the next time partyday opens the folder for writing it moves this copy to replaced/"#, "是 $1 中会议的旧副本（改日期移动时中断）；使用 $2，下次以可写方式打开文件夹时将此副本移至 replaced/"),
        (#"the member id (.+) is used by (\d+) members \((.+)\)"#, "党员编号 $1 被 $2 名党员使用（$3）"),
        (#"(.+) is in party group (.+), which the branch does not have"#, "$1 属于党小组 $2，但支部没有该党小组"),
        (#"attendance names (\d+) member ids? not on the roster: (.+)"#, "出席记录中有 $1 个不在名册上的党员编号：$2"),
        (#"the time zone '(.+)' is not known to this system; times would be shown in UTC"#, "本系统不认识时区“$1”，时间将按 UTC 显示"),
        (#"the warning thresholds (.+) are impossible: each must be (\d+)–(\d+) months, rising"#, "预警月数 $1 不合理：每项须为 $2–$3 个月，且依次不减"),
        (#"the party group id (.+) is used twice"#, "党小组编号 $1 重复使用"),
        (#"a decision has a negative vote count: (.+)"#, "某项决议的票数为负：$1"),
        (#"a decision has a vote count over (\d+): (.+)"#, "某项决议的票数超过 $1：$2"),
        (#"the date at (.+) \((.+)\) is outside the years (\d+)–(\d+)"#, "$1 处的日期（$2）不在 $3–$4 年之间"),
        (#"the ballot count of (.+) is outside 0–(\d+)"#, "$1的测评票数不在 0–$2 之间"),
        (#"the evaluation year (\d+) is outside the years (\d+)–(\d+)"#, "评议年度 $1 不在 $2–$3 年之间"),
        (#"'(.+)' is outside the years (\d+)–(\d+)"#, "“$1”不在 $2–$3 年之间"),
    ].map { (try! Regex($0.0), $0.1) }
}

extension StoreError {
    /// What the store refused, in the interface language.
    public func text(_ language: Language) -> String {
        guard language == .chinese else { return description }
        switch self {
        case let .locked(folder, holder):
            return "数据文件夹 \(folder) 正被占用（\(holder)）；请先关闭那个 partyday（或以只读方式打开）"
        case let .protectedFile(problem):
            return "不会覆盖 \(problem.path)：\(FileProblem.chinese(problem.message))。请先移走或修复该文件；它未被改动"
        case let .readOnly(folder):
            return "数据文件夹 \(folder) 在本进程中以只读方式打开，未写入任何内容"
        case let .noSuchMeeting(id):
            return "没有编号为 \(id)的会议"
        case let .io(path, message):
            return "\(path)：\(message)"
        case let .invalid(path, message):
            return "\(path)：\(FileProblem.chinese(message))；未写入任何内容"
        case let .tooLarge(path, bytes, limit):
            return "\(path) 将有 \(StoreError.mebibytes(bytes)) MiB，超过一条记录最多 \(StoreError.mebibytes(limit)) MiB的限制；未写入任何内容"
        case let .folderGone(folder):
            return "数据文件夹 \(folder) 在 partyday 运行期间被删除或移走；不再向其中写入，也不会重新创建"
        }
    }
}
