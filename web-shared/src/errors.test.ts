import { describe, expect, it } from 'vitest';
import { formFieldOf, toApiError } from './errors.js';
import { KNOWN_DOMAIN_CODES, sharedMessages } from './i18n.js';

describe('toApiError', () => {
  it('reads code, domain code, field and wait from extensions, never the message', () => {
    const e = toApiError(
      {
        graphQLErrors: [
          {
            message: 'anything at all',
            extensions: { code: 'TOO_MANY_REQUESTS', domainCode: 'ACCOUNT_LOCKED', retryAfterSeconds: 900 },
          },
        ],
      },
      KNOWN_DOMAIN_CODES,
    );
    expect(e).toEqual({
      code: 'TOO_MANY_REQUESTS',
      domainCode: 'ACCOUNT_LOCKED',
      field: undefined,
      retryAfterSeconds: 900,
      messageKey: 'error.ACCOUNT_LOCKED',
    });
  });

  it('falls back to the code’s message for unknown domain codes, and to NETWORK without errors', () => {
    const e = toApiError({
      errors: [
        {
          message: 'x',
          extensions: { code: 'CONFLICT', domainCode: 'UNIT_CODE_TAKEN', field: 'input.code' },
        },
      ],
    });
    expect(e).toMatchObject({ code: 'CONFLICT', field: 'input.code', messageKey: 'error.CONFLICT' });
    expect(toApiError(new Error('offline')).messageKey).toBe('error.NETWORK');
  });

  it('has every message in both languages', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k]));
    expect(keys(sharedMessages.en).sort()).toEqual(keys(sharedMessages['zh-CN']).sort());
  });
});

describe('formFieldOf', () => {
  const err = (code: string, field?: string) =>
    toApiError({
      errors: [{ message: 'x', extensions: { code, domainCode: 'X', ...(field && { field }) } }],
    });

  it('maps BAD_USER_INPUT and CONFLICT fields of the input argument onto form paths', () => {
    expect(formFieldOf(err('BAD_USER_INPUT', 'input.grossArea'))).toBe('grossArea');
    expect(formFieldOf(err('BAD_USER_INPUT', 'input.contacts.0.phone'))).toBe('contacts.0.phone');
    expect(formFieldOf(err('CONFLICT', 'input.code'))).toBe('code');
    expect(formFieldOf(err('NOT_FOUND', 'input.floorId'))).toBe('floorId');
  });

  it('leaves errors of other arguments, FORBIDDEN and without a field to a message', () => {
    expect(formFieldOf(err('BAD_USER_INPUT', 'filter.maxArea'))).toBeUndefined();
    expect(formFieldOf(err('FORBIDDEN', 'input.floorId'))).toBeUndefined();
    expect(formFieldOf(err('CONFLICT'))).toBeUndefined();
    expect(formFieldOf(err('BAD_USER_INPUT', 'id'))).toBeUndefined();
  });
});
