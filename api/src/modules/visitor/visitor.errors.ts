import { ConflictError } from '../../kernel/errors.js';
import type { PassRefusal } from './visitor.enums.js';

/**
 * A scanned pass that is not accepted: `CONFLICT` with `domainCode` `PASS_<reason>` (messageKey
 * `error.PASS_<reason>`), so the kiosk and the gate show the reason in their language. Nothing
 * is written.
 */
export class PassRefusedError extends ConflictError {
  constructor(readonly reason: PassRefusal) {
    super(`Pass refused: ${reason}`, `PASS_${reason}`);
  }
}

/** A decision on a visit that is no longer waiting for it (someone else decided first). */
export const alreadyDecided = () =>
  new ConflictError('This visit has already been decided', 'VISIT_ALREADY_DECIDED');
