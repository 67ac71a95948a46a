import { describe, expect, it } from 'vitest';
import { indexCompanies, searchCompanies } from './company-search.js';

const companies = [
  { name: '苏州安渡信息安全技术有限公司', shortName: '安渡安全' },
  { name: '苏州星湖精密制造有限公司', shortName: null },
  { name: '苏州云帆信息科技有限公司', shortName: '云帆科技' },
  { name: '重庆银河电子有限公司', shortName: '银河电子' },
  { name: 'ABB 苏州工业自动化有限公司', shortName: 'ABB' },
];
const index = indexCompanies(companies);
const find = (q: string) => searchCompanies(index, q).map((c) => c.name);

describe('company search', () => {
  it('finds Chinese names and short names by any part', () => {
    expect(find('云帆')).toEqual(['苏州云帆信息科技有限公司']);
    expect(find('信息')).toEqual(['苏州安渡信息安全技术有限公司', '苏州云帆信息科技有限公司']);
  });

  it('finds by pinyin initials of each character, in either case', () => {
    expect(find('SZXH')).toEqual(['苏州星湖精密制造有限公司']);
    expect(find('szyf')).toEqual(['苏州云帆信息科技有限公司']);
    expect(find('yfkj')).toEqual(['苏州云帆信息科技有限公司']);
    // Polyphonic characters are read in context: 重庆 is chongqing.
    expect(find('cqyh')).toEqual(['重庆银河电子有限公司']);
  });

  it('finds by full pinyin and Latin names, starts of names first', () => {
    expect(find('yunfan')).toEqual(['苏州云帆信息科技有限公司']);
    expect(find('abb')).toEqual(['ABB 苏州工业自动化有限公司']);
    // 安渡 starts its short name; 苏州星湖 has "an" only inside a syllable of its name.
    expect(find('an')[0]).toBe('苏州安渡信息安全技术有限公司');
  });

  it('lists everything for an empty query and nothing for a miss', () => {
    expect(find('  ')).toHaveLength(companies.length);
    expect(find('qqqq')).toEqual([]);
  });
});
