/// What makes a development file impossible: refused on saving and named by `check` on
/// reading, with the same words. Dates out of order or late are findings, not refusals:
/// a paper file must be typed in as it is to show what is wrong with it.
public enum DevelopmentValidation {
    public static func issue(_ person: DevelopmentPerson, filedAs fileID: String? = nil) -> Wording? {
        if !isFileID(person.id) { return Wording("the id '\(person.id)' is not letters, digits and dashes", "编号“\(person.id)”不是字母、数字和连字符") }
        if let fileID, fileID != person.id { return Wording("the file is named \(fileID) but holds \(person.id)", "文件名为 \(fileID)，内容却是 \(person.id)") }
        let name = person.name.trimmingCharacters(in: .whitespaces)
        if name.isEmpty { return Wording("the name is empty", "姓名为空") }
        if name.count > 40 { return Wording("the name is longer than 40 characters", "姓名超过 40 个字") }
        let numbers = person.steps.map(\.step)
        if Set(numbers).count != numbers.count { return Wording("a step is recorded twice", "同一步骤记录了两次") }
        for entry in person.steps {
            if let days = entry.days, !(0...365).contains(days) { return Wording("training days out of range", "培训天数超出范围") }
            if let hours = entry.hours, !(0...2000).contains(hours) { return Wording("training hours out of range", "培训学时超出范围") }
            if let months = entry.extensionMonths, !(6...12).contains(months) {
                return Wording("an extension of probation is 6 to 12 months", "延长预备期为六个月至一年")
            }
        }
        for who in person.contacts + person.sponsors {
            if who.name.trimmingCharacters(in: .whitespaces).isEmpty { return Wording("a contact or sponsor has no name", "培养联系人或入党介绍人没有姓名") }
            if let to = who.to, to < who.from { return Wording("\(who.name) serves until a day before the first", "\(who.name)的截止日期早于开始日期") }
        }
        for notice in person.notices where notice.to < notice.from {
            return Wording("a notice ends before it starts", "公示截止日期早于开始日期")
        }
        let entries = person.steps.count + person.contacts.count + person.sponsors.count + person.reports.count + person.assessments.count + person.notices.count
        if entries > 2000 { return Wording("the file holds more than 2,000 entries", "文件条目超过 2000 条") }
        return nil
    }

    /// Ids name files: letters, digits and dashes only, so no id leads out of its folder.
    public static func isFileID(_ id: String) -> Bool { FolderRecords.isFileID(id) }
}
