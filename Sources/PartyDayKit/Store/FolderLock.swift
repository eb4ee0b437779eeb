import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One writer per data folder: an flock on a lock file. The kernel drops the lock when
/// its process dies, so a lock left by a crashed process never blocks; the file only
/// says who holds it.
public final class FolderLock {
    private let fd: Int32

    /// Takes the lock or throws `StoreError.locked` naming the holder.
    init(file: URL, folderForMessages: String) throws {
        // Never through a link, and never a file with another name too: a `.lock` that
        // arrived by sync as a link (or a hard link) to another file would otherwise have
        // that file truncated below.
        fd = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else {
            if errno == ELOOP {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: file.path)) ?? "?"
                throw StoreError.protectedFile(FileProblem(path: file.lastPathComponent,
                    Wording("is a symbolic link to \(target); partyday never opens its lock through a link (remove the link)",
                            "是指向 \(target) 的符号链接；partyday 不会通过链接打开锁文件（请删除该链接）")))
            }
            throw StoreError.system(file.path, Wording("cannot open the lock file", "无法打开锁文件"))
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_nlink == 1 else {
            throw StoreError.protectedFile(FileProblem(path: file.lastPathComponent,
                Wording("is not a file of its own (a hard link, or not a regular file); partyday leaves it untouched (remove it)",
                        "不是独立的文件（硬链接或非普通文件）；partyday 不会改动它（请删除）")))
        }
        fchmod(fd, 0o600)
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = FolderLock.describeHolder(fd: fd)
            // Not closed here: a class whose initializer throws once its properties are set
            // still runs `deinit`, which closes it. Closing it here too closed the number
            // twice — the second time, whatever another thread had just opened with it (a
            // save's temp file: "cannot close: Bad file descriptor", seen in the tests).
            throw StoreError.locked(folder: folderForMessages, holder: holder)
        }
        // Words of no language: a message quotes it in either.
        let note = "pid \(getpid()), \(ProcessInfo.processInfo.hostName), \(ISO8601DateFormatter().string(from: Date()))\n"
        ftruncate(fd, 0)
        _ = note.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    deinit {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// Who holds the folder's lock, or nil when nobody does; takes nothing and changes
    /// nothing (a shared lock is tried and let go at once). For `partyday doctor`.
    public static func holder(of folder: URL) -> String? {
        let fd = open(folder.appendingPathComponent(".lock").path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return nil
        }
        return describeHolder(fd: fd)
    }

    private static func describeHolder(fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = pread(fd, &buffer, buffer.count, 0)
        let text = count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines) : ""
        return text
    }
}
