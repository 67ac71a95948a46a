import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:<port> of the product under test: API and the three built apps. */
    baseUrl: string;
    /** mqtt://127.0.0.1:<port>: the product's embedded MQTT broker, for tests that act as devices. */
    mqttUrl: string;
  }
}

const root = resolve(import.meta.dirname, '../..');

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

/**
 * Builds what changed of the API and the three apps, as `pnpm start` does, then runs the real
 * product once for the whole browser suite: its own embedded PostgreSQL in a temporary folder,
 * seeded demo park. Test files share it, so each creates what it changes (`factories.ts`).
 */
export default async function setup(project: TestProject) {
  execFileSync(process.execPath, ['scripts/build.ts'], { cwd: root, stdio: 'inherit' });
  const dataDir = await mkdtemp(join(tmpdir(), 'park-e2e-'));
  const port = await freePort();
  const mqttPort = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', 'api/dist/main.js'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      EMBEDDED_PG_PORT: String(await freePort()),
      // A free port for the embedded MQTT broker (a broker on 1883 does not stop the suite), told
      // to the tests that publish as devices (admin/energy-alerts.e2e.ts).
      MQTT_PORT: String(mqttPort),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // As behind a load balancer: each test file sends its own X-Forwarded-For (browser.ts
      // `clientAddress`), so the per-address rate limits count files apart, not the whole suite.
      TRUST_PROXY: 'true',
      // The shortest wait the API allows before a walk-in's host is passed over for the front
      // desk, so a browser test sees the fallback (admin/visitors.e2e.ts) in half a minute.
      VISITOR_HOST_ANSWER_SECONDS: '30',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes('ready in')) ready();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      fail(new Error(`the API exited with ${code} before it was ready:\n${output}`)),
    );
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('mqttUrl', `mqtt://127.0.0.1:${mqttPort}`);
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await rm(dataDir, { recursive: true, force: true });
  };
}
