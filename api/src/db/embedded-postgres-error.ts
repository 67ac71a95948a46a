/**
 * The embedded server cannot start for a reason the operator can fix (a folder it cannot reach,
 * a lost password file). Boot prints the message alone, without a stack trace.
 */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}
