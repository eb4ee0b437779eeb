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
}
