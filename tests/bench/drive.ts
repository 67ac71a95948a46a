/**
 * One round of load on one contender, in its own process so the driver does not share an event
 * loop with the servers. Reads a {@link DriveJob} as JSON from argv, prints a
 * {@link DriveResult} as JSON on stdout. `[<n>]` in the body becomes a fresh upper-case tag per
 * request (for codes that must be unique).
 */
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';

export type DriveJob = {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
};
export type DriveResult = { rps: number; p50: number; p99: number; ok: number; failed: number };

/** Runs one job in a child process. */
export function drive(job: DriveJob): Promise<DriveResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [new URL(import.meta.url).pathname, JSON.stringify(job)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as DriveResult) : reject(new Error(`driver exited with ${code}`)),
    );
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const job = JSON.parse(process.argv[2]!) as DriveJob;
  const run = `${process.pid.toString(36)}${Date.now().toString(36)}`.toUpperCase();
  let n = 0;
  const unique = job.body.includes('[<n>]');
  const r = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...job.headers },
        body: job.body,
        ...(unique && {
          setupRequest: (req: autocannon.Request) => {
            n += 1;
            return { ...req, body: job.body.replaceAll('[<n>]', `${run}${n}`) };
          },
        }),
      },
    ],
  });
  const ok = r['2xx'];
  const result: DriveResult = {
    rps: ok / job.seconds,
    p50: r.latency.p50,
    p99: r.latency.p99,
    ok,
    failed: r.non2xx + r.errors + r.timeouts,
  };
  process.stdout.write(JSON.stringify(result));
}
