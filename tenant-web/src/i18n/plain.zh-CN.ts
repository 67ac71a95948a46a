/** Issue 16: plain-language additions of the portal. */
export default {
  rateFirst: '请先点选星级评分',
  repairScope: { mine: '我提交的', company: '本企业全部' },
  system: { autoDispatch: '自动派单', platform: '系统' },
};
