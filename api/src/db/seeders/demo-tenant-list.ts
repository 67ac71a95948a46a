import { TenantStatus } from '../../modules/tenant/tenant.entity.js';
import type { Pool } from './demo-data.js';
import type { UnitRole } from './demo-units.js';

/** One invented tenant company of the demo park (names are fictitious). */
export type TenantProfile = {
  name: string;
  shortName: string;
  /** Pinyin of the trade name (字号), used for the web site and e-mail domain. */
  pinyin: string;
  industryCode: string;
  /** The kind of space it leases; it gets units only from this pool. */
  pool: Pool;
  /** Relative size 1–3: bigger companies lease more units. */
  size: number;
  status: TenantStatus;
  description: string;
  /** A kind of unit it takes every one of in its pool (the canteen operator takes the canteens). */
  takesRole: UnitRole | null;
};

type Row = [
  name: string,
  shortName: string,
  pinyin: string,
  industry: string,
  pool: Pool,
  size: number,
  status: 'A' | 'N' | 'M',
  description: string,
  takesRole?: UnitRole,
];

// biome-ignore format: one tenant per line reads best
const rows: Row[] = [
  // A1 研发办公楼：软件、互联网、研发
  ['苏州云帆信息科技有限公司', '云帆科技', 'yunfan', 'I65', 'A1OFF', 3, 'A', '面向离散制造企业的工业互联网平台与 MES 系统开发商。'],
  ['苏州数衡软件技术有限公司', '数衡软件', 'shuheng', 'I65', 'A1OFF', 2, 'A', '为制造与零售企业提供数据中台与 BI 分析软件。'],
  ['苏州启明星智能科技有限公司', '启明星智能', 'qimingxing', 'I65', 'A1OFF', 2, 'A', '专注机器视觉算法与 AI 外观质检系统。'],
  ['苏州聚联网络科技有限公司', '聚联网络', 'julian', 'I64', 'A1OFF', 2, 'A', '运营面向中小工厂的工业品 B2B 采购平台。'],
  ['苏州墨川信息技术有限公司', '墨川信息', 'mochuan', 'I65', 'A1OFF', 1, 'A', '提供智慧园区与楼宇自控系统的软件集成服务。'],
  ['苏州锐思软件有限公司', '锐思软件', 'ruisi', 'I65', 'A1OFF', 1, 'A', '承接汽车电子与工控设备的嵌入式软件外包开发。'],
  ['苏州睿图数字科技有限公司', '睿图数字', 'ruitu', 'I65', 'A1OFF', 2, 'A', '提供三维 GIS 与数字孪生工厂可视化解决方案。'],
  ['苏州芯澜微电子有限公司', '芯澜微电子', 'xinlan', 'I65', 'A1OFF', 3, 'A', '从事电源管理与模拟芯片的集成电路设计。'],
  ['苏州博衍新能源科技有限公司', '博衍新能源', 'boyan', 'M73', 'A1OFF', 2, 'A', '开展固态电池电解质与电芯结构的研发。'],
  ['苏州知行机器人科技有限公司', '知行机器人', 'zhixing', 'M73', 'A1OFF', 2, 'A', '研发协作机器人控制器与运动规划软件。'],
  ['苏州衡石数据科技有限公司', '衡石数据', 'hengshi', 'I65', 'A1OFF', 1, 'A', '为金融与制造客户提供数据治理与隐私计算服务。'],
  ['苏州青禾教育科技有限公司', '青禾教育', 'qinghe', 'I65', 'A1OFF', 1, 'A', '开发面向产业工人的在线职业技能培训平台。'],
  ['苏州安渡信息安全技术有限公司', '安渡安全', 'andu', 'I65', 'A1OFF', 1, 'A', '提供工控网络安全检测与等保咨询服务。'],
  ['苏州天枢导航科技有限公司', '天枢导航', 'tianshu', 'I65', 'A1OFF', 1, 'N', '研发基于北斗的高精度定位模组与室内导航软件。'],
  ['苏州领跑物联科技有限公司', '领跑物联', 'lingpao', 'I65', 'A1OFF', 2, 'A', '提供设备联网网关与能耗监测物联网平台。'],
  ['苏州鼎泰供应链管理有限公司', '鼎泰供应链', 'dingtai', 'L72', 'A1OFF', 1, 'A', '为电子制造企业提供供应链咨询与 VMI 管理服务。'],
  ['苏州澄明环境科技有限公司', '澄明环境', 'chengming', 'M74', 'A1OFF', 1, 'A', '从事环境影响评价与工业废水治理方案设计。'],
  ['苏州维拓工业设计有限公司', '维拓设计', 'weituo', 'M74', 'A1OFF', 1, 'A', '为智能硬件企业提供工业设计与结构设计服务。'],
  ['苏州易联通信技术有限公司', '易联通信', 'yilian', 'I65', 'A1OFF', 2, 'A', '开发 5G 专网与工业无线通信软件。'],
  ['苏州朗睿医疗信息技术有限公司', '朗睿医疗信息', 'langrui', 'I65', 'A1OFF', 1, 'N', '为医院提供临床数据平台与互联网医院系统。'],
  ['苏州蔚澜智能装备研究院有限公司', '蔚澜研究院', 'weilan', 'M73', 'A1OFF', 2, 'A', '开展半导体与光伏智能装备的关键技术研究。'],
  // D1 综合服务楼：商务服务、贸易
  ['苏州卓信知识产权代理有限公司', '卓信知识产权', 'zhuoxin', 'L72', 'D1OFF', 1, 'A', '提供专利申请、商标注册与知识产权运营服务。'],
  ['苏州嘉禾人力资源服务有限公司', '嘉禾人力', 'jiahe', 'L72', 'D1OFF', 1, 'A', '为园区企业提供招聘、劳务派遣与薪酬外包服务。'],
  ['苏州诚衡财务咨询有限公司', '诚衡财务', 'chengheng', 'L72', 'D1OFF', 1, 'A', '提供代理记账、税务筹划与高新企业认定辅导。'],
  ['苏州恒通国际贸易有限公司', '恒通贸易', 'hengtong', 'F51', 'D1OFF', 1, 'A', '从事工业自动化元器件的进出口贸易。'],
  ['苏州嘉信检测认证有限公司', '嘉信认证', 'jiaxin', 'M74', 'D1OFF', 1, 'N', '提供 CE、CCC 产品认证咨询与体系认证服务。'],
  ['苏州汇智科技服务有限公司', '汇智科服', 'huizhi', 'M75', 'D1OFF', 2, 'A', '运营科技成果转移转化与企业孵化服务。'],
  ['苏州海纳电子商务有限公司', '海纳电商', 'haina', 'F52', 'D1OFF', 1, 'A', '运营家居小家电品牌的跨境电商店铺。'],
  ['苏州兴盛机电设备有限公司', '兴盛机电', 'xingsheng', 'F51', 'D1OFF', 1, 'A', '代理销售工业泵阀与机电设备并提供售后服务。'],
  // A2 研发实验楼：医药、研发、检测、仪器
  ['苏州康睿生物医药有限公司', '康睿生物', 'kangrui', 'C27', 'LAB', 3, 'A', '专注小分子创新药的研发与临床申报。'],
  ['苏州艾博生物科技有限公司', '艾博生物', 'aibo', 'C27', 'LAB', 2, 'A', '开发治疗性单克隆抗体与双特异性抗体。'],
  ['苏州瑞霖医药科技有限公司', '瑞霖医药', 'ruilin', 'M73', 'LAB', 2, 'A', '提供药物化学合成与临床前药效评价的 CRO 服务。'],
  ['苏州科旻检测技术有限公司', '科旻检测', 'kemin', 'M74', 'LAB', 2, 'A', '从事电子电气产品可靠性与材料成分的第三方检测。'],
  ['苏州晶研半导体材料研究有限公司', '晶研半导体', 'jingyan', 'M73', 'LAB', 1, 'A', '研究第三代半导体外延材料与表征方法。'],
  ['苏州衡准仪器仪表有限公司', '衡准仪器', 'hengzhun', 'C40', 'LAB', 1, 'A', '研制精密光学测量仪器与在线检测设备。'],
  ['苏州诺安医疗器械有限公司', '诺安医疗', 'nuoan', 'C35', 'LAB', 2, 'A', '研发微创介入类医疗器械。'],
  ['苏州析谱分析仪器有限公司', '析谱仪器', 'xipu', 'C40', 'LAB', 1, 'A', '研发台式质谱仪与气体分析仪。'],
  ['苏州清测环境检测有限公司', '清测环境', 'qingce', 'M74', 'LAB', 1, 'A', '提供水质、土壤与室内空气的环境检测服务。'],
  ['苏州源和药业有限公司', '源和药业', 'yuanhe', 'C27', 'LAB', 1, 'N', '开发中药创新制剂与缓控释制剂。'],
  ['苏州凝思新材料科技有限公司', '凝思新材料', 'ningsi', 'C26', 'LAB', 1, 'A', '研发电子级功能涂层与光刻配套化学品。'],
  // B1/B2 标准厂房：制造
  ['苏州瀚宇电子科技有限公司', '瀚宇电子', 'hanyu', 'C39', 'FAC', 3, 'A', '从事工控主板的 SMT 贴装与整机组装。'],
  ['苏州迅锐精密电子有限公司', '迅锐精密', 'xunrui', 'C39', 'FAC', 2, 'A', '生产高速连接器与精密线束。'],
  ['锐驰精密机械（苏州）有限公司', '锐驰精机', 'ruichi', 'C35', 'FAC', 2, 'A', '外资企业，加工半导体设备精密零部件。'],
  ['苏州恒拓自动化设备有限公司', '恒拓自动化', 'hengtuo', 'C35', 'FAC', 2, 'A', '设计制造锂电与 3C 行业的非标自动化产线。'],
  ['苏州力德传动科技有限公司', '力德传动', 'lide', 'C34', 'FAC', 1, 'A', '生产精密行星减速机与伺服传动组件。'],
  ['苏州德润电气有限公司', '德润电气', 'derun', 'C38', 'FAC', 2, 'A', '生产储能变流器与低压成套开关设备。'],
  ['苏州驰远汽车零部件有限公司', '驰远汽配', 'chiyuan', 'C36', 'FAC', 2, 'A', '为新能源汽车配套电机壳体与热管理部件。'],
  ['苏州新立高分子材料有限公司', '新立高分子', 'xinli', 'C29', 'FAC', 1, 'A', '生产工程塑料改性粒子与精密注塑件。'],
  ['苏州光越光电科技有限公司', '光越光电', 'guangyue', 'C39', 'FAC', 1, 'N', '生产数据中心用高速光模块。'],
  ['苏州宏量传感技术有限公司', '宏量传感', 'hongliang', 'C40', 'FAC', 1, 'A', '生产 MEMS 压力传感器与变送器。'],
  // C1 仓储物流中心
  ['苏州顺捷供应链有限公司', '顺捷供应链', 'shunjie', 'G59', 'WH', 2, 'A', '提供电子元器件的保税仓储与 JIT 配送服务。'],
  ['苏州途达物流有限公司', '途达物流', 'tuda', 'G59', 'WH', 1, 'A', '从事园区企业的仓储、分拣与城配业务。'],
  ['苏州宏联国际贸易有限公司', '宏联贸易', 'honglian', 'F51', 'WH', 1, 'A', '分销进口被动元器件并提供备货仓储。'],
  // 配套商业
  ['苏州禾膳餐饮管理有限公司', '禾膳餐饮', 'heshan', 'H62', 'RET', 3, 'A', '承包园区员工餐厅的团餐服务。', 'canteen'],
  ['苏州半山咖啡有限公司', '半山咖啡', 'banshan', 'H62', 'RET', 1, 'A', '经营精品咖啡与简餐门店。'],
  ['苏州邻客便利店有限公司', '邻客便利', 'linke', 'F52', 'RET', 1, 'A', '经营 24 小时便利店。'],
  ['苏州谷味餐饮有限公司', '谷味轻食', 'guwei', 'H62', 'RET', 1, 'A', '经营轻食沙拉与健康餐外卖。'],
  ['苏州动力方健身管理有限公司', '动力方健身', 'donglifang', 'R89', 'RET', 1, 'A', '经营面向园区白领的健身房与团课。', 'gym'],
  ['苏州小满茶饮有限公司', '小满茶饮', 'xiaoman', 'H62', 'RET', 1, 'A', '经营新中式茶饮门店。'],
  // 已迁出
  ['苏州速维网络科技有限公司', '速维网络', 'suwei', 'I64', 'A1OFF', 1, 'M', '曾运营本地生活服务小程序，已迁出园区。'],
  ['苏州邦禾生物科技有限公司', '邦禾生物', 'banghe', 'C27', 'LAB', 1, 'M', '曾从事诊断试剂研发，扩产后迁往新址。'],
  ['苏州金拓五金制品有限公司', '金拓五金', 'jintuo', 'C33', 'FAC', 1, 'M', '曾生产钣金机箱，已整体搬迁至吴江。'],
];

const statusOf = { A: TenantStatus.ACTIVE, N: TenantStatus.ONBOARDING, M: TenantStatus.MOVED_OUT } as const;

/** The tenant companies of the demo park, in creation order. */
export const TENANT_PROFILES: readonly TenantProfile[] = rows.map(
  ([name, shortName, pinyin, industryCode, pool, size, status, description, takesRole]) => ({
    name,
    shortName,
    pinyin,
    industryCode,
    pool,
    size,
    status: statusOf[status],
    description,
    takesRole: takesRole ?? null,
  }),
);
