import type { IncomingMessage, ServerResponse } from 'node:http';
import { authorize } from '../../graphql/authorize.js';
import { type AppServices, RequestContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/validate.js';
import { clientIp } from '../../http/client-ip.js';
import { PayloadTooLargeError, readBodyBytes } from '../../http/read-body.js';
import { DomainError } from '../../kernel/errors.js';
import type { Permission } from '../auth/permissions.js';
import { readTicket } from './export-link.js';
import type { ExchangeLanguage } from './export-spec.js';
import { readSheet, runImport } from './import.service.js';
import { writeSheet, writeTemplate } from './sheet-writer.js';

/** Largest spreadsheet an import accepts. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

function fail(res: ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: { code, message } }));
}

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266), e.g. 房源-20261205-1730.xlsx. */
function disposition(name: string, ascii: string) {
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function stamp(now: Date) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: DEFAULT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const v = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${v('year')}${v('month')}${v('day')}-${v('hour')}${v('minute')}`;
}

const languageOf = (value: string | null): ExchangeLanguage => (value === 'en' ? 'en' : 'zh-CN');

/**
 * The file side of data exchange (SPEC §3.9):
 * - `GET /exports/<signed ticket>` streams a list as XLSX or CSV. The link comes from the
 *   `exportList` mutation, which checked the caller and the filter; here the caller's session is
 *   re-checked, the rows are read from a server-side cursor in a read-only transaction under the
 *   caller's row-level security, and written as they arrive. `X-Total-Rows` tells the client how
 *   many rows to expect. A client that goes away ends the transaction and frees its connection.
 * - `GET /imports/<register>/template` (with the caller's `Authorization`): the register's template.
 * - `POST /imports/<register>?mode=dry-run|apply&parkId=…` (with `Authorization`, the XLSX as the
 *   body): checks every row and reports each problem by row and column; `apply` writes all the
 *   rows in one transaction, or none when any row has a problem.
 */
export function dataExchangeHandler(services: AppServices, trustProxy: boolean) {
  const secret = services.auth.settings.jwtSecret;

  async function exportFile(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (req.method !== 'GET') return fail(res, 405, 'BAD_REQUEST', 'GET a link from exportList');
    const now = services.clock.now();
    const ticket = readTicket(secret, url.pathname, now);
    if (!ticket) return fail(res, 403, 'LINK_INVALID', 'The link is invalid or expired');
    const spec = services.exchange.exportOf(ticket.list);
    if (!spec) return fail(res, 404, 'NOT_FOUND', 'No such list');
    const ctx = new RequestContext(services, {
      ip: clientIp(req, trustProxy),
      userAgent: req.headers['user-agent'],
      credential: {
        type: 'user',
        userId: ticket.userId,
        sessionId: ticket.sessionId,
        expiresAt: new Date(ticket.exp * 1000),
      },
    });
    // The client may leave at any time; the rows stop and the transaction ends.
    req.on('close', () => {
      if (!res.writableFinished) res.destroy();
    });
    try {
      await ctx.open('query');
      authorize(ctx, spec.permission as Permission, 'exportList');
      const source = spec.source(ctx, ticket.filter);
      const total = await source.count();
      const name = `${spec.title[ticket.language]}-${stamp(now)}.${ticket.format}`;
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[ticket.format],
        'content-disposition': disposition(name, `${spec.name}-${stamp(now)}.${ticket.format}`),
        'cache-control': 'no-store',
        'x-total-rows': String(total),
        'access-control-expose-headers': 'X-Total-Rows, Content-Disposition',
      });
      const written = await writeSheet({
        spec,
        batches: source.batches(),
        language: ticket.language,
        format: ticket.format,
        defaultTimeZone: DEFAULT_TIME_ZONE,
        out: res,
      });
      if (written.complete) await ctx.close([]);
      else await ctx.abort();
    } catch (err) {
      await ctx.abort();
      if (res.headersSent) {
        if (!res.destroyed) ctx.logger.error({ err }, 'export failed while streaming');
        res.destroy();
        return;
      }
      if (err instanceof DomainError) return fail(res, STATUS[err.code] ?? 400, err.code, err.message);
      throw err;
    }
  }

  async function importFile(req: IncomingMessage, res: ServerResponse, url: URL) {
    const [, , name, tail] = url.pathname.split('/');
    const spec = services.exchange.importOf(name ?? '');
    if (!spec) return fail(res, 404, 'NOT_FOUND', 'No such register');
    const language = languageOf(url.searchParams.get('lang'));
    const template = tail === 'template';
    if (template ? req.method !== 'GET' : req.method !== 'POST' || tail !== undefined)
      return fail(res, 405, 'BAD_REQUEST', 'GET …/template, or POST the file');
    const mode = url.searchParams.get('mode');
    const parkId = url.searchParams.get('parkId') ?? '';
    if (!template && ((mode !== 'dry-run' && mode !== 'apply') || !isUuid(parkId)))
      return fail(res, 400, 'BAD_USER_INPUT', 'Give mode=dry-run|apply and parkId');
    let bytes: Buffer | undefined;
    if (!template) {
      try {
        bytes = await readBodyBytes(req, MAX_IMPORT_BYTES);
      } catch (err) {
        if (err instanceof PayloadTooLargeError)
          return fail(res, 413, 'FILE_TOO_LARGE', `At most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
        throw err;
      }
    }
    const caller = await services.auth.readCaller(
      req.headers.authorization,
      clientIp(req, trustProxy),
      req.headers['user-agent'],
    );
    const ctx = new RequestContext(services, caller);
    const apply = mode === 'apply';
    try {
      await ctx.open(apply || !template ? 'mutation' : 'query');
      const operation = `import:${spec.name}`;
      authorize(ctx, spec.permission as Permission, operation);
      if (template) {
        await ctx.close([]);
        const file = `${spec.title[language]}-${language === 'en' ? 'template' : '导入模板'}.xlsx`;
        res.writeHead(200, {
          'content-type': CONTENT_TYPES.xlsx,
          'content-disposition': disposition(file, `${spec.name}-template.xlsx`),
          'cache-control': 'no-store',
        });
        await writeTemplate({
          title: spec.title[language],
          headers: spec.columns.map((c) => c.header[language] + (c.required ? ' *' : '')),
          example: spec.columns.map((c) => (typeof c.example === 'object' ? c.example[language] : c.example)),
          out: res,
        });
        return;
      }
      const sheet = await readSheet(spec, bytes!);
      if (apply)
        ctx.audit.open('import', operation, { register: spec.name, parkId, rows: sheet.rows.length });
      const report = await runImport(ctx, spec, sheet, { parkId, language, apply });
      if (report.applied) await ctx.close([]);
      // An apply refused: rolled back, and recorded as a failed attempt. A dry run writes nothing.
      else if (apply) await ctx.close([{ path: ['import'], code: 'BAD_USER_INPUT' }]);
      else await ctx.abort();
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify(report));
    } catch (err) {
      await ctx.abort();
      if (res.headersSent) return void res.destroy();
      if (err instanceof DomainError) return fail(res, STATUS[err.code] ?? 400, err.code, err.message);
      throw err;
    }
  }

  return (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> =>
    url.pathname.startsWith('/exports/') ? exportFile(req, res, url) : importFile(req, res, url);
}
