import type { Session, TestApp } from './test-app.js';

/** A valid ID-card number (check digit computed). */
export function idNumber(body17 = '11010519491231002'): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = w.reduce((s, x, i) => s + x * Number(body17[i]), 0);
  return body17 + '10X98765432'[sum % 11];
}

export const INVITE = `mutation ($input: InviteVisitorsInput!) { inviteVisitors(input: $input) {
  id state phase source purpose startsAt endsAt plate companions hostName tenantId tenantName watchlistHit
  visitor { id name phone company idNumber hasIdNumber } pass { token validFrom validUntil } } }`;

export type InvitedVisit = {
  id: string;
  state: string;
  phase: string;
  endsAt: string;
  plate: string | null;
  visitor: { id: string; name: string; phone: string; idNumber: string | null };
  pass: { token: string; validFrom: string; validUntil: string } | null;
};

/** Invites one visitor as `host`, window from `startsIn` for `hours` (minutes, hours), on the app's clock. */
export async function invite(
  t: TestApp,
  host: Session,
  opts: { startsInMin?: number; hours?: number; visitor?: Record<string, unknown>; notify?: boolean } = {},
) {
  const start = t.clock.now().getTime() + (opts.startsInMin ?? -5) * 60_000;
  const data = await host.gqlOk<{ inviteVisitors: InvitedVisit[] }>(INVITE, {
    input: {
      visitors: [{ name: '张伟', phone: '13812345678', company: '华为', plate: '粤B12345', ...opts.visitor }],
      purpose: '商务洽谈',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + (opts.hours ?? 4) * 3600_000).toISOString(),
      notify: opts.notify ?? false,
    },
  });
  return data.inviteVisitors[0]!;
}
