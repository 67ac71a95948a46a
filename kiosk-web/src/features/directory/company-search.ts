import { pinyin } from 'pinyin-pro';

/** What a company can be found by. */
export type Searchable = { name: string; shortName: string | null };

/** Lower-case spellings of one name: as written, pinyin initials, full pinyin. */
type Spellings = { text: string; initials: string; syllables: string };

type Indexed<T> = { item: T; names: Spellings[] };

const CJK = /[\u3400-\u9fff]/;

/** Lower case without spaces: how names and queries are compared. */
const fold = (s: string) => s.toLowerCase().replace(/\s+/g, '');

function spell(name: string): Spellings {
  return {
    text: fold(name),
    // 苏州云帆信息科技 → szyfxxkj; pinyin-pro reads polyphonic characters in context (重庆 → cq).
    initials: fold(pinyin(name, { pattern: 'first', toneType: 'none', separator: '' })),
    syllables: fold(pinyin(name, { toneType: 'none', separator: '' })),
  };
}

/** Spells every company's names once, so each keystroke only compares strings. */
export function indexCompanies<T extends Searchable>(items: readonly T[]): Indexed<T>[] {
  return items.map((item) => ({
    item,
    names: [item.shortName, item.name].filter((n): n is string => Boolean(n)).map(spell),
  }));
}

/**
 * The companies a query finds, best first, otherwise in the given order: Chinese text matches
 * the name or short name; Latin letters match either as written, by pinyin initials ("SZYF",
 * "yfkj") or by full pinyin ("yunfan"). A match at the start of a name ranks above one inside.
 */
export function searchCompanies<T extends Searchable>(index: readonly Indexed<T>[], query: string): T[] {
  const q = fold(query);
  if (q === '') return index.map((i) => i.item);
  const keys = (s: Spellings) => (CJK.test(q) ? [s.text] : [s.text, s.initials, s.syllables]);
  const ranked: { item: T; rank: number; order: number }[] = [];
  index.forEach(({ item, names }, order) => {
    let rank = Number.POSITIVE_INFINITY;
    for (const name of names) {
      for (const key of keys(name)) {
        const at = key.indexOf(q);
        if (at === 0) rank = Math.min(rank, 0);
        else if (at > 0) rank = Math.min(rank, 1);
      }
    }
    if (rank < Number.POSITIVE_INFINITY) ranked.push({ item, rank, order });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((r) => r.item);
}
