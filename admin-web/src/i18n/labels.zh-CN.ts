/** Equipment QR labels, public fault reports, the board's filters and the home page (zh-CN). */
export default {
  labels: {
    scanToReport: '扫码报修',
    back: '返回',
    a4: 'A4 标签纸（21 张/页）',
    roll: '标签机 60×40 mm',
    count: '没有标签 | 共 {n} 张标签 | 共 {n} 张标签',
    print: '打印标签',
    printChosen: '打印标签 | 打印标签（{n}）| 打印标签（{n}）',
    none: '没有可打印的设备，请在设备台账中勾选',
  },
  faultReports: {
    title: '扫码报修记录',
    unverified: '未验证',
    anonymous: '未留姓名',
    noPhone: '未留电话',
    filed: '首次报修',
    joined: '重复报修，已并入本工单',
  },
  boardFilters: {
    states: '状态',
    priorities: '优先级',
    building: '楼栋',
    search: '单号 / 标题 / 位置',
    reset: '重置',
  },
  workOrder: {
    sources: { PUBLIC_REPORT: '扫码报修' },
    actions: { PUBLIC_REPORT: '再次报修', REDISPATCH: '改派' },
    redispatchTitle: '改派 {number}',
  },
};
