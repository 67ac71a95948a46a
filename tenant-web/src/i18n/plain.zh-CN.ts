/** Issue 16: plain-language additions of the portal. */
export default {
  rateFirst: '请先点选星级评分',
  repairScope: { mine: '我提交的', company: '本企业全部' },
  system: {
    autoDispatch: '自动派单',
    platform: '系统',
    actors: {
      AUTO_DISPATCH: '自动派单',
      MAINTENANCE_PLAN: '维保计划',
      QR_REPORT: '扫码报修（未验证）',
      SYSTEM: '系统',
    },
  },
};
