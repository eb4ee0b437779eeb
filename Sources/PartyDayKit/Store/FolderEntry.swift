import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What sits at a path in the data folder, looked at without following links first:
/// a symbolic link is followed only when it points inside the data folder, and is never
/// replaced by a regular file when its record is saved.
enum FolderEntry: Equatable {
    case missing
    /// A regular file at `url` (the path itself, or a link's target inside the folder).
    case file(URL, throughLink: Bool)
    /// A link whose target does not exist.
    case danglingLink(target: String)
    /// A link that leads out of the data folder: not followed.
    case linkOutside(target: String)
    /// A folder, a FIFO, a device: not a record.
    case notAFile(FileKind)

    init(_ url: URL, inside folder: URL) {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { self = .missing; return }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            self = .file(url, throughLink: false)
        case S_IFLNK:
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) ?? "?"
            guard let resolved = realpath(url.path, nil) else { self = .danglingLink(target: target); return }
            let real = String(cString: resolved)
            free(resolved)
            let root = (realpath(folder.path, nil)).map { pointer in defer { free(pointer) }; return String(cString: pointer) } ?? folder.path
            guard real.hasPrefix(root + "/") else { self = .linkOutside(target: target); return }
            var targetInfo = stat()
            guard stat(real, &targetInfo) == 0 else { self = .danglingLink(target: target); return }
            self = (targetInfo.st_mode & S_IFMT) == S_IFREG ? .file(URL(fileURLWithPath: real), throughLink: true)
                                                            : .notAFile(FolderEntry.kindName(targetInfo.st_mode))
        default:
            self = .notAFile(FolderEntry.kindName(info.st_mode))
        }
    }

    /// What a path is when it is not a regular file.
    enum FileKind: Equatable {
        case folder, fifo, socket, device, link, other

        var wording: Wording {
            switch self {
            case .folder: Wording("a folder", "文件夹")
            case .fifo: Wording("a named pipe (FIFO)", "命名管道（FIFO）")
            case .socket: Wording("a socket", "套接字")
            case .device: Wording("a device", "设备")
            case .link: Wording("a symbolic link", "符号链接")
            case .other: Wording("not a regular file", "非普通文件")
            }
        }
    }

    static func kindName(_ mode: mode_t) -> FileKind {
        switch mode & S_IFMT {
        case S_IFDIR: .folder
        case S_IFIFO: .fifo
        case S_IFSOCK: .socket
        case S_IFCHR, S_IFBLK: .device
        case S_IFLNK: .link
        default: .other
        }
    }

    /// Why the entry cannot be read as a record, or nil when it can (or is missing).
    var problem: Wording? {
        switch self {
        case .missing, .file: nil
        case let .danglingLink(target): Wording("is a symbolic link to \(target), which does not exist", "是指向 \(target) 的符号链接，但目标不存在")
        case let .linkOutside(target): Wording("is a symbolic link to \(target), outside the data folder; not followed",
                                               "是指向数据文件夹以外 \(target) 的符号链接，未跟随")
        case let .notAFile(kind): Wording("is \(kind.wording.english), not a file", "是\(kind.wording.chinese)，不是文件")
        }
    }
}
