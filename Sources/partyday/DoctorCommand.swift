import ArgumentParser
import Foundation
import PartyDayKit
import PartyDayUI
#if canImport(Glibc)
import Glibc
#endif

/// `partyday doctor`: what partyday sees, for a helpdesk — version, data folder and where
/// it came from, its permissions, who holds it, the terminal, the locale, and whether the
/// files load, the C library it runs on and the oldest it can. Reads only; never takes the lock.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Print what partyday sees: version, data folder, lock, terminal, locale, and whether the files load (the first thing a helpdesk asks for).",
        discussion: Manual.note
    )

    @OptionGroup var data: DataOptions

    @OptionGroup var lang: LanguageOption

    /// Chinese characters a terminal must draw two columns wide each.
    static let cjkSample = "党支部主题党日"

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let folder = data.folder
        let l = lang.labels
        var lines: [(Wording, String)] = [(Wording("version", "版本"), PartyDayVersion.string)]
        lines.append((Wording("data folder", "数据文件夹"), l.t("\(folder.path) (from \(DataFolder.source(option: data.dataDir, environment: environment)))",
                                                           "\(folder.path)（来自 \(Self.sourceName(DataFolder.source(option: data.dataDir, environment: environment)))）")))
        lines.append((Wording("permissions", "权限"), Self.permissions(folder, l)))
        lines.append((Wording("lock", "锁"), FileManager.default.fileExists(atPath: folder.path)
                      ? (FolderLock.holder(of: folder).map { l.t("held by ", "被占用：") + StoreError.holderWording($0).text(l.language) } ?? l.t("free", "空闲")) : "—"))
        let term = environment["TERM"] ?? ""
        lines.append((Wording("terminal", "终端"), term.isEmpty ? l.t("TERM is not set", "未设置 TERM") : "TERM=\(term)"
                      + (isatty(STDOUT_FILENO) == 1 ? l.t(", ", "，") + Self.size(l) : l.t(", standard output is not a terminal", "，标准输出不是终端"))))
        lines.append((Wording("colours", "颜色"), term.isEmpty ? "—" : Self.colors(term, l)
                      + ((environment["NO_COLOR"] ?? "").isEmpty ? "" : l.t(" (NO_COLOR set: none used)", "（已设置 NO_COLOR：不用颜色）"))))
        let locale = ["PARTYDAY_LANG", "LC_ALL", "LC_MESSAGES", "LANG"].map { "\($0)=\(environment[$0] ?? "")" }.joined(separator: " ")
        let applied = setlocale(LC_ALL, "").map { String(cString: $0) } ?? l.t("not available (C.UTF-8 is used)", "不可用（使用 C.UTF-8）")
        let interface = Strings.forEnvironment(environment, override: nil).language == .chinese ? l.t("Chinese", "中文") : l.t("English", "英文")
        lines.append((Wording("locale", "区域设置"), l.t("\(locale); the C library takes \(applied); interface language \(interface)",
                                                     "\(locale)；C 库采用 \(applied)；界面语言 \(interface)")))
        let ours = displayWidth(Self.cjkSample)
        let measured = TerminalProbe.measuredWidth(of: Self.cjkSample)
        let verdict = measured.map { drawn in
            drawn == ours ? l.t("the terminal draws \(drawn): they agree", "终端显示为 \(drawn) 列：一致")
                : l.t("the terminal draws \(drawn): THEY DISAGREE — tables will be garbled; use a font or terminal with wide CJK",
                      "终端显示为 \(drawn) 列：不一致——表格会错位；请换用把汉字显示为两列宽的字体或终端")
        } ?? l.t("the terminal was not asked (not a terminal, or no answer)", "未询问终端（不是终端，或没有应答）")
        lines.append((Wording("CJK width", "汉字宽度"), l.t("\(Self.cjkSample): partyday counts \(ours) columns; ", "\(Self.cjkSample)：partyday 计为 \(ours) 列；") + verdict))
        let floor = GlibcFloor.needed()
        lines.append((Wording("C library", "C 库"), l.t("glibc \(GlibcFloor.running); this build needs glibc \(floor ?? "?") or newer",
                                                       "glibc \(GlibcFloor.running)；本版本需要 glibc \(floor ?? "?") 或更新版本")))
        lines.append((Wording("files", "文件"), Self.files(folder, l)))
        let names = lines.map { $0.0.text(l.language) }
        let width = names.map(displayWidth).max() ?? 0
        for (name, (_, value)) in zip(names, lines) {
            print(TextSanitizer.forTerminal(pad(name, toWidth: width) + "  " + value))
        }
    }

    /// Where the data folder came from, in Chinese.
    static func sourceName(_ source: String) -> String {
        source.hasPrefix("the default") ? "默认位置（~/.local/share/partyday）" : source
    }

    static func colors(_ term: String, _ l: Labels) -> String {
        switch Terminal.terminfoColors(term: term) {
        case .unknownTerminal: l.t("unknown terminal type: terminfo has no entry for \(term)", "未知的终端类型：terminfo 中没有 \(term)")
        case .none: l.t("none (terminfo lists no colours for \(term))", "无（terminfo 中 \(term) 没有颜色）")
        case let .colors(count): "\(count)"
        }
    }

    static func permissions(_ folder: URL, _ l: Labels) -> String {
        var info = stat()
        guard stat(folder.path, &info) == 0 else { return l.t("the folder does not exist yet (partyday creates it, 0700)", "文件夹尚不存在（partyday 会建立它，权限 0700）") }
        let mode = String(info.st_mode & 0o777, radix: 8)
        let writable = access(folder.path, W_OK) == 0 ? l.t("writable", "可写") : l.t("NOT writable by this user", "当前用户不可写")
        let privacy = info.st_mode & 0o077 == 0 ? l.t("private", "仅本人可读") : l.t("readable by others: chmod 700 it", "他人可读：请执行 chmod 700")
        return l.t("\(mode), \(writable), \(privacy); owner uid \(info.st_uid) (you are \(getuid()))",
                   "\(mode)，\(writable)，\(privacy)；属主 uid \(info.st_uid)（当前用户 \(getuid())）")
    }

    static func size(_ l: Labels) -> String {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 else { return l.t("size unknown", "大小未知") }
        let small = Int(size.ws_col) < minimumSize.columns || Int(size.ws_row) < minimumSize.rows
        return "\(size.ws_col)×\(size.ws_row)" + (small ? l.t(" (below the \(minimumSize.columns)×\(minimumSize.rows) the screens need)",
                                                             "（小于界面所需的 \(minimumSize.columns)×\(minimumSize.rows)）") : "")
    }

    /// Whether the records load: read-only, as a report reads them.
    static func files(_ folder: URL, _ l: Labels) -> String {
        guard FileManager.default.fileExists(atPath: folder.path) else { return l.t("no data folder yet", "还没有数据文件夹") }
        do {
            let store = try Store(folder: folder, access: .readOnly)
            guard let branch = try store.loadBranch() else { return l.t("no branch yet (run partyday to create one)", "还没有支部（运行 partyday 建立）") }
            let members = try store.loadMembers()
            let listing = store.listMeetings()
            let dues = store.loadAllDues()
            let damaged = listing.problems.count + dues.problems.count
            return l.t("branch \(branch.name), \(members.count) members, \(listing.summaries.count) meetings, \(dues.years.count) dues years; ",
                       "支部 \(branch.name)，党员 \(members.count) 名，会议 \(listing.summaries.count) 次，党费 \(dues.years.count) 年；")
                + (damaged == 0 ? l.t("all load (partyday check reads every file in full)", "全部可以读取（partyday check 会完整读取每个文件）")
                   : l.t("\(damaged) damaged file(s): partyday check names them", "\(damaged) 个文件损坏：partyday check 会列出"))
        } catch {
            return l.t("cannot be read: ", "无法读取：") + Wording(error: error).text(l.language)
        }
    }
}
