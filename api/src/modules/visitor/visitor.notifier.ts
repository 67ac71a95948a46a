import { createHmac } from 'node:crypto';
import type { Logger } from 'pino';
import { maskPhone } from './visitor.crypto.js';
import type { VisitorSettings } from './visitor.settings.js';

/** Why a visitor is written to. */
export type PassMessageKind = 'INVITED' | 'APPROVED' | 'EXTENDED' | 'REVOKED';

/** A message to a visitor about their pass: everything an adapter needs, nothing it must look up. */
export type PassMessage = {
  kind: PassMessageKind;
  visitId: string;
  to: { name: string; phone: string | null; email: string | null };
  tenantName: string;
  hostName: string;
  startsAt: Date;
  endsAt: Date;
  /** Where the visitor opens the pass (QR code); null when revoked. */
  link: string | null;
};

/**
 * How passes reach visitors. One adapter is active, chosen by `VISITOR_NOTIFIER` (`log` by
 * default; `sms`, `email`). Sending happens in the `visitor.notify` job after the visit has
 * committed, so a rolled-back invitation sends nothing and a provider's failure retries the job.
 */
export interface VisitorNotifier {
  readonly channel: string;
  send(message: PassMessage): Promise<void>;
}

const SUBJECT: Record<PassMessageKind, string> = {
  INVITED: '访客邀请 Visitor invitation',
  APPROVED: '访客登记已通过 Visit approved',
  EXTENDED: '访客通行证已延期 Visitor pass extended',
  REVOKED: '访客邀请已取消 Visit cancelled',
};

/** A plain text both languages read (SMS templates carry the same fields as parameters). */
export function messageText(m: PassMessage): string {
  const window = `${m.startsAt.toISOString()} – ${m.endsAt.toISOString()}`;
  return m.kind === 'REVOKED'
    ? `${m.to.name}，${m.tenantName} 已取消您的来访（${window}）。 ${m.tenantName} cancelled your visit.`
    : `${m.to.name}，${m.tenantName} ${m.hostName} 邀请您来访（${window}），通行证：${m.link} ` +
        `Your visitor pass for ${m.tenantName}: ${m.link}`;
}

/**
 * Development and tests: writes each message to the API's log, one line per message with
 * `msg: "visitor pass message"` and the link, phone masked. README › Visitors says how to read it.
 */
export class LogNotifier implements VisitorNotifier {
  readonly channel = 'log';
  constructor(private readonly logger: Logger) {}
  async send(m: PassMessage): Promise<void> {
    this.logger.info(
      {
        notifier: 'log',
        kind: m.kind,
        visitId: m.visitId,
        to: m.to.phone ? maskPhone(m.to.phone) : null,
        link: m.link,
        text: messageText(m),
      },
      'visitor pass message',
    );
  }
}

/** Fails the job (it is retried) when a provider answers anything but 2xx. */
async function post(url: string, headers: Record<string, string>, body: string): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`notifier provider answered ${res.status}`);
}

/**
 * SMS through a template-based gateway (the shape of Aliyun / Tencent Cloud SMS): the sign name,
 * the template code and its parameters, the body signed with HMAC-SHA256 of the secret
 * (`x-signature`), the access key id in `x-access-key`. The template holds the wording.
 */
export class SmsNotifier implements VisitorNotifier {
  readonly channel = 'sms';
  constructor(private readonly settings: NonNullable<VisitorSettings['sms']>) {}
  async send(m: PassMessage): Promise<void> {
    if (!m.to.phone) return;
    const body = JSON.stringify({
      phoneNumbers: m.to.phone,
      signName: this.settings.signName,
      templateCode: this.settings.template,
      templateParam: {
        kind: m.kind,
        name: m.to.name,
        company: m.tenantName,
        host: m.hostName,
        start: m.startsAt.toISOString(),
        end: m.endsAt.toISOString(),
        link: m.link ?? '',
      },
      outId: m.visitId,
    });
    const signature = createHmac('sha256', this.settings.secret).update(body).digest('base64');
    await post(
      this.settings.url,
      { 'x-access-key': this.settings.accessKey, 'x-signature': signature },
      body,
    );
  }
}

/** E-mail through an HTTP mail API (the shape of SendGrid / Mailgun / SES v2): bearer key, JSON body. */
export class EmailNotifier implements VisitorNotifier {
  readonly channel = 'email';
  constructor(private readonly settings: NonNullable<VisitorSettings['email']>) {}
  async send(m: PassMessage): Promise<void> {
    if (!m.to.email) return;
    const body = JSON.stringify({
      from: this.settings.from,
      to: [m.to.email],
      subject: SUBJECT[m.kind],
      text: messageText(m),
    });
    await post(this.settings.url, { authorization: `Bearer ${this.settings.apiKey}` }, body);
  }
}

let installed: VisitorNotifier | undefined;
/** The configured notifier (built on first use with the API's logger), or one a test installed. */
export function visitorNotifier(settings: VisitorSettings, logger: Logger): VisitorNotifier {
  if (installed) return installed;
  installed =
    settings.notifier === 'sms' && settings.sms
      ? new SmsNotifier(settings.sms)
      : settings.notifier === 'email' && settings.email
        ? new EmailNotifier(settings.email)
        : new LogNotifier(logger.child({ component: 'visitor-notifier' }));
  return installed;
}
/** Replaces the notifier (tests capture messages); undefined goes back to the configured one. */
export function useVisitorNotifier(notifier: VisitorNotifier | undefined): void {
  installed = notifier;
}
