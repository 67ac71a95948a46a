/**
 * Fixed content of the demo park: the park itself, its buildings and the name material the seed
 * draws people from. Pure data, no randomness.
 */

/** The one demo park. */
export const DEMO_PARK = {
  code: 'SZ-XH',
  name: '苏州星湖智造产业园',
  city: '苏州',
  address: '江苏省苏州市苏州工业园区星湖街 1288 号',
  timeZone: 'Asia/Shanghai',
  landArea: 186_420.5,
  /** Prefix of every equipment code of this park. */
  equipmentPrefix: 'SZXH',
} as const;

/** The pools tenants lease from: each is one kind of space in fitting buildings. */
export type Pool = 'A1OFF' | 'D1OFF' | 'LAB' | 'FAC' | 'WH' | 'RET';

/** What a building is and how big its storeys are. */
export type BuildingSpec = {
  code: string;
  name: string;
  floorsAbove: number;
  floorsBelow: number;
  /** Gross area of a typical storey above ground, m². */
  floorArea: number;
  /** Gross area of a basement storey, m². */
  basementArea: number;
  /** Completed this many years before the seed's `today`. */
  ageYears: number;
};

/** The six buildings, in the order they are created. */
export const BUILDINGS: readonly BuildingSpec[] = [
  {
    code: 'A1',
    name: 'A1 研发办公楼',
    floorsAbove: 12,
    floorsBelow: 1,
    floorArea: 2150,
    basementArea: 2400,
    ageYears: 9,
  },
  {
    code: 'A2',
    name: 'A2 研发实验楼',
    floorsAbove: 10,
    floorsBelow: 1,
    floorArea: 1900,
    basementArea: 2000,
    ageYears: 8,
  },
  {
    code: 'B1',
    name: 'B1 标准厂房',
    floorsAbove: 4,
    floorsBelow: 0,
    floorArea: 3600,
    basementArea: 0,
    ageYears: 10,
  },
  {
    code: 'B2',
    name: 'B2 标准厂房',
    floorsAbove: 4,
    floorsBelow: 0,
    floorArea: 4200,
    basementArea: 0,
    ageYears: 7,
  },
  {
    code: 'C1',
    name: 'C1 仓储物流中心',
    floorsAbove: 2,
    floorsBelow: 0,
    floorArea: 6500,
    basementArea: 0,
    ageYears: 6,
  },
  {
    code: 'D1',
    name: 'D1 综合服务楼',
    floorsAbove: 5,
    floorsBelow: 0,
    floorArea: 2600,
    basementArea: 0,
    ageYears: 5,
  },
];

/** Common surnames with their pinyin (for e-mail addresses). */
export const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'wang'],
  ['李', 'li'],
  ['张', 'zhang'],
  ['刘', 'liu'],
  ['陈', 'chen'],
  ['杨', 'yang'],
  ['黄', 'huang'],
  ['赵', 'zhao'],
  ['吴', 'wu'],
  ['周', 'zhou'],
  ['徐', 'xu'],
  ['孙', 'sun'],
  ['马', 'ma'],
  ['朱', 'zhu'],
  ['胡', 'hu'],
  ['郭', 'guo'],
  ['何', 'he'],
  ['林', 'lin'],
  ['高', 'gao'],
  ['罗', 'luo'],
  ['郑', 'zheng'],
  ['梁', 'liang'],
  ['谢', 'xie'],
  ['宋', 'song'],
  ['唐', 'tang'],
  ['许', 'xu'],
  ['韩', 'han'],
  ['冯', 'feng'],
  ['邓', 'deng'],
  ['曹', 'cao'],
  ['彭', 'peng'],
  ['曾', 'zeng'],
  ['沈', 'shen'],
  ['顾', 'gu'],
  ['陆', 'lu'],
  ['钱', 'qian'],
  ['蒋', 'jiang'],
  ['姚', 'yao'],
  ['潘', 'pan'],
  ['范', 'fan'],
  ['金', 'jin'],
  ['汪', 'wang'],
];

/** Characters of given names with their pinyin. */
export const GIVEN_CHARS: readonly (readonly [string, string])[] = [
  ['伟', 'wei'],
  ['芳', 'fang'],
  ['娜', 'na'],
  ['敏', 'min'],
  ['静', 'jing'],
  ['丽', 'li'],
  ['强', 'qiang'],
  ['磊', 'lei'],
  ['军', 'jun'],
  ['洋', 'yang'],
  ['勇', 'yong'],
  ['艳', 'yan'],
  ['杰', 'jie'],
  ['娟', 'juan'],
  ['涛', 'tao'],
  ['明', 'ming'],
  ['超', 'chao'],
  ['秀', 'xiu'],
  ['霞', 'xia'],
  ['平', 'ping'],
  ['刚', 'gang'],
  ['桂', 'gui'],
  ['建', 'jian'],
  ['华', 'hua'],
  ['文', 'wen'],
  ['晨', 'chen'],
  ['宇', 'yu'],
  ['欣', 'xin'],
  ['怡', 'yi'],
  ['浩', 'hao'],
  ['婷', 'ting'],
  ['雪', 'xue'],
  ['博', 'bo'],
  ['睿', 'rui'],
  ['嘉', 'jia'],
  ['琳', 'lin'],
  ['志', 'zhi'],
  ['海', 'hai'],
  ['佳', 'jia'],
  ['峰', 'feng'],
  ['倩', 'qian'],
  ['俊', 'jun'],
];

/** Job titles of a tenant's contacts; the first group is for the primary contact. */
export const PRIMARY_TITLES: readonly string[] = [
  '行政经理',
  '总经理助理',
  '综合管理部经理',
  '行政主管',
  '运营总监',
];
export const OTHER_TITLES: readonly string[] = [
  '厂务主管',
  '财务经理',
  'EHS 主管',
  'IT 主管',
  '前台',
  '采购经理',
  '人事专员',
  '设施工程师',
  '仓储主管',
];

/** Mobile prefixes of the three Chinese carriers. */
export const MOBILE_PREFIXES: readonly string[] = [
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '157',
  '158',
  '159',
  '166',
  '173',
  '177',
  '180',
  '181',
  '182',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '198',
  '199',
];
