import { describe, expect, it } from 'vitest';
import { Conditions } from './conditions.js';

describe('Conditions', () => {
  it('keeps each condition with its values in order and joins them in parentheses', () => {
    const c = new Conditions('t')
      .id('park_id', '0190a6f4-1c2b-7cde-8f00-0123456789ab')
      .add('"t"."name" ilike ? or "t"."code" ilike ?', '%a%', '%b%');
    expect(c.where).toBe('("t"."park_id" = ?) and ("t"."name" ilike ? or "t"."code" ilike ?)');
    expect(c.params).toEqual(['0190a6f4-1c2b-7cde-8f00-0123456789ab', '%a%', '%b%']);
  });

  it('turns an id that is not a UUID into a condition no row meets, with no value', () => {
    const c = new Conditions('u').id('tenant_id', "1' or '1'='1");
    expect(c.sql).toEqual(['false']);
    expect(c.params).toEqual([]);
  });

  it('is true when the filter is empty', () => {
    expect(new Conditions('a').where).toBe('true');
  });
});
