import Foundation
import PartyDayKit

/// `swift run -c release partyday-bench [--json] [--meetings N]`: builds the decade data
/// set in a temp folder and measures the store. Figures are medians of repeated runs,
/// taken side by side in one process because the machines are noisy.
@main
struct Bench {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.contains("--help") || arguments.contains("-h") {
            print("""
                usage: partyday-bench [--json] [--meetings N] [--keep DIR] [--felt [--scale N]] [--committee [N]]
                Measures the store, the screens and the reports on a generated decade data set (60 members, 600 meetings).
                --felt also times the real partyday binary from outside, as a user feels it: in a pseudo-terminal
                (needs python3 with pyte) and as commands, on the decade and on N times it (default 20).
                --committee times a committee's roll-up over N copies of the decade (default 50) and a sync
                of one changed meeting to a local bare repository (needs git).
                """)
            return
        }
        let json = arguments.contains("--json")
        let felt = arguments.contains("--felt")
        var scale = 20
        if let flag = arguments.firstIndex(of: "--scale"), arguments.index(after: flag) < arguments.endIndex,
           let value = Int(arguments[arguments.index(after: flag)]), (2...50).contains(value) {
            scale = value
        }
        var meetingCount = 600
        if let flag = arguments.firstIndex(of: "--meetings"), arguments.index(after: flag) < arguments.endIndex,
           let value = Int(arguments[arguments.index(after: flag)]), value >= 10 {
            meetingCount = value
        }

        // --keep DIR writes the data sets there and leaves them, to try partyday on them by hand.
        var kept: URL?
        if let flag = arguments.firstIndex(of: "--keep"), arguments.index(after: flag) < arguments.endIndex {
            kept = URL(fileURLWithPath: arguments[arguments.index(after: flag)])
        }
        let root = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("partyday-bench-\(getpid())")
        defer { if kept == nil { try? FileManager.default.removeItem(at: root) } }
        let large = root.appendingPathComponent("decade"), small = root.appendingPathComponent("small")
        // More than a decade's 600 meetings fill the same decade more densely (the supported years end in 2200).
        let data = DecadeDataSet.make(meetingCount: meetingCount, perMonth: max(1, (meetingCount + 599) / 600))
        try write(data, to: large)
        try write(DemoData(branch: data.branch, members: data.members, meetings: Array(data.meetings.prefix(10))), to: small)

        var figures = Figures()
        figures.meetings = meetingCount
        figures.meetingFileKB = averageMeetingFileKB(in: large)
        figures.loadAllMs = median(runs: 5) {
            let store = try Store(folder: large, access: .readOnly)
            let result = store.loadAllMeetings()
            precondition(result.meetings.count == meetingCount && result.problems.isEmpty, "load_all lost meetings")
        }
        figures.listMeetingsMs = median(runs: 15) {
            let store = try Store(folder: large, access: .readOnly)
            precondition(store.listMeetings().summaries.count == meetingCount, "listing lost meetings")
        }
        (figures.saveOneMs10, figures.saveOneMs600) = try measureSaves(small: small, large: large, data: data)
        if let frames = FirstFrameBench.run(folder: large) {
            figures.firstFrameMs = frames.firstFrameMs
            figures.homeCompleteMs = frames.homeCompleteMs
        }
        let keystrokes = try KeystrokeBench.run(folder: large)
        figures.keystrokeP50Ms = keystrokes.p50
        figures.keystrokeP99Ms = keystrokes.p99
        figures.keystrokeEvents = keystrokes.events
        figures.openMeetingMs = keystrokes.openMeetingMs
        figures.meetingKeyP99Ms = MeetingKeysBench.run(data).p99
        let scaledKeys = MeetingKeysBench.run(DecadeDataSet.make(meetingCount: meetingCount * figures.meetingKeysScale,
                                                                 perMonth: figures.meetingKeysScale * max(1, (meetingCount + 599) / 600)))
        figures.meetingKeyScaledP50Ms = scaledKeys.p50
        figures.meetingKeyScaledP99Ms = scaledKeys.p99
        figures.meetingKeyScaledSummaries = scaledKeys.summaries
        let reports = try ReportsBench.run(folder: large)
        figures.reportMs = reports.reportMs
        figures.reportsReadyMs = reports.reportsReadyMs
        figures.pythonParseMs = pythonParseMs(folder: large)
        // Office documents: the seed meeting's minutes as Word, the decade's attendance as Excel.
        let demo = DemoData.make()
        let seed = demo.meetings.first { $0.id == DemoData.seedMeetingID }!
        figures.exportDocxMs = median(runs: 9) {
            _ = try MinutesDocument(meeting: seed, branch: demo.branch, language: .chinese, format: .markdown, members: demo.members).word()
        }
        figures.exportXlsxRows = data.meetings.reduce(0) { $0 + $1.attendance.count }
        figures.exportXlsxMs = median(runs: 3) {
            _ = try ReportWorkbooks.attendance(data.meetings, branch: data.branch, period: nil, language: .chinese).data()
        }
        let dues = try DuesBench.run(folder: root.appendingPathComponent("dues"), data: data)
        figures.duesReportMs = dues.reportMs
        figures.duesSaveOneMs = dues.saveOneMs
        figures.duesLoadMs = dues.loadMs
        figures.duesPayments = dues.payments
        let development = try DevelopmentBench.run(folder: root.appendingPathComponent("development"), data: data)
        figures.developmentReportMs = development.reportMs
        figures.developmentLoadMs = development.loadMs
        figures.developmentPeople = development.people
        let year = try YearBench.run(folder: large, duesFolder: root.appendingPathComponent("dues"))
        figures.yearReportMs = year.yearReportMs
        figures.workBookMs = year.workBookMs
        figures.workBookMeetings = year.workBookMeetings
        figures.workBookKB = year.workBookKB
        figures.peakRSSMB = peakRSSMB()

        if felt {
            // The decade's last month; the same month at scale holds `scale` times the meetings.
            let month = Period(from: Day(year: 2025, month: 11, day: 1)!, to: Day(year: 2025, month: 11, day: 30)!)
            figures.felt = FeltBench.run(folder: large, suffix: "", rounds: 5, wide: true, month: month)
            let scaled = root.appendingPathComponent("decade-\(scale)x")
            try write(DecadeDataSet.make(meetingCount: meetingCount * scale, perMonth: scale), to: scaled)
            let big = FeltBench.run(folder: scaled, suffix: "_\(scale)x", rounds: 3, wide: false, month: month)
            figures.felt.values.merge(big.values) { first, _ in first }
            figures.felt.problem = figures.felt.problem ?? big.problem
            figures.scale = scale
        }

        if let flag = arguments.firstIndex(of: "--committee") {
            let next = arguments.index(after: flag)
            let count = next < arguments.endIndex ? Int(arguments[next]).map { min(max($0, 1), 200) } ?? 50 : 50
            figures.committee = CommitteeBench.run(decade: large, root: root, branches: count)
        }

        if json {
            print(figures.json)
        } else {
            print(figures.report)
        }
    }

    static func write(_ data: DemoData, to folder: URL) throws {
        let store = try Store(folder: folder)
        try data.write(to: store)
    }

    /// Saves alternate between the 10-meeting and the 600-meeting folder so that both
    /// medians see the same machine noise.
    static func measureSaves(small: URL, large: URL, data: DemoData) throws -> (Double, Double) {
        let smallStore = try Store(folder: small), largeStore = try Store(folder: large)
        _ = smallStore.listMeetings()
        _ = largeStore.listMeetings()
        var smallMeeting = data.meetings[5], largeMeeting = data.meetings[meetingCountMiddle(data)]
        var smallTimes: [Double] = [], largeTimes: [Double] = []
        for round in 0..<41 {
            smallMeeting.theme = "保存测试 \(round)"
            largeMeeting.theme = "保存测试 \(round)"
            smallTimes.append(try time { try smallStore.save(smallMeeting) })
            largeTimes.append(try time { try largeStore.save(largeMeeting) })
        }
        try smallStore.flush()
        try largeStore.flush()
        return (middle(smallTimes), middle(largeTimes))
    }

    static func meetingCountMiddle(_ data: DemoData) -> Int { data.meetings.count / 2 }

    static func pythonParseMs(folder: URL) -> Double? {
        let script = """
            import glob, plistlib, sys, time
            files = sorted(glob.glob(sys.argv[1] + '/meetings/*/*.plist'))
            start = time.perf_counter()
            for name in files:
                with open(name, 'rb') as f:
                    plistlib.load(f)
            print((time.perf_counter() - start) * 1000)
            """
        var runs: [Double] = []
        for _ in 0..<3 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", script, folder.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            guard (try? process.run()) != nil else { return nil }
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0,
                  let value = Double(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            else { return nil }
            runs.append(value)
        }
        return middle(runs)
    }

    static func averageMeetingFileKB(in folder: URL) -> Double {
        let meetings = folder.appendingPathComponent("meetings")
        var total = 0, count = 0
        for year in (try? FileManager.default.contentsOfDirectory(atPath: meetings.path)) ?? [] {
            let yearURL = meetings.appendingPathComponent(year)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: yearURL.path)) ?? [] where name.hasSuffix(".plist") {
                let size = (try? FileManager.default.attributesOfItem(atPath: yearURL.appendingPathComponent(name).path)[.size] as? Int) ?? 0
                total += size
                count += 1
            }
        }
        return count == 0 ? 0 : Double(total) / Double(count) / 1024
    }

    static func peakRSSMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    static func time(_ work: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    static func median(runs: Int, _ work: () throws -> Void) -> Double {
        middle((0..<runs).map { _ in (try? time(work)) ?? .nan })
    }

    static func middle(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }
}
