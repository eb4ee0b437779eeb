import Foundation
import ArgumentParser
import PartyDayKit
import PartyDayUI

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Read every file in the data folder and report each problem with its file.",
        discussion: Manual.after("Exits 0 when every file is sound and 1 otherwise. Writes nothing.")
    )

    @OptionGroup var options: DataOptions

    @OptionGroup var lang: LanguageOption

    func run() throws {
        let folder = options.folder
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw failure("no data folder at \(folder.path)", "\(folder.path) 处没有数据文件夹")
        }
        let store: Store
        do {
            store = try Store(folder: folder, access: .readOnly)
        } catch {
            throw failure(error)
        }
        let language = lang.language
        let zh = language == .chinese
        let problems = store.check()
        let meetings = store.listMeetings().summaries.count
        // What was skipped or followed, and why: not damage, but never silent.
        for notice in store.notices {
            let located = FileProblem(path: folder.appendingPathComponent(notice.path).path, notice.reason)
            FileHandle.standardError.write(Data(((zh ? "提示：" : "note: ") + TextSanitizer.singleLine(located.text(language)) + "\n").utf8))
        }
        // Copies left by `partyday sync` where two PCs changed one record: not damage, but
        // the secretary must choose.
        for copy in BranchSync.conflictCopies(in: folder) {
            let record = BranchSync.record(ofCopy: copy) ?? "?"
            FileHandle.standardError.write(Data((zh ? "冲突：\(copy) 是另一台电脑上的 \(record)（同步时两边都改了）；原位置是本机的版本。选择一个：partyday sync resolve \(copy) --mine 或 --theirs\n"
                                                    : "conflict: \(copy) is the other PC's version of \(record) (both changed it before a sync); the file in place is this PC's. Choose: partyday sync resolve \(copy) --mine or --theirs\n").utf8))
        }
        warnAboutStepTimes(store, zh: zh)
        if problems.isEmpty {
            print(zh ? "\(folder.path)：所有文件完好（\(meetings) 次会议）。" : "\(folder.path): all files are sound (\(meetings) meetings).")
            return
        }
        for problem in problems {
            let located = FileProblem(path: folder.appendingPathComponent(problem.path).path, problem.reason)
            FileHandle.standardError.write(Data((TextSanitizer.singleLine(located.text(language)) + "\n").utf8))
        }
        throw failure("\(problems.count) file\(problems.count == 1 ? "" : "s") with problems; \(meetings) meetings load. Damaged files were left untouched.",
                      "\(problems.count) 个文件有问题；\(meetings) 次会议可以读取。损坏的文件未作改动。")
    }

    /// Steps ticked at a time outside their meeting (ticked days later, before the
    /// after-the-fact mode existed, or typed wrong): named, not counted as damage.
    private func warnAboutStepTimes(_ store: Store, zh: Bool) {
        let zone = (try? store.loadBranch())?.timeZone ?? .current
        for meeting in store.loadAllMeetings().meetings.sorted(by: { $0.start < $1.start }) {
            for step in meeting.stepsOutsideTheMeeting {
                guard let doneAt = step.doneAt else { continue }
                let window = "\(DateText.dateTime(meeting.start, in: zone))–\(DateText.time(meeting.expectedEnd, in: zone))"
                let theme = TextSanitizer.singleLine(meeting.theme), title = TextSanitizer.singleLine(step.title)
                let day = DateText.day(meeting.start, in: zone), at = DateText.dateTime(doneAt, in: zone)
                let line = zh
                    ? "提示：\(day)的\(Labels(.chinese).typeName(meeting.primaryType))“\(theme)”：议程“\(title)”的完成时间 \(at) 不在会议时间（\(window)）内；在该议程上按 Enter 可更正\n"
                    : "warning: meeting \(day) \(meeting.primaryType.slug) \"\(theme)\": "
                        + "step \"\(title)\" is ticked at \(at), outside the meeting (\(window)); correct its time with Enter on the step\n"
                FileHandle.standardError.write(Data(line.utf8))
            }
        }
    }
}
