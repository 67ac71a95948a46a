import { describe, expect, it } from 'vitest';
import { billProblem } from './bill-errors.js';

const apiError = (extensions: Record<string, unknown>) => ({
  graphQLErrors: [{ message: 'ignored: clients branch on codes', extensions }],
});

describe('what the bill screens say went wrong', () => {
  it('calls a lookup’s NOT_FOUND a wrong number or check code', () => {
    expect(billProblem(apiError({ code: 'NOT_FOUND' }), { lookup: true })).toEqual({
      key: 'bill.lookup.notFound',
      values: {},
    });
  });

  it('says how many whole minutes to wait after too many wrong codes', () => {
    const said = billProblem(
      apiError({ code: 'TOO_MANY_REQUESTS', domainCode: 'CHECK_CODE_RATE_LIMITED', retryAfterSeconds: 61 }),
      { lookup: true },
    );
    expect(said).toMatchObject({ key: 'error.CHECK_CODE_RATE_LIMITED', values: { minutes: 2 } });
  });

  it('has words of its own for the payment refusals, and the general ones for the rest', () => {
    expect(billProblem(apiError({ code: 'CONFLICT', domainCode: 'NOTHING_DUE' }))).toMatchObject({
      key: 'error.NOTHING_DUE',
      domainCode: 'NOTHING_DUE',
    });
    expect(billProblem(apiError({ code: 'CONFLICT', domainCode: 'PROVIDER_UNAVAILABLE' })).key).toBe(
      'error.PROVIDER_UNAVAILABLE',
    );
    expect(billProblem(apiError({ code: 'CONFLICT', domainCode: 'SOMETHING_NEW' })).key).toBe(
      'error.CONFLICT',
    );
    expect(billProblem(new Error('offline')).key).toBe('error.NETWORK');
  });
});
