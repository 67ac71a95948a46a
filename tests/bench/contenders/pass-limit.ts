import { createHash, type KeyObject, verify } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

/**
 * The limit of S7 (gate pass verification): `node:http` + `pg` + `node:crypto`, nothing else.
 * Per request: the partner key parsed and hashed, `BEGIN`, `app_begin_api_key` (the API's actor
 * statement: re-checks the key, sets the actor for row-level security), the pass's Ed25519
 * signature and window checked, `visitor_pass_scan` (the database function the API calls: one
 * conditional update, so a pass checks in once), the audit row the API writes, `COMMIT`; the
 * answer in the API's JSON shape. The scope check (`visitor:checkin`) is the API's too.
 */
export async function startPassLimit(opts: {
  appUrl: string;
  poolMax: number;
  /** The verifying keys the API is configured with, by key id. */
  verifying: ReadonlyMap<string, KeyObject>;
}) {
  const pool = new pg.Pool({ connectionString: opts.appUrl, max: opts.poolMax });
  const server = createServer(async (req, res) => {
    const key = /^ApiKey psk_([0-9a-f]{32})_([A-Za-z0-9_-]{20,})$/.exec(req.headers.authorization ?? '');
    const body = await readBody(req);
    const token = String(body.variables?.token ?? '');
    if (!key) {
      res.writeHead(401).end();
      return;
    }
    const hex = key[1]!;
    const keyId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    const secretHash = createHash('sha256').update(key[2]!).digest();
    const pass = readPass(opts.verifying, token);
    const now = new Date();
    const db = await pool.connect();
    try {
      await db.query('begin');
      const actor = await db.query<{ scopes: string[]; label: string }>(
        'select scopes, label from app_begin_api_key($1, $2)',
        [keyId, secretHash],
      );
      const partner = actor.rows[0];
      if (!partner?.scopes.includes('visitor:checkin')) {
        await db.query('rollback');
        res.writeHead(403).end();
        return;
      }
      const refusal = !pass
        ? 'FORGED'
        : now < pass.validFrom
          ? 'NOT_YET_VALID'
          : now >= pass.validUntil
            ? 'EXPIRED'
            : undefined;
      if (refusal || !pass) {
        await db.query('rollback');
        res
          .writeHead(409)
          .end(JSON.stringify({ errors: [{ extensions: { domainCode: `PASS_${refusal}` } }] }));
        return;
      }
      const scan = await db.query<{
        outcome: string;
        visit_id: string;
        park_id: string;
        tenant_id: string;
        visitor_name: string;
        tenant_name: string;
        host_name: string;
      }>('select * from visitor_pass_scan($1, $2, $3, $4, $5, $6)', [
        pass.visitId,
        pass.nonce,
        'AUTO',
        now,
        partner.label.slice(0, 100),
        60,
      ]);
      const row = scan.rows[0];
      if (!row || (row.outcome !== 'CHECKED_IN' && row.outcome !== 'CHECKED_OUT')) {
        await db.query('rollback');
        res
          .writeHead(409)
          .end(JSON.stringify({ errors: [{ extensions: { domainCode: `PASS_${row?.outcome}` } }] }));
        return;
      }
      const direction = row.outcome === 'CHECKED_IN' ? 'IN' : 'OUT';
      await db.query(
        `insert into audit_log (occurred_at, actor_kind, actor_id, actor_label, park_id, tenant_id, operation,
           target_type, target_id, after, outcome, seq, prev_hash, hash)
         values (now(), 'partner', current_setting('app.actor_id')::uuid, $1, $2, $3, 'scanVisitorPass', 'Visit', $4,
           $5::jsonb, 'SUCCESS', 0, ''::bytea, ''::bytea)`,
        [
          partner.label,
          row.park_id,
          row.tenant_id,
          row.visit_id,
          JSON.stringify({ direction, at: now, via: partner.label }),
        ],
      );
      await db.query('commit');
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          data: {
            scanVisitorPass: {
              direction,
              visitId: row.visit_id,
              visitorName: row.visitor_name,
              tenantName: row.tenant_name,
              hostName: row.host_name,
            },
          },
        }),
      );
    } catch (err) {
      await db.query('rollback').catch(() => undefined);
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [String(err)] }));
    } finally {
      db.release();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

async function readBody(req: IncomingMessage): Promise<{ variables?: Record<string, unknown> }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : {};
}

/** `VP1.<key id>.<payload>.<signature>`: Ed25519 over everything before the signature. */
function readPass(verifying: ReadonlyMap<string, KeyObject>, token: string) {
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== 'VP1') return undefined;
  const key = verifying.get(parts[1]!);
  const payload = Buffer.from(parts[2]!, 'base64url');
  const signature = Buffer.from(parts[3]!, 'base64url');
  if (!key || payload.length !== 32 || signature.length !== 64) return undefined;
  if (!verify(null, Buffer.from(`VP1.${parts[1]}.${parts[2]}`), key, signature)) return undefined;
  const h = payload.subarray(0, 16).toString('hex');
  return {
    visitId: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`,
    validFrom: new Date(payload.readUInt32BE(16) * 1000),
    validUntil: new Date(payload.readUInt32BE(20) * 1000),
    nonce: payload.subarray(24, 32),
  };
}
