import Foundation

/// What the store refuses to do, in words a secretary can act on, in both languages.
public enum StoreError: WordedError, Equatable, Sendable, CustomStringConvertible {
    /// Another process holds the data folder; `holder` is what its lock file says of it
    /// (`pid 42 …`), or empty.
    case locked(folder: String, holder: String)
    /// A file that failed to load is never overwritten.
    case protectedFile(FileProblem)
    case readOnly(folder: String)
    case noSuchMeeting(id: String)
    case io(path: String, message: Wording)
    /// A record that must not be written as it is (a date or a count out of range).
    case invalid(path: String, message: Wording)
    /// The encoded record is over the size every reader accepts: nothing was written.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// The data folder was deleted or moved while partyday ran: it is not re-created.
    case folderGone(folder: String)

    public var description: String { wording.english }

    public var wording: Wording {
        switch self {
        case let .locked(folder, holder):
            let who = Self.holderWording(holder)
            return Wording("the data folder \(folder) is in use by \(who.english); close that partyday first (or open this one read-only)",
                           "数据文件夹 \(folder) 正被\(who.chinese)占用；请先关闭那个 partyday（或以只读方式打开）")
        case let .protectedFile(problem):
            return Wording("will not write over \(problem.path): \(problem.reason.english). Move or repair that file first; it has been left untouched",
                           "不会覆盖 \(problem.path)：\(problem.reason.chinese)。请先移走或修复该文件；它未被改动")
        case let .readOnly(folder):
            return Wording("the data folder \(folder) is open read-only in this process; nothing was written",
                           "数据文件夹 \(folder) 在本进程中以只读方式打开，未写入任何内容")
        case let .noSuchMeeting(id):
            return Wording("no meeting with id \(id)", "没有编号为 \(id) 的会议")
        case let .io(path, message):
            return Wording(verbatim: path).then(message)
        case let .invalid(path, message):
            return Wording("\(path): \(message.english); nothing was written", "\(path)：\(message.chinese)；未写入任何内容")
        case let .tooLarge(path, bytes, limit):
            return Wording("\(path) would be \(Self.mebibytes(bytes)) MiB, over the \(Self.mebibytes(limit)) MiB a record may have; nothing was written",
                           "\(path) 将有 \(Self.mebibytes(bytes)) MiB，超过一条记录最多 \(Self.mebibytes(limit)) MiB 的限制；未写入任何内容")
        case let .folderGone(folder):
            return Wording("the data folder \(folder) was deleted or moved while partyday was running; nothing is written there and it is not re-created",
                           "数据文件夹 \(folder) 在 partyday 运行期间被删除或移走；不再向其中写入，也不会重新创建")
        }
    }

    /// "another partyday process (pid 42)": the holder as its lock file names it.
    public static func holderWording(_ holder: String) -> Wording {
        holder.isEmpty ? Wording("another partyday process", "另一个 partyday 进程")
            : Wording("another partyday process (\(holder))", "另一个 partyday 进程（\(holder)）")
    }

    /// One decimal: 12.5 MiB.
    static func mebibytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// A system call's failure: what was being done, and the system's own words.
    static func system(_ path: String, _ what: Wording, errno code: Int32 = errno) -> StoreError {
        .io(path: path, message: what.then(systemWording(code)))
    }

    /// The system's words for an error number, with the Chinese of those an office PC meets.
    static func systemWording(_ code: Int32) -> Wording {
        let english = String(cString: strerror(code))
        let chinese: String? = switch code {
        case EACCES, EPERM: "没有权限"
        case ENOSPC: "磁盘已满"
        case EDQUOT: "超出磁盘配额"
        case EROFS: "文件系统为只读"
        case EFBIG: "文件超过大小限制"
        case ENOENT: "文件或文件夹不存在"
        case EEXIST: "已存在"
        case ENOTDIR: "路径中有一项不是文件夹"
        case EISDIR: "是文件夹"
        case ELOOP: "符号链接过多或不被跟随"
        case EIO: "输入输出错误"
        case EBADF: "文件描述符无效"
        case EMFILE, ENFILE: "打开的文件过多"
        default: nil
        }
        return Wording(english, chinese ?? english)
    }
}
