import PartyDayKit

/// The hint bar and the `?` list of each screen. Docs/KEYS.md mirrors these.
extension Strings {
    var hintWelcome: String { t("Enter create the branch · q quit", "Enter 创建党支部 · q 退出") }
    var hintHome: String {
        t("n new · Enter open · l meetings · m members · p participation · c pledges · ?",
          "n 新建 · Enter 打开 · l 会议 · m 名册 · p 参加情况 · c 承诺 · s 设置 · ? 按键")
    }
    var hintMeetings: String { t("Enter open · n new · / search · t type · y year · d delete · Esc back", "Enter 打开 · n 新建 · / 搜索 · t 类型 · y 年度 · d 删除 · Esc 返回") }
    var hintMembers: String { t("a add · Enter edit · t transfer · / search · i import CSV · Esc back", "a 添加 · Enter 编辑 · t 转入转出 · / 搜索 · i 导入 · Esc 返回") }
    var hintSearch: String { t("type to filter · Enter done · Esc clear", "输入以筛选 · Enter 完成 · Esc 清除") }
    var hintFind: String { t("type a name or pinyin initials · Tab next match · Enter done · Esc back", "输入姓名或拼音首字母 · Tab 下一个 · Enter 完成 · Esc 返回") }
    var hintForm: String { t("Tab next field · Ctrl-S save · Esc cancel", "Tab 下一项 · Ctrl-S 保存 · Esc 取消") }
    var hintClose: String { t("Esc close", "Esc 关闭") }
    var hintModal: String { t("y yes · n / Esc no", "y 确定 · n/Esc 取消") }

    func hintPane(_ pane: WorkspaceState.Pane) -> String {
        switch pane {
        case .attendance:
            t("p present l late e early v leave x absent w no reason z not counted P all present / find g guest",
              "p 出席 l 迟到 e 早退 v 请假 x 因故缺席 w 无故缺席 z 不计应到 P 其余出席 / 查找 g 来宾")
        case .agenda:
            t("Space tick · s skip · a add · Enter edit · r review pledges · [ ] move · d del",
              "空格 完成 · s 跳过 · a 添加 · Enter 编辑 · r 回顾承诺 · [ ] 移动 · d 删除")
        case .notes:
            t("Enter write the summary and minutes · Tab next pane · Esc back", "Enter 填写总结和记录 · Tab 下一栏 · Esc 返回")
        default:
            t("a add · Enter edit · d delete · Tab next pane · i details · S start/end · Esc back",
              "a 添加 · Enter 编辑 · d 删除 · Tab 下一栏 · i 会议信息 · S 开始/结束 · Esc 返回")
        }
    }

    var keysCommon: [KeyHelp] {
        [KeyHelp("↑ ↓  j k", t("move", "上下移动")), KeyHelp("PgUp PgDn  K J", t("move 10 rows", "移动 10 行")),
         KeyHelp("Home End", t("first / last", "首行 / 末行")), KeyHelp("u", t("undo the last change", "撤销上一次修改")),
         KeyHelp("?  F1", t("this list", "本说明")), KeyHelp("Ctrl-C", t("quit (everything is saved)", "退出（已全部保存）"))]
    }

    var keysWelcome: [KeyHelp] {
        [KeyHelp("Enter  c", t("create the branch", "创建党支部")), KeyHelp("q  Esc", t("quit", "退出"))]
    }

    var keysHome: [KeyHelp] {
        [KeyHelp("n", t("new meeting", "新建会议")), KeyHelp("Enter", t("open the highlighted meeting", "打开所选会议")),
         KeyHelp("l  2", t("all meetings", "会议列表")), KeyHelp("m  3", t("members", "党员名册")),
         KeyHelp("p  4", t("participation and the six-month rule", "参加情况与六个月规则")),
         KeyHelp("c  5", t("pledges: follow up, mark kept or dropped", "承诺：跟踪落实，标记兑现或撤销")),
         KeyHelp("s  6", t("settings: warning thresholds and duty frequencies", "设置：预警月数和会议频次")),
         KeyHelp("d", t("this year's duties, period by period", "本年度各期组织生活落实情况")),
         KeyHelp("q", t("quit", "退出"))] + keysCommon
    }

    var keysMeetings: [KeyHelp] {
        [KeyHelp("Enter", t("open", "打开")), KeyHelp("n", t("new meeting", "新建会议")),
         KeyHelp("/", t("search in themes", "搜索主题")), KeyHelp("t", t("next type filter", "切换类型筛选")),
         KeyHelp("y", t("next year filter", "切换年度筛选")), KeyHelp("d  Del", t("delete (asks first)", "删除（先确认）")),
         KeyHelp("Esc  1", t("home", "首页")), KeyHelp("3", t("members", "党员名册")), KeyHelp("q", t("quit", "退出"))] + keysCommon
    }

    var keysMembers: [KeyHelp] {
        [KeyHelp("a", t("add a member", "添加党员")), KeyHelp("Enter", t("edit (changes dated from a day you give)", "编辑（变更自指定日期起生效）")),
         KeyHelp("t", t("transfer out or in, or deceased", "转出、转入或去世")), KeyHelp("/", t("search by name or pinyin", "按姓名或拼音搜索")),
         KeyHelp("i", t("import members from a CSV file", "从 CSV 文件导入")), KeyHelp("d  Del", t("delete from the roster file (asks first)", "从名册删除（先确认）")),
         KeyHelp("Esc  1", t("home", "首页")), KeyHelp("2", t("meetings", "会议列表")), KeyHelp("q", t("quit", "退出"))] + keysCommon
    }

    var keysWorkspace: [KeyHelp] {
        [KeyHelp("Tab  S-Tab  1-7", t("switch pane", "切换栏目")), KeyHelp("i", t("meeting details: theme, time, place, host, recorder", "会议信息：主题、时间、地点、主持人、记录人")),
         KeyHelp("S", t("start / conclude / reopen the meeting", "开始 / 结束 / 重新开始会议")),
         KeyHelp("E", t("export the minutes (Markdown and text) into the data folder's exports folder", "导出会议记录（Markdown 和文本）到数据目录的 exports 文件夹")),
         KeyHelp("Esc  q", t("back to the meetings", "返回会议列表"))]
            + keysCommon
    }

    func keysPane(_ pane: WorkspaceState.Pane) -> [KeyHelp] {
        switch pane {
        case .attendance:
            [KeyHelp("p l e", t("present, late, left early (moves down)", "出席、迟到、早退（自动下移）")),
             KeyHelp("v x", t("on leave, absent with reason (asks why)", "请假、因故缺席（填写原因）")),
             KeyHelp("w", t("absent without reason", "无故缺席")), KeyHelp("z", t("leave out of the expected count", "不计入应到人数")),
             KeyHelp("c", t("clear the mark", "清除标记")), KeyHelp("P", t("everyone still unmarked is present", "其余未签到者记为出席")),
             KeyHelp("/", t("find by name or pinyin initials", "按姓名或拼音首字母查找")), KeyHelp("Enter", t("status and reason", "状态和原因")),
             KeyHelp("g  n", t("add a guest / a non-voting attendee", "添加来宾 / 列席人员")), KeyHelp("d", t("remove a guest row", "删除来宾行"))]
        case .agenda:
            [KeyHelp("Space  x", t("tick done (stamps the time) / untick", "完成（记录时间）/ 取消")),
             KeyHelp("s", t("skip, with a reason", "跳过并说明原因")), KeyHelp("a", t("add a step after this one", "在其后添加议程")),
             KeyHelp("Enter", t("edit title and notes", "编辑标题和记录")), KeyHelp("[  ]", t("move up / down", "上移 / 下移")),
             KeyHelp("r", t("review earlier meetings' open pledges at this step", "在本议程回顾以往会议的未完成承诺")),
             KeyHelp("d", t("delete the step", "删除议程"))]
        case .notes:
            [KeyHelp("Enter", t("write the host's summary and the minutes", "填写主持人总结和会议记录"))]
        default:
            [KeyHelp("a", t("add", "添加")), KeyHelp("Enter", t("edit", "编辑")), KeyHelp("d", t("delete", "删除"))]
        }
    }
}
