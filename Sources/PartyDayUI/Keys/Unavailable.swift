import PartyDayKit

/// Why a key that belongs on a screen cannot act now; each is given to
/// `KeyBinding.disabled`, said when the key is pressed and shown in `?`.
enum Unavailable {
    @Sendable static func noMeetingSelected(_ state: AppState) -> Phrase? {
        state.selectedMeeting == nil ? Phrase("no meeting selected (the list is empty or filtered to nothing)", "未选中会议（列表为空或筛选后没有会议）") : nil
    }

    @Sendable static func noRecentMeeting(_ state: AppState) -> Phrase? {
        state.homeMeetings.isEmpty ? Phrase("no meeting yet: n creates one", "还没有会议：按 n 新建") : nil
    }

    /// The Members screen: an empty roster, or a search that matches nobody.
    @Sendable static func noRosterMemberSelected(_ state: AppState) -> Phrase? {
        state.selectedMember == nil ? Phrase("no member selected (the roster is empty or the search matches nobody): a adds one", "未选中党员（名册为空或搜索没有匹配）：按 a 添加") : nil
    }

    /// The Pledges screen: nothing under the filter or the search.
    @Sendable static func noPledgeSelected(_ state: AppState) -> Phrase? {
        state.selectedPledge == nil ? Phrase("no pledge selected (none under this filter or search: f changes the filter)", "未选中承诺（当前筛选或搜索下没有承诺：按 f 切换筛选）") : nil
    }

    @Sendable static func noMemberSelected(_ state: AppState) -> Phrase? {
        state.selectedDuesMember == nil ? Phrase("no member selected (none owes dues this month, or the find matches nobody)", "未选中党员（本月无人应交党费，或查找没有匹配）") : nil
    }

    /// A form that writes a dues file needs the files loaded and sound.
    @Sendable static func noDuesMemberOrFiles(_ state: AppState) -> Phrase? {
        if !state.duesWritable { return Phrase("the dues files are not loaded (or one is damaged)", "党费文件未载入（或已损坏）") }
        return noMemberSelected(state)
    }

    /// A meeting's attendance pane: a status key needs a member's row highlighted.
    @Sendable static func noMemberRow(_ state: AppState) -> Phrase? {
        guard let open = state.workspace, open.cursor.index >= open.meeting.attendance.count else { return nil }
        if open.attendanceRowCount == 0 {
            return Phrase("nobody is expected at this meeting (the roster, its members' dates and the meeting's party group decide): g adds a guest, n a non-voting attendee",
                          "本次会议没有应到党员（由名册、党员的在册日期和会议所属党小组决定）：按 g 添加来宾，n 添加列席人员")
        }
        return Phrase("a guest or non-voting row is highlighted: marks are for members (Enter edits the row)", "所选为来宾或列席人员：出席标记只用于党员（Enter 编辑该行）")
    }

    /// The attendance pane's d: only a guest or a non-voting attendee is removed.
    @Sendable static func noGuestRow(_ state: AppState) -> Phrase? {
        guard let open = state.workspace else { return nil }
        return open.cursor.index >= open.meeting.attendance.count && open.cursor.index < open.attendanceRowCount ? nil
            : Phrase("a member's row is highlighted: members are not removed from a meeting (z leaves one out of the expected count)",
                     "所选为党员：党员不从会议中删除（按 z 可不计入应到）")
    }

    /// The Participation table: nobody in the period.
    @Sendable static func noParticipationRow(_ state: AppState) -> Phrase? {
        state.participationRows.isEmpty ? Phrase("no member in the period shown (p chooses another)", "所示期间没有党员（按 p 另选期间）") : nil
    }

    /// A member's timeline: no meeting expected them.
    @Sendable static func noTimelineMeeting(_ state: AppState) -> Phrase? {
        guard let id = state.participation.timelineMember else { return nil }
        return ParticipationReport.timeline(memberID: id, summaries: state.summaries).isEmpty
            ? Phrase("no meeting in this member's record yet", "该党员还没有会议记录") : nil
    }
}
