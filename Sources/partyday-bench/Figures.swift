import Foundation

/// The benchmark's results, with the targets they are judged against.
struct Figures {
    var meetings = 0
    var meetingFileKB = 0.0
    var loadAllMs = 0.0
    var listMeetingsMs = 0.0
    var saveOneMs10 = 0.0
    var saveOneMs600 = 0.0
    var pythonParseMs: Double?
    var firstFrameMs: Double?
    var homeCompleteMs: Double?
    var keystrokeP50Ms = 0.0
    var keystrokeP99Ms = 0.0
    var keystrokeEvents = 0
    var openMeetingMs = 0.0
    /// A key inside an open meeting, with the decade's meetings and with `meetingKeysScale` times as many.
    var meetingKeyP99Ms = 0.0
    var meetingKeyScaledP50Ms = 0.0
    var meetingKeyScaledP99Ms = 0.0
    var meetingKeysScale = 20
    var meetingKeyScaledSummaries = 0
    var reportMs = 0.0
    var reportsReadyMs = 0.0
    var peakRSSMB = 0.0
    var exportDocxMs = 0.0
    var exportXlsxMs = 0.0
    var exportXlsxRows = 0
    var duesReportMs = 0.0
    var duesSaveOneMs = 0.0
    var developmentReportMs = 0.0
    var developmentLoadMs = 0.0
    var developmentPeople = 0
    var yearReportMs = 0.0
    var workBookMs = 0.0
    var workBookMeetings = 0
    var workBookKB = 0.0
    var duesLoadMs = 0.0
    var duesPayments = 0
    /// With --felt: the real binary timed from outside (FeltBench), at 1× and at `scale`×.
    var felt = FeltBench.Figures()
    var committee: CommitteeBench.Figures?
    var scale: Int?

    /// The felt figures in a fixed order, for the report and the JSON.
    private var feltNames: [String] {
        let screens = ["felt_first_frame_ms", "felt_home_complete_ms", "felt_open_meeting_ms", "felt_filter_ms", "felt_escape_ms",
                       "felt_key_ms", "felt_key_bytes", "felt_quit_after_edit_ms"]
        let commands = ["cold_index_home_ms", "copied_folder_first_report_ms", "copied_folder_report_ms", "warm_report_ms",
                        "export_month_ms", "export_json_ms", "export_json_peak_mb"]
        var names = screens + commands + screens.map { $0 + "_200x60" }
        if let scale { names += (screens + commands).map { $0 + "_\(scale)x" } }
        return names
    }

    var json: String {
        var fields: [(String, String)] = [
            ("meetings", "\(meetings)"),
            ("meeting_file_kb", format(meetingFileKB)),
            ("load_all_ms", format(loadAllMs)),
            ("list_meetings_ms", format(listMeetingsMs)),
            ("save_one_ms_10", format(saveOneMs10)),
            ("save_one_ms_600", format(saveOneMs600)),
            ("python_parse_ms", pythonParseMs.map(format) ?? "null"),
            ("first_frame_ms", firstFrameMs.map(format) ?? "null"),
            ("home_complete_ms", homeCompleteMs.map(format) ?? "null"),
            ("open_meeting_ms", format(openMeetingMs)),
            ("keystroke_p50_ms", format(keystrokeP50Ms)),
            ("keystroke_p99_ms", format(keystrokeP99Ms)),
            ("keystroke_events", "\(keystrokeEvents)"),
            ("meeting_key_p99_ms", format(meetingKeyP99Ms)),
            ("meeting_key_\(meetingKeysScale)x_p50_ms", format(meetingKeyScaledP50Ms)),
            ("meeting_key_\(meetingKeysScale)x_p99_ms", format(meetingKeyScaledP99Ms)),
            ("report_ms", format(reportMs)),
            ("reports_ready_ms", format(reportsReadyMs)),
            ("peak_rss_mb", format(peakRSSMB)),
            ("export_docx_ms", format(exportDocxMs)),
            ("export_xlsx_ms", format(exportXlsxMs)),
            ("export_xlsx_rows", "\(exportXlsxRows)"),
            ("dues_report_ms", format(duesReportMs)),
            ("dues_save_one_ms", format(duesSaveOneMs)),
            ("development_report_ms", format(developmentReportMs)),
            ("development_load_ms", format(developmentLoadMs)),
            ("dues_load_ms", format(duesLoadMs)),
            ("dues_payments", "\(duesPayments)"),
            ("year_report_ms", format(yearReportMs)),
            ("workbook_export_ms", format(workBookMs)),
            ("workbook_meetings", "\(workBookMeetings)"),
        ]
        if let committee {
            fields += [("committee_branches", "\(committee.branches)"), ("committee_report_ms", committee.reportMs.map(format) ?? "null"),
                       ("committee_risk_ms", committee.riskMs.map(format) ?? "null"), ("sync_one_meeting_ms", committee.syncOneMs.map(format) ?? "null")]
                + committee.screen.sorted { $0.key < $1.key }.map { ($0.key, format($0.value)) }
        }
        if scale != nil || !felt.values.isEmpty {
            fields += feltNames.map { ($0, felt.values[$0].map(format) ?? "null") }
            fields.append(("felt_binary_static", felt.staticRuntime.map { $0 ? "true" : "false" } ?? "null"))
        }
        fields.append(("targets_met", checks.allSatisfy(\.met) ? "true" : "false"))
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    var report: String {
        var lines = [
            "partyday-bench: \(meetings) meetings (average file \(format(meetingFileKB)) KB); medians",
            "  load_all_ms        \(format(loadAllMs))",
            "  list_meetings_ms   \(format(listMeetingsMs))",
            "  save_one_ms_10     \(format(saveOneMs10))",
            "  save_one_ms_600    \(format(saveOneMs600))",
            "  python_parse_ms    \(pythonParseMs.map(format) ?? "n/a (python3 not found)")",
            "  first_frame_ms     \(firstFrameMs.map(format) ?? "n/a (partyday not built beside the bench)")",
            "  home_complete_ms   \(homeCompleteMs.map(format) ?? "n/a")",
            "  open_meeting_ms    \(format(openMeetingMs))",
            "  keystroke_p50_ms   \(format(keystrokeP50Ms))  (\(keystrokeEvents) events)",
            "  keystroke_p99_ms   \(format(keystrokeP99Ms))",
            "  meeting_key_p99_ms \(format(meetingKeyP99Ms))  (a key inside an open meeting)",
            "  meeting_key_\(meetingKeysScale)x_p50_ms \(format(meetingKeyScaledP50Ms)), p99 \(format(meetingKeyScaledP99Ms))  (the same, \(meetingKeyScaledSummaries) meetings kept)",
            "  report_ms          \(format(reportMs))",
            "  reports_ready_ms   \(format(reportsReadyMs))",
            "  peak_rss_mb        \(format(peakRSSMB))",
            "  export_docx_ms     \(format(exportDocxMs))  (the seed meeting's minutes)",
            "  export_xlsx_ms     \(format(exportXlsxMs))  (attendance, \(exportXlsxRows) rows)",
            "  dues_load_ms       \(format(duesLoadMs))  (the ten year files and the bases, \(duesPayments) payments)",
            "  dues_report_ms     \(format(duesReportMs))  (60 members x 120 months: each month, its totals, every unpaid run)",
            "  dues_save_one_ms   \(format(duesSaveOneMs))  (one payment into the tenth year's file)",
            "  development_report_ms \(format(developmentReportMs))  (\(developmentPeople) people in development: stage, next step, every rule)",
            "  development_load_ms   \(format(developmentLoadMs))  (reading their \(developmentPeople) files)",
            "  year_report_ms        \(format(yearReportMs))  (the decade's last year in figures: roster, duties, participation, dues, grades)",
            "  workbook_export_ms    \(format(workBookMs))  (its work book: \(workBookMeetings) meetings' minutes read and set, \(format(workBookKB)) KB .docx)",
        ]
        if scale != nil || !felt.values.isEmpty || felt.problem != nil {
            lines.append("felt (the real binary from outside; medians):")
            if let problem = felt.problem { lines.append("  note: \(problem)") }
            switch felt.staticRuntime {
            case true?: lines.append("  binary: Swift runtime linked in (as released)")
            case false?: lines.append("  binary: Swift runtime loaded at start; build it as released for the felt figures: swift build -c release --static-swift-stdlib --product partyday")
            case nil: break
            }
            for name in feltNames {
                lines.append("  \(name.padding(toLength: 36, withPad: " ", startingAt: 0)) \(felt.values[name].map(format) ?? "n/a")")
            }
        }
        if let committee {
            lines.append("committee (\(committee.branches) branches, \(committee.meetings) meetings; the real binary, medians):")
            if let problem = committee.problem { lines.append("  note: \(problem)") }
            lines.append("  committee_report_ms                  \(committee.reportMs.map(format) ?? "n/a")")
            lines.append("  committee_risk_ms                    \(committee.riskMs.map(format) ?? "n/a")")
            lines.append("  sync_one_meeting_ms                  \(committee.syncOneMs.map(format) ?? "n/a")")
            for (name, value) in committee.screen.sorted(by: { $0.key < $1.key }) {
                lines.append("  " + name.padding(toLength: 37, withPad: " ", startingAt: 0) + format(value))
            }
        }
        lines.append("targets:")
        lines += checks.map { "  \($0.met ? "met " : "MISSED") \($0.name)" }
        return lines.joined(separator: "\n")
    }

    struct Check {
        var name: String
        var met: Bool
    }

    var checks: [Check] {
        [
            Check(name: "save_one_ms_600 <= 5", met: saveOneMs600 <= 5),
            Check(name: "save_one_ms_600 <= 1.5 x save_one_ms_10", met: saveOneMs600 <= 1.5 * saveOneMs10),
            Check(name: "list_meetings_ms <= 30", met: listMeetingsMs <= 30),
            Check(name: "first_frame_ms <= 50", met: (firstFrameMs ?? .infinity) <= 50),
            Check(name: "home_complete_ms <= 100", met: (homeCompleteMs ?? .infinity) <= 100),
            Check(name: "open_meeting_ms <= 5", met: openMeetingMs <= 5),
            Check(name: "keystroke_p99_ms <= 0.5", met: keystrokeP99Ms <= 0.5),
            Check(name: "meeting_key_\(meetingKeysScale)x_p99_ms <= 0.5", met: meetingKeyScaledP99Ms <= 0.5),
            Check(name: "report_ms <= 20", met: reportMs <= 20),
            Check(name: "reports_ready_ms <= 0.25 x python_parse_ms", met: pythonParseMs.map { reportsReadyMs <= 0.25 * $0 } ?? false),
            Check(name: "export_docx_ms <= 50", met: exportDocxMs <= 50),
            Check(name: "export_xlsx_ms <= 1500", met: exportXlsxMs <= 1500),
            Check(name: "load_all_ms <= 0.5 x python_parse_ms", met: pythonParseMs.map { loadAllMs <= 0.5 * $0 } ?? false),
            Check(name: "dues_report_ms <= 20", met: duesReportMs <= 20),
            Check(name: "dues_save_one_ms <= 5", met: duesSaveOneMs <= 5),
            Check(name: "development_report_ms <= 20", met: developmentReportMs <= 20),
            Check(name: "year_report_ms <= 50", met: yearReportMs <= 50),
            Check(name: "workbook_export_ms <= 1000", met: workBookMs <= 1000),
        ] + feltChecks + committeeChecks
    }

    /// Issue 16's targets; only when --committee ran.
    private var committeeChecks: [Check] {
        guard let committee else { return [] }
        return [Check(name: "committee_report_ms <= 1000", met: (committee.reportMs ?? .infinity) <= 1000),
                Check(name: "sync_one_meeting_ms <= 300", met: (committee.syncOneMs ?? .infinity) <= 300),
                Check(name: "committee_screen_complete_ms <= 200", met: (committee.screen["committee_screen_complete_ms"] ?? .infinity) <= 200)]
    }

    /// Issue 13's targets for what users feel; only when --felt ran.
    private var feltChecks: [Check] {
        guard let scale else { return [] }
        let x = "_\(scale)x"
        func at(_ name: String, _ limit: Double) -> Check {
            Check(name: "\(name) <= \(format(limit))", met: (felt.values[name] ?? .infinity) <= limit)
        }
        let warm = felt.values["warm_report_ms" + x] ?? 0
        return [
            at("felt_home_complete_ms", 60), at("felt_open_meeting_ms", 10), at("felt_filter_ms", 20), at("felt_escape_ms", 30),
            at("felt_key_ms", 2), at("felt_key_bytes", 400), at("cold_index_home_ms", 300), at("cold_index_home_ms" + x, 3000),
            // "As fast as a warm one": within a tenth, since two runs of one command differ by that much.
            Check(name: "copied_folder_report_ms\(x) <= 1.1 x warm_report_ms\(x)",
                  met: (felt.values["copied_folder_report_ms" + x] ?? .infinity) <= 1.1 * warm),
            at("felt_quit_after_edit_ms" + x, 30), at("export_month_ms" + x, 50), at("export_json_peak_mb" + x, 100),
        ]
    }

    private func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
