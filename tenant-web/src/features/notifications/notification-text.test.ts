import { describe, expect, it } from 'vitest';
import type { NotificationFieldsFragment } from '../../gql/graphql.js';
import { type NoticeFormat, notificationTarget, notificationText } from './notification-text.js';

/** A `t` that shows which key it was asked for and with what, so the wording is the i18n files' concern. */
const format = (chinese = false): NoticeFormat => ({
  t: (key, named, plural) =>
    `${key}${named ? JSON.stringify(named) : ''}${plural === undefined ? '' : `#${plural}`}`,
  money: (fen) => `¥${(fen / 100).toFixed(2)}`,
  period: (m) => `month ${m}`,
  date: (d) => `day ${d}`,
  count: (n) => String(n),
  chinese,
});

const notice = (over: Partial<NotificationFieldsFragment>): NotificationFieldsFragment => ({
  id: 'n1',
  kind: 'INVOICE_ISSUED',
  title: '账单 ZD202611-0042 的发票已开具',
  body: null,
  facts: null,
  createdAt: '2026-12-06T02:00:00Z',
  readAt: null,
  workOrderId: null,
  ...over,
});

const facts = (f: Partial<NonNullable<NotificationFieldsFragment['facts']>>) => ({
  billNumber: null,
  billPeriod: null,
  owedFen: null,
  daysOverdue: null,
  dueOn: null,
  invoiceNumber: null,
  reason: null,
  workOrderNumber: null,
  workOrderTitle: null,
  ...f,
});

describe('notificationText', () => {
  it('words an overdue bill from its facts, the days as a plural', () => {
    const n = notice({
      kind: 'BILL_OVERDUE',
      facts: facts({
        billNumber: 'ZD1',
        billPeriod: '2026-10',
        owedFen: '123456',
        daysOverdue: '7',
        dueOn: '2026-10-16',
      }),
    });
    expect(notificationText(n, format())).toEqual({
      title: 'notice.text.billOverdue{"bill":"ZD1","n":"7"}#7',
      body: 'notice.text.billOverdueBody{"month":"month 2026-10","amount":"¥1234.56","date":"day 2026-10-16"}',
    });
  });

  it('words invoices issued and refused, and a quote waiting', () => {
    expect(
      notificationText(notice({ facts: facts({ billNumber: 'ZD1', invoiceNumber: '1234' }) }), format()),
    ).toEqual({
      title: 'notice.text.invoiceIssued{"bill":"ZD1"}',
      body: 'notice.text.invoiceIssuedBody{"number":"1234"}',
    });
    const rejected = notice({
      kind: 'INVOICE_REJECTED',
      facts: facts({ billNumber: 'ZD1', reason: '账号有误' }),
    });
    expect(notificationText(rejected, format()).body).toBe(
      'notice.text.invoiceRejectedBody{"reason":"账号有误"}',
    );
    const quote = notice({
      kind: 'QUOTE_WAITING',
      facts: facts({ workOrderNumber: 'WO-1', workOrderTitle: '空调不制冷' }),
      workOrderId: 'w1',
    });
    expect(notificationText(quote, format())).toEqual({
      title: 'notice.text.quoteWaiting{"number":"WO-1"}',
      body: '空调不制冷',
    });
  });

  it('shows the stored Chinese text only to a Chinese reader when there are no facts', () => {
    const old = notice({ facts: null, body: '可在账单详情中下载' });
    expect(notificationText(old, format(true))).toEqual({ title: old.title, body: '可在账单详情中下载' });
    expect(notificationText(old, format(false))).toEqual({ title: 'notice.text.other', body: null });
    const staffKind = notice({ kind: 'WORK_ORDER_ASSIGNED', facts: facts({ workOrderNumber: 'WO-1' }) });
    expect(notificationText(staffKind, format(false)).title).toBe('notice.text.other');
  });
});

describe('notificationTarget', () => {
  it('opens the repair of a quote, the bill of an overdue or invoice notice, else nothing', () => {
    expect(notificationTarget(notice({ kind: 'QUOTE_WAITING', workOrderId: 'w1' }))).toEqual({
      repair: 'w1',
    });
    expect(notificationTarget(notice({ facts: facts({ billNumber: 'ZD1' }) }))).toEqual({
      billNumber: 'ZD1',
    });
    expect(notificationTarget(notice({ kind: 'BILL_OVERDUE', facts: facts({ billNumber: 'ZD1' }) }))).toEqual(
      {
        billNumber: 'ZD1',
      },
    );
    expect(notificationTarget(notice({ facts: null }))).toBeNull();
  });
});
