import PartyDayKit

/// Names of the model's values as the user reads them.
extension Strings {
    var labels: Labels { Labels(language) }

    public func typeName(_ type: MeetingType) -> String {
        labels.typeName(type)
    }

    func stateName(_ state: Meeting.State) -> String {
        labels.stateName(state)
    }

    func statusName(_ status: AttendanceStatus) -> String {
        labels.statusName(status)
    }

    func exclusionName(_ reason: ExclusionReason) -> String {
        labels.exclusionName(reason)
    }

    func categoryName(_ category: MemberCategory) -> String {
        labels.categoryName(category)
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
        case .stopped: t("membership stopped", "已停止党籍")
        case .removed: t("removed (除名)", "已除名")
        }
    }

    func pledgeStatusName(_ status: Pledge.Status) -> String {
        labels.pledgeStatusName(status)
    }

    func outcomeName(_ outcome: DecisionOutcome) -> String {
        labels.outcomeName(outcome)
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
}
