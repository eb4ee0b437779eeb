/// The demo branch's roster: the acid-rolling operation area branch of a cold rolling
/// mill, with fictional members. Each special case the rules care about appears once.
enum DemoRoster {
    static let picklingGroup = PartyGroup(id: "g-pickling", name: "酸洗党小组", leaderMemberID: "m-03")
    static let rollingGroup = PartyGroup(id: "g-rolling", name: "轧机党小组", leaderMemberID: "m-04")

    static let rosterStart = Day("2020-01-01")!

    /// Ids are fixed so that golden tests and the seed meeting can name people.
    static func members() -> [Member] {
        let pickling = picklingGroup.id, rolling = rollingGroup.id
        var list: [Member] = []
        func add(_ number: Int, _ name: String, joined: String, group: String?, role: Role = Role(.member),
                 category: MemberCategory = .full) {
            list.append(Member(id: String(format: "m-%02d", number), name: name, joinedOn: Day(joined),
                               onRosterSince: rosterStart, category: category, role: role, partyGroupID: group))
        }
        add(1, "李振华", joined: "1998-07-01", group: pickling, role: Role(.secretary))
        add(2, "陈志刚", joined: "2003-06-18", group: rolling, role: Role(.deputySecretary))
        add(3, "刘晓燕", joined: "2008-05-04", group: pickling, role: Role(.committeeMember, portfolio: "组织委员"))
        add(4, "赵明", joined: "2010-07-01", group: rolling, role: Role(.committeeMember, portfolio: "宣传委员"))
        add(5, "孙丽", joined: "2011-12-20", group: pickling, role: Role(.committeeMember, portfolio: "纪检委员"))
        let others: [(String, String, String)] = [
            ("张建军", "2005-03-12", pickling), ("王海燕", "2009-10-08", rolling), ("杨帆", "2012-06-30", pickling),
            ("黄磊", "2013-11-11", rolling), ("周海", "2014-04-22", pickling), ("吴芳", "2006-09-01", rolling),
            ("徐斌", "2015-07-01", pickling), ("钱斌", "2016-05-16", rolling), ("马超", "2016-12-01", pickling),
            ("胡静", "2017-07-01", rolling), ("郭鹏", "2017-10-19", pickling), ("林涛", "2018-03-08", rolling),
            ("何晓东", "2018-07-01", pickling), ("高云", "2019-01-15", rolling), ("罗军", "2019-06-28", pickling),
            ("阿丽亚·吐尔逊", "2019-09-10", rolling), ("巴特尔", "2020-05-04", pickling),
            ("欧阳明月", "2020-07-01", rolling), ("谢宇", "2021-06-30", pickling), ("宋佳", "2021-12-01", rolling),
        ]
        for (offset, person) in others.enumerated() {
            add(6 + offset, person.0, joined: person.1, group: person.2)
        }

        // 周海 (m-10) works away from the mill: a mobile member.
        list[9].isMobile = true
        list[9].mobileLocation = "广东湛江基地"
        // 罗军 (m-20) was put under the penalty of probation in April: attends, no vote.
        list[19].noVotePenalty.set(true, from: Day("2026-04-10")!)
        // 宋佳 (m-25) transferred out in August; the records before stay.
        list[24].rosterStatus.set(.transferredOut, from: Day("2026-08-01")!)

        // Probationary members: one converted on time in June, three still on probation.
        var converted = Member(id: "m-26", name: "冯雪", joinedOn: Day("2025-06-01"), onRosterSince: Day("2025-06-01")!,
                               category: .probationary, probationStart: Day("2025-06-01"),
                               plannedConversion: Day("2026-06-01"), partyGroupID: pickling)
        // Full from the end of probation; the vote from the higher committee's approval.
        converted.recordConversion(fullFrom: Day("2026-06-01")!, approvedOn: DemoRecords.conversionApproved)
        list.append(converted)
        for (number, name, start, group) in [(27, "曹阳", "2026-03-15", rolling), (28, "邓丽君", "2026-03-15", pickling),
                                             (29, "Lin Qing", "2026-07-01", rolling)] {
            let day = Day(start)!
            list.append(Member(id: String(format: "m-%02d", number), name: name, joinedOn: day, onRosterSince: day,
                               category: .probationary, probationStart: day,
                               plannedConversion: day.adding(days: 365), partyGroupID: group))
        }
        // 韩冰 (m-30) transferred in from the hot rolling mill in May.
        list.append(Member(id: "m-30", name: "韩冰", joinedOn: Day("2012-07-01"), onRosterSince: Day("2026-05-06")!,
                           partyGroupID: rolling, status: .transferredIn))
        // 刘思远 (m-31), admitted at the general meeting of 25 September as a probationary
        // member (he attended it as 发展对象): on the roster from that day, his probation a year.
        let admitted = DemoRecords.admissionDay
        list.append(Member(id: admittedMember, name: "刘思远", joinedOn: admitted, onRosterSince: admitted,
                           category: .probationary, probationStart: admitted,
                           plannedConversion: admitted.adding(days: 365), partyGroupID: pickling))
        return list
    }

    static let secretary = "m-01"
    static let propaganda = "m-04"
    /// 钱斌: stops coming in the summer without a word.
    static let driftingMember = "m-13"
    /// 吴芳: on sick leave from May to October.
    static let longLeaveMember = "m-11"
    static let mobileMember = "m-10"
    /// 刘思远: admitted as a probationary member at the general meeting of 25 September.
    static let admittedMember = "m-31"
}
