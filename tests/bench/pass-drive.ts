/**
 * S7's driver (see visitors.ts): scans each of a list of pass codes once, `connections` in flight,
 * over keep-alive HTTP, in a child process of its own so it does not share the servers' event
 * loop; an answer counts only if it is the check-in of the pass it scanned. Kept apart from
 * visitors.ts so the child loads nothing but `node:http`.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GATE_SCAN = `mutation ($token: String!) { scanVisitorPass(token: $token) {
  direction visitId visitorName tenantName hostName } }`;

/** Whether an answer is the check-in of the visit `visitId`. */
export const isCheckIn = (body: string, visitId: string) =>
  body.includes('"direction":"IN"') && body.includes(`"visitId":"${visitId}"`) && !body.includes('"errors"');

export type PassDriveJob = { url: string; authorization: string; tokens: string[]; connections: number };
export type PassDriveResult = { rps: number; p50: number; p99: number; ok: number; failed: number };

/** Scans every token once, `connections` in flight, in a child process; the tokens go by file. */
export function drivePasses(job: PassDriveJob): Promise<PassDriveResult> {
  return new Promise((resolve, reject) => {
    const file = join(tmpdir(), `park-bench-passes-${process.pid}-${randomUUID()}.json`);
    writeFile(file, JSON.stringify(job)).then(() => {
      const child = spawn(process.execPath, [new URL(import.meta.url).pathname, file], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
      });
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0
          ? resolve(JSON.parse(out) as PassDriveResult)
          : reject(new Error(`pass driver exited with ${code}`)),
      );
    }, reject);
  });
}

/** The driver's side: keep-alive HTTP, each answer checked to be the check-in of its pass. */
async function drivePassesHere(file: string) {
  const job = JSON.parse(await readFile(file, 'utf8')) as PassDriveJob;
  await rm(file);
  const agent = new Agent({ keepAlive: true, maxSockets: job.connections });
  const url = new URL(job.url);
  const visitIdOfToken = (token: string) => {
    const h = Buffer.from(token.split('.')[2]!, 'base64url').subarray(0, 16).toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  const scan = (token: string) =>
    new Promise<{ status: number; body: string }>((done, fail) => {
      const body = JSON.stringify({ query: GATE_SCAN, variables: { token } });
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: job.authorization,
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => {
            text += d;
          });
          res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', fail);
      req.end(body);
    });
  let next = 0;
  let ok = 0;
  let failed = 0;
  const latencies: number[] = [];
  const started = performance.now();
  const worker = async () => {
    while (next < job.tokens.length) {
      const token = job.tokens[next]!;
      next += 1;
      const at = performance.now();
      const res = await scan(token).catch(() => ({ status: 0, body: '' }));
      latencies.push(performance.now() - at);
      if (res.status === 200 && isCheckIn(res.body, visitIdOfToken(token))) ok += 1;
      else {
        failed += 1;
        if (failed <= 3) console.error(`[pass driver] ${res.status} ${res.body.slice(0, 300)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: job.connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((x, y) => x - y);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((latencies.length * p) / 100))]!;
  const result: PassDriveResult = { rps: ok / seconds, p50: pct(50), p99: pct(99), ok, failed };
  agent.destroy();
  process.stdout.write(JSON.stringify(result));
}

if (import.meta.url === `file://${process.argv[1]}`) await drivePassesHere(process.argv[2]!);
