import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BadInputError, ConflictError, NotFoundError } from '../kernel/errors.js';
import { formatError } from './format-error.js';

const wrap = (original: Error) =>
  new GraphQLError(original.message, { path: ['x'], originalError: original });

describe('formatError', () => {
  it('keeps the code, domain code, message key and field of domain errors', () => {
    const logged: unknown[] = [];
    const e = wrap(new BadInputError('input.grossArea', 'Too small', 'AREA_TOO_SMALL'));
    expect(formatError(e.toJSON(), e, { onUnexpected: (x) => logged.push(x) })).toEqual({
      message: 'Too small',
      path: ['x'],
      locations: undefined,
      extensions: {
        code: 'BAD_USER_INPUT',
        domainCode: 'AREA_TOO_SMALL',
        messageKey: 'error.AREA_TOO_SMALL',
        field: 'input.grossArea',
      },
    });
    expect(
      formatError(
        wrap(new NotFoundError('TenantCompany')).toJSON(),
        wrap(new NotFoundError('TenantCompany')),
        { onUnexpected: () => undefined },
      ).extensions,
    ).toMatchObject({
      code: 'NOT_FOUND',
      domainCode: 'TENANT_COMPANY_NOT_FOUND',
    });
    expect(
      formatError(
        wrap(new ConflictError('Taken', 'DUPLICATE')).toJSON(),
        wrap(new ConflictError('Taken', 'DUPLICATE')),
        { onUnexpected: () => undefined },
      ).extensions?.code,
    ).toBe('CONFLICT');
    expect(logged).toEqual([]);
  });

  it('hides unexpected errors behind INTERNAL and reports them', () => {
    const logged: unknown[] = [];
    const secret = new Error('connection to 10.0.0.5:5432 refused, password=hunter2');
    const e = wrap(secret);
    const out = formatError({ ...e.toJSON(), extensions: { stacktrace: ['at x'] } }, e, {
      onUnexpected: (x) => logged.push(x),
    });
    expect(out).toEqual({
      message: 'Internal server error',
      path: ['x'],
      locations: undefined,
      extensions: { code: 'INTERNAL', messageKey: 'error.INTERNAL' },
    });
    expect(JSON.stringify(out)).not.toContain('hunter2');
    expect(logged).toEqual([secret]);
  });

  it('passes client mistakes through and names the variable field', () => {
    const e = new GraphQLError(
      'Variable "$input" got invalid value "abc" at "input.grossArea"; Float cannot represent non numeric value: "abc"',
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
    expect(formatError(e.toJSON(), e, { onUnexpected: () => undefined }).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.grossArea',
    });
    const missing = new GraphQLError(
      'Variable "$input" got invalid value { name: "x" }; Field "code" of required type "String!" was not provided.',
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
    expect(formatError(missing.toJSON(), missing, { onUnexpected: () => undefined }).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.code',
    });
  });
});
