/// Names of the model's values in the reader's language, shared by the screens,
/// the reports and the printed minutes so that all of them use the same words.
public struct Labels: Sendable, Equatable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public func t(_ english: String, _ chinese: String) -> String {
        language == .chinese ? chinese : english
    }

    /// Joins names as the language lists them: 张三、李四 or Zhang San, Li Si.
    public func list(_ items: [String]) -> String {
        items.joined(separator: t(", ", "、"))
    }

    public func typeName(_ type: MeetingType) -> String {
        language == .chinese ? type.chineseName : type.englishName
    }

    public func typeNames(_ types: [MeetingType]) -> String {
        types.map(typeName).joined(separator: " + ")
    }

    public func decisionKindName(_ kind: DecisionKind) -> String {
        switch kind {
        case .ordinary: t("ordinary matter", "一般事项")
        case .admission: t("admission of a new member", "接收预备党员")
        case .conversion: t("conversion to full membership", "预备党员转正")
        case .probationExtension: t("extension of probation", "延长预备期")
        case .discipline: t("discipline (党纪处分)", "党纪处分")
        case .commendation: t("commendation", "表彰")
        case .other: t("other", "其他")
        case .activist: t("activist for membership (确定入党积极分子)", "确定入党积极分子")
        case .developmentCandidate: t("candidate for admission (确定发展对象)", "确定发展对象")
        case .membershipStopped: t("membership stopped", "停止党籍")
        case .membershipRestored: t("membership restored", "恢复党籍")
        case .removal: t("removal from the Party", "除名")
        }
    }

    public func gradeName(_ grade: EvaluationGrade) -> String {
        switch grade {
        case .excellent: t("excellent", "优秀")
        case .qualified: t("qualified", "合格")
        case .basicallyQualified: t("basically qualified", "基本合格")
        case .unqualified: t("unqualified", "不合格")
        }
    }

    public func votingMethodName(_ method: VotingMethod) -> String {
        switch method {
        case .showOfHands: t("show of hands", "举手表决")
        case .secretBallot: t("secret ballot", "无记名投票")
        }
    }

    public func stateName(_ state: Meeting.State) -> String {
        switch state {
        case .planned: t("planned", "计划中")
        case .inProgress: t("in progress", "进行中")
        case .concluded: t("concluded", "已结束")
        }
    }

    public func statusName(_ status: AttendanceStatus) -> String {
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

    public func exclusionName(_ reason: ExclusionReason) -> String {
        language == .chinese ? reason.chineseName : reason.englishName
    }

    public func categoryName(_ category: MemberCategory) -> String {
        switch category {
        case .full: t("full", "正式党员")
        case .probationary: t("probationary", "预备党员")
        }
    }

    public func pledgeStatusName(_ status: Pledge.Status) -> String {
        switch status {
        case .open: t("open", "待兑现")
        case .kept: t("kept", "已兑现")
        case .dropped: t("dropped", "未兑现")
        }
    }

    public func outcomeName(_ outcome: DecisionOutcome) -> String {
        switch outcome {
        case .passed: t("passed", "通过")
        case .failed: t("not passed", "未通过")
        case .noQuorum: t("no quorum", "到会有表决权党员未超过半数，不能表决")
        case .invalidCount: t("count > present", "票数超过到会人数")
        case .notVoted: t("not voted", "未表决")
        case .notValid: t("not valid: a general meeting decides it", "无效：应由支部党员大会决定")
        }
    }

    public func levelName(_ level: WarningLevel) -> String {
        switch level {
        case .none: t("", "")
        case .talk: t("talk to the member", "谈心谈话")
        case .urgent: t("urgent", "紧急")
        case .regardedAsLeft: t("regarded as having left the Party; the branch general meeting must decide",
                                "视为自行脱党，须提交支部党员大会决定")
        }
    }

    public func shortLevelName(_ level: WarningLevel) -> String {
        switch level {
        case .none: ""
        case .talk: t("talk", "谈话")
        case .urgent: t("urgent", "紧急")
        case .regardedAsLeft: t("left?", "脱党")
        }
    }

    public func dutyStatusName(_ status: DutyStatus) -> String {
        switch status {
        case .held: t("held", "已开")
        case .missing: t("missing", "未开")
        case .due: t("due", "待开")
        case .upcoming: t("upcoming", "未到期")
        case .notOwed: t("not owed", "不需开")
        case .beforeRecords: t("before the records", "无记录")
        }
    }

    public func monthName(_ attendance: MonthAttendance) -> String {
        switch attendance {
        case .attended: t("attended", "参加")
        case .unexcused: t("unexcused", "无故未参加")
        case .excused: t("excused", "因故未参加")
        case .empty: t("none expected", "无应参加会议")
        }
    }

    public func frequencyName(_ frequency: Frequency) -> String {
        switch frequency {
        case .monthly: t("monthly", "每月")
        case .quarterly: t("quarterly", "每季度")
        case .yearly: t("yearly", "每年")
        case .never: t("not owed", "不要求")
        }
    }
}
