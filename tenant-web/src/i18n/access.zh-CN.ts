/** The portal's read-only view of the company's access groups 门禁权限组 (zh-CN). */
export default {
  access: {
    title: '门禁权限组',
    entry: '门禁权限',
    entryHint: '员工可通行的门禁和时段',
    intro: '权限组由园区物业设置，包含可通行的门禁和时段；成员调整请联系园区物业。',
    empty: '本企业还没有门禁权限组',
    noMore: '没有更多了',
    points: '通行点',
    schedule: '通行时段',
    members: '成员 ({n})',
    noMembers: '暂无成员',
    noPoints: '暂无通行点',
    allDay: '全天',
    overnight: '{start}–次日 {end}',
    days: { 1: '周一', 2: '周二', 3: '周三', 4: '周四', 5: '周五', 6: '周六', 7: '周日' },
    daySeparator: '、',
    weekdays: '周一至周五',
    everyDay: '每天',
    weekend: '周六、周日',
    kinds: { GATE: '闸机', DOOR: '门禁', BARRIER: '道闸', ELEVATOR: '电梯' },
  },
};
