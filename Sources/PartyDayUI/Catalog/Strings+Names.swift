import PartyDayKit

/// Names of the model's values as the user reads them.
extension Strings {
    public func typeName(_ type: MeetingType) -> String {
        language == .chinese ? type.chineseName : type.englishName
    }

    func stateName(_ state: Meeting.State) -> String {
        switch state {
        case .planned: t("planned", "计划中")
        case .inProgress: t("in progress", "进行中")
        case .concluded: t("concluded", "已结束")
        }
    }

    func statusName(_ status: AttendanceStatus) -> String {
        switch status {
        case .unmarked: t("—", "—")
        case .present: t("present", "出席")
        case .late: t("late", "迟到")
        case .leftEarly: t("left early", "早退")
        case .onLeave: t("on leave", "请假")
        case .absentExcused: t("absent (reason)", "因故缺席")
        case .absentUnexcused: t("absent, no reason", "无故缺席")
        case .excluded: t("not counted", "不计应到")
        }
    }

    func exclusionName(_ reason: ExclusionReason) -> String {
        language == .chinese ? reason.chineseName : reason.englishName
    }

    func categoryName(_ category: MemberCategory) -> String {
        switch category {
        case .full: t("full", "正式党员")
        case .probationary: t("probationary", "预备党员")
        }
    }

    func roleName(_ role: Role) -> String {
        let name = switch role.kind {
        case .secretary: t("secretary", "书记")
        case .deputySecretary: t("deputy secretary", "副书记")
        case .committeeMember: t("committee", "支委")
        case .member: t("member", "党员")
        }
        return role.portfolio.isEmpty ? name : "\(name)·\(role.portfolio)"
    }

    func rosterStatusName(_ status: RosterStatus) -> String {
        switch status {
        case .active: t("active", "在册")
        case .transferredIn: t("transferred in", "转入")
        case .transferredOut: t("transferred out", "已转出")
        case .deceased: t("deceased", "已去世")
        }
    }

    func pledgeStatusName(_ status: Pledge.Status) -> String {
        switch status {
        case .open: t("open", "未完成")
        case .kept: t("kept", "已兑现")
        case .dropped: t("dropped", "已撤销")
        }
    }

    func outcomeName(_ outcome: DecisionOutcome) -> String {
        switch outcome {
        case .passed: t("passed", "通过")
        case .failed: t("not passed", "未通过")
        case .noQuorum: t("no quorum", "不足法定人数")
        case .invalidCount: t("count > present", "票数超过到会人数")
        case .notVoted: t("not voted", "未表决")
        }
    }

    func paneName(_ pane: WorkspaceState.Pane) -> String {
        switch pane {
        case .attendance: t("Attendance", "签到")
        case .agenda: t("Agenda", "议程")
        case .speeches: t("Speeches", "发言")
        case .suggestions: t("Suggestions", "建议")
        case .decisions: t("Decisions", "决议")
        case .pledges: t("Pledges", "承诺")
        case .notes: t("Notes", "总结")
        }
    }

    func screenName(_ screen: AppState.Screen) -> String {
        switch screen {
        case .welcome: t("welcome", "欢迎")
        case .home: t("home", "首页")
        case .meetings: t("meetings", "会议")
        case .members: t("members", "党员")
        case .workspace: t("meeting", "会议记录")
        }
    }
}
