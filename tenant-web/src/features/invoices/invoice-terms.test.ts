import { describe, expect, it } from 'vitest';
import { fieldProblem, type InvoiceForm, isUscc, requestInput } from './invoice-terms.js';

const form = (over: Partial<InvoiceForm> = {}): InvoiceForm => ({
  kind: 'NORMAL',
  title: '苏州云帆信息科技有限公司',
  taxNumber: '91320594MA1ABCDE8Y',
  address: '',
  phone: '',
  bankName: '',
  bankAccount: '',
  email: '',
  note: '',
  ...over,
});

describe('isUscc', () => {
  it('takes codes whose check character is right, in any case and with spaces', () => {
    for (const code of ['91320594MA1ABCDE8Y', '91440300123456788M', '1211000040000123XG'])
      expect(isUscc(code), code).toBe(true);
    expect(isUscc('91320594ma1abcde8y')).toBe(true);
    expect(isUscc(' 9132 0594 MA1A BCDE 8Y ')).toBe(true);
  });

  it('refuses a wrong check character, length or letters the standard leaves out', () => {
    for (const code of [
      '91320594MA1ABCDE80',
      '91320594MA1ABCDE8',
      '91320594MA1ABCDE8YY',
      '91320594MA1OBCDE8Y',
      '',
    ])
      expect(isUscc(code), code).toBe(false);
  });
});

describe('fieldProblem', () => {
  it('asks a title of 2–100 characters and a valid credit code', () => {
    expect(fieldProblem(form(), 'title')).toBeNull();
    expect(fieldProblem(form({ title: ' ' }), 'title')).toBe('required');
    expect(fieldProblem(form({ title: '云' }), 'title')).toBe('rule');
    expect(fieldProblem(form({ title: '云'.repeat(101) }), 'title')).toBe('rule');
    expect(fieldProblem(form({ taxNumber: '91320594MA1ABCDE80' }), 'taxNumber')).toBe('rule');
  });

  it('needs address, phone, bank and account only on a special invoice', () => {
    for (const field of ['address', 'phone', 'bankName', 'bankAccount'] as const) {
      expect(fieldProblem(form(), field), field).toBeNull();
      expect(fieldProblem(form({ kind: 'SPECIAL' }), field), field).toBe('required');
    }
    expect(fieldProblem(form({ kind: 'SPECIAL', phone: '0512-6288 1234' }), 'phone')).toBeNull();
    expect(fieldProblem(form({ kind: 'SPECIAL', phone: '电话' }), 'phone')).toBe('rule');
    expect(fieldProblem(form({ kind: 'SPECIAL', bankAccount: '6222 0210 0112' }), 'bankAccount')).toBeNull();
    expect(fieldProblem(form({ kind: 'SPECIAL', bankAccount: '12ab' }), 'bankAccount')).toBe('rule');
  });

  it('checks an email only when one is given', () => {
    expect(fieldProblem(form(), 'email')).toBeNull();
    expect(fieldProblem(form({ email: 'finance@yunfan.cn' }), 'email')).toBeNull();
    expect(fieldProblem(form({ email: 'finance' }), 'email')).toBe('rule');
  });
});

describe('requestInput', () => {
  it('sends the tax number as the API keeps it and leaves out what an ordinary invoice does not print', () => {
    const input = requestInput(
      'b1',
      form({ taxNumber: '9132 0594 ma1a bcde 8y', address: '星湖街 1 号', email: ' ', note: ' 加急 ' }),
    );
    expect(input).toEqual({
      billId: 'b1',
      kind: 'NORMAL',
      title: '苏州云帆信息科技有限公司',
      taxNumber: '91320594MA1ABCDE8Y',
      email: undefined,
      note: '加急',
    });
  });

  it('sends the details of a special invoice', () => {
    const input = requestInput(
      'b1',
      form({
        kind: 'SPECIAL',
        address: ' 星湖街 1 号 ',
        phone: '0512-62881234',
        bankName: '招商银行',
        bankAccount: '6222021001',
      }),
    );
    expect(input).toMatchObject({
      kind: 'SPECIAL',
      address: '星湖街 1 号',
      phone: '0512-62881234',
      bankName: '招商银行',
      bankAccount: '6222021001',
    });
  });
});
