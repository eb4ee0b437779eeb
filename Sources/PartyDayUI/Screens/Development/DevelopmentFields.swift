import PartyDayKit

/// The Development forms' own fields, and why its keys may not act: kept with the
/// feature, so that it touches neither `FieldKey` nor `Unavailable`.
extension FieldKey {
    static let birth = FieldKey.named("birth")
    static let unit = FieldKey.named("unit")
    static let post = FieldKey.named("post")
    static let document = FieldKey.named("document")
    static let meeting = FieldKey.named("meeting")
    static let days = FieldKey.named("days")
    static let hours = FieldKey.named("hours")
    static let outcome = FieldKey.named("outcome")
    static let extensionMonths = FieldKey.named("extension-months")
}

extension Unavailable {
    /// The pipeline: nobody on it (or the search matches nobody).
    @Sendable static func noPersonHighlighted(_ state: AppState) -> Phrase? {
        if let reason = developmentNotRead(state) { return reason }
        return state.developmentScreen.highlighted(ScreenContext(app: state)) == nil
            ? Phrase("nobody on the list (none yet, or the find matches nobody): a adds an applicant", "列表为空（尚无人员，或查找没有匹配）：按 a 新增申请人") : nil
    }

    @Sendable static func developmentNotRead(_ state: AppState) -> Phrase? {
        state.development.loaded ? nil : Phrase("the development files are not read yet", "发展党员文件尚未读入")
    }
}
