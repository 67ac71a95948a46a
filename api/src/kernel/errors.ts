/** The codes clients branch on, in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL';

/**
 * Base of every expected failure. `domainCode` is stable and specific (`UNIT_CODE_TAKEN`);
 * `messageKey` is what the apps translate; `message` is English for logs and API users.
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  readonly domainCode: string;
  readonly messageKey: string;
  readonly field: string | undefined;

  constructor(message: string, opts: { domainCode: string; field?: string; messageKey?: string }) {
    super(message);
    this.name = new.target.name;
    this.domainCode = opts.domainCode;
    this.field = opts.field;
    this.messageKey = opts.messageKey ?? `error.${opts.domainCode}`;
  }
}

/** Input that cannot be accepted; `field` is the argument path, e.g. `input.grossArea`. */
export class BadInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(field: string, message: string, domainCode = 'INVALID_INPUT') {
    super(message, { domainCode, field });
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string, field = 'id') {
    super(`${entity} not found`, {
      domainCode: `${toSnake(entity)}_NOT_FOUND`,
      field,
      messageKey: 'error.NOT_FOUND',
    });
  }
}

/** The request is valid but clashes with the current state (duplicate code, illegal transition). */
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
  constructor(message: string, domainCode: string, field?: string) {
    super(message, field === undefined ? { domainCode } : { domainCode, field });
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You are not allowed to do this', domainCode = 'FORBIDDEN') {
    super(message, { domainCode });
  }
}

/** No credential, or one that is expired, tampered, revoked or for another audience. */
export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign in first', domainCode = 'UNAUTHENTICATED') {
    super(message, { domainCode });
  }
}

/** A rate limit or lockout; `retryAfterSeconds` says when to try again. */
export class TooManyRequestsError extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS';
  constructor(
    message: string,
    domainCode: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, { domainCode });
  }
}

function toSnake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}
