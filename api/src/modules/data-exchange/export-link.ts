import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ExchangeLanguage } from './export-spec.js';
import type { ExportFormat } from './sheet-writer.js';

/** What a download link carries: the list, its filter, the file's form and who asked for it. */
export type ExportTicket = {
  list: string;
  format: ExportFormat;
  language: ExchangeLanguage;
  /** The filter as the list's query takes it, already checked. */
  filter: unknown;
  userId: string;
  sessionId: string;
  /** Seconds since the epoch after which the link is refused. */
  exp: number;
};

/** How long a download link works after `exportList` made it. */
export const LINK_TTL_SECONDS = 120;

const keyOf = (secret: string) => createHmac('sha256', secret).update('export-links').digest();

/**
 * Signs a ticket into a link `/exports/<payload>.<mac>`: the GET that follows needs no header (a
 * plain download can follow it), and cannot be altered or replayed past its expiry. The caller's
 * session travels in it, so the download re-checks that session and runs under its row-level
 * security like any request.
 */
export function signTicket(secret: string, ticket: ExportTicket): string {
  const payload = Buffer.from(JSON.stringify(ticket)).toString('base64url');
  const mac = createHmac('sha256', keyOf(secret)).update(payload).digest('base64url');
  return `/exports/${payload}.${mac}`;
}

/** The ticket of a genuine, unexpired link path, or undefined. */
export function readTicket(secret: string, path: string, now: Date): ExportTicket | undefined {
  const token = path.slice('/exports/'.length);
  const dot = token.indexOf('.');
  if (dot < 0) return undefined;
  const payload = token.slice(0, dot);
  const want = Buffer.from(createHmac('sha256', keyOf(secret)).update(payload).digest('base64url'));
  const got = Buffer.from(token.slice(dot + 1));
  if (want.length !== got.length || !timingSafeEqual(want, got)) return undefined;
  const ticket = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as ExportTicket;
  return ticket.exp * 1000 >= now.getTime() ? ticket : undefined;
}
