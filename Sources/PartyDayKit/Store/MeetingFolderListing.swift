import Foundation

/// One walk of `meetings/`: the record files (`YYYY/*.plist`, links followed only inside
/// the data folder), and everything else named with the reason it was skipped, so that
/// `check` can say why a meeting count dropped.
struct MeetingFolderListing: Sendable {
    var files: [(path: String, stamp: FileStamp)] = []
    /// Skipped entries and links followed: not damage.
    var notices: [FileProblem] = []
    /// Entries that look like records but cannot be read as one (a link to nothing, a
    /// folder named `x.plist`): named like damaged files and never written over.
    var problems: [FileProblem] = []
    /// Temp files left by a writer killed mid-save (`AtomicFile.isTempFile`): not records;
    /// the lock holder removes them.
    var leftovers: [String] = []

    /// `keep` chooses by name before anything is looked at: a year folder's name with a nil
    /// file name, then each file's name in it (an export of one month walks one year's
    /// names and looks at that month's files only).
    init(folder: URL, keep: (_ year: String, _ name: String?) -> Bool = { _, _ in true }) {
        let root = folder.appendingPathComponent(MeetingFileName.folder)
        let top = MeetingFileName.folder
        for (year, isUTF8) in directoryEntries(root.path).sorted(by: { $0.name < $1.name }) {
            let yearPath = "\(top)/\(year)"
            guard isUTF8 else { skip(yearPath, Wording("the name is not valid UTF-8", "文件名不是有效的 UTF-8")); continue }
            guard !AtomicFile.isTempFile(year) else { continue }
            guard MeetingFileName.isYearFolder(year) else {
                skip(yearPath, Wording("not a year folder (meetings are kept in meetings/YYYY/)", "不是年份文件夹（会议存放在 meetings/YYYY/ 中）"))
                continue
            }
            guard keep(year, nil) else { continue }
            let yearEntry = FolderEntry(root.appendingPathComponent(year), inside: folder)
            guard case .notAFile(.folder) = yearEntry else {
                if case .file = yearEntry { skip(yearPath, Wording("is a file where a year folder belongs", "此处应为年份文件夹，却是文件")) } else { skip(yearPath, yearEntry.problem ?? Wording("not a folder", "不是文件夹")) }
                continue
            }
            let yearFolder = root.appendingPathComponent(year).path
            // Looked at relative to the year folder: one lstat a file, no path resolved again.
            let handle = open(yearFolder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            defer { if handle >= 0 { close(handle) } }
            for (name, nameIsUTF8) in directoryEntries(yearFolder).sorted(by: { $0.name < $1.name }) {
                let path = "\(yearPath)/\(name)"
                guard nameIsUTF8 else { skip(path, Wording("the name is not valid UTF-8", "文件名不是有效的 UTF-8")); continue }
                if AtomicFile.isTempFile(name) { leftovers.append(path); continue }
                if !keep(year, name) { continue }
                var info = stat()
                if handle >= 0, !name.hasPrefix("."), name.hasSuffix(".plist"),
                   fstatat(handle, name, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFREG {
                    files.append((path, FileStamp(info)))
                    continue
                }
                // Links, folders and anything odd: the careful look.
                classify(path, name: name, in: folder)
            }
        }
    }

    private mutating func classify(_ path: String, name: String, in folder: URL) {
        if name.hasPrefix(".") { return skip(path, Wording("a hidden file", "隐藏文件")) }
        guard name.hasSuffix(".plist") else {
            if name.lowercased().hasSuffix(".plist") { return skip(path, Wording("the extension must be .plist in small letters", "扩展名须为小写的 .plist")) }
            return skip(path, Wording("not a .plist file", "不是 .plist 文件"))
        }
        let entry = FolderEntry(folder.appendingPathComponent(path), inside: folder)
        switch entry {
        case let .file(target, throughLink):
            guard let stamp = FileStamp(path: target.path) else { return skip(path, Wording("cannot be read", "无法读取")) }
            if throughLink { notices.append(FileProblem(path: Self.printable(path), Wording("is a symbolic link inside the data folder; followed", "是数据文件夹内的符号链接，已跟随"))) }
            files.append((path, stamp))
        case .missing:
            break
        default:
            problems.append(FileProblem(path: Self.printable(path), entry.problem ?? Wording("not a file", "不是文件")))
        }
    }

    private mutating func skip(_ path: String, _ why: Wording) {
        notices.append(FileProblem(path: Self.printable(path), Wording("skipped: ", "已跳过：").then(why, english: "", chinese: "")))
    }

    /// A path safe to print: control characters shown as `?`.
    static func printable(_ path: String) -> String {
        String(String.UnicodeScalarView(path.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : $0 }))
    }
}
