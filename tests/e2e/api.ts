import { crc32, deflateSync } from 'node:zlib';
import { baseUrl, clientAddress } from './browser.ts';

/** Every demo login's password (api `DEMO_PASSWORD`). */
export const DEMO_PASSWORD = 'Demo@2026!';

/** One operation against the running product's /graphql; throws on errors. */
export async function api<T>(query: string, variables: object = {}, token?: string): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': clientAddress(),
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Signs a user (by default a demo one) in through the API: their access token and user id. */
export async function signInApi(
  login: string,
  password = DEMO_PASSWORD,
): Promise<{ token: string; userId: string }> {
  const data = await api<{ login: { accessToken: string; user: { id: string } } }>(
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken user { id } } }',
    { input: { login, password } },
  );
  return { token: data.login.accessToken, userId: data.login.user.id };
}

/** One action on a work order, as `token`'s user. */
export const transition = (id: string, input: object, token: string) =>
  api<{ transitionWorkOrder: { state: string } }>(
    'mutation ($id: ID!, $input: TransitionWorkOrderInput!) { transitionWorkOrder(id: $id, input: $input) { state } }',
    { id, input },
    token,
  );

/** A real PNG (RGB, a soft gradient) of the given size, as a phone photo would be. */
export function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const rows = Array.from({ length: height }, (_, y) => {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x += 1) {
      row.set([60 + (140 * x) / width, 140 + (80 * y) / height, 230 - (60 * x) / width], 1 + x * 3);
    }
    return row;
  });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export type FiledOrder = { id: string; number: string; title: string };

/**
 * A power repair the desk files (for the demo tenant company when `forTenant`, so it can be a
 * paid repair), dispatched to `engineer` whatever automatic dispatch chose.
 */
export async function repairForEngineer(
  title: string,
  opts: { priority?: string; locationNote?: string; forTenant?: boolean } = {},
): Promise<FiledOrder> {
  const [desk, engineer, tenant] = await Promise.all([
    signInApi('cs.agent'),
    signInApi('engineer'),
    opts.forTenant ? signInApi('tenant.staff') : undefined,
  ]);
  const [{ viewer: me }, company] = await Promise.all([
    api<{ viewer: { parks: { id: string }[] } }>('{ viewer { parks { id } } }', {}, engineer.token),
    tenant && api<{ viewer: { tenant: { id: string } } }>('{ viewer { tenant { id } } }', {}, tenant.token),
  ]);
  const { submitWorkOrder: order } = await api<{
    submitWorkOrder: FiledOrder & { version: number; state: string; assignee: { id: string } | null };
  }>(
    'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id number title version state assignee { id } } }',
    {
      input: {
        category: 'POWER',
        priority: opts.priority ?? 'URGENT',
        title,
        locationNote: opts.locationNote ?? 'B1 东侧配电房',
        parkId: me.parks[0]!.id,
        ...(company && { tenantId: company.viewer.tenant.id }),
      },
    },
    desk.token,
  );
  if (order.state !== 'DISPATCHED' || order.assignee?.id !== engineer.userId)
    await transition(
      order.id,
      { action: 'DISPATCH', assigneeId: engineer.userId, expectedVersion: order.version },
      desk.token,
    );
  return order;
}
