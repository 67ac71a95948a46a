/**
 * S6: one export of every unit of the dataset (200,000 in the full run) as XLSX and as CSV,
 * through the real HTTP path (`exportList`, then the signed GET), from an API in a child process
 * of its own, so its resident memory is measured alone: sampled from /proc every 10 ms, the
 * peak compared with the same process idle just before. The target (issue 16): under 150 MB
 * over idle and at least 20,000 rows/s.
 */
import { readFile } from 'node:fs/promises';
import { startAppProcess } from './contenders/app-process.ts';

export type ExportRow = {
  format: 'xlsx' | 'csv';
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  megabytes: number;
  idleRssMb: number;
  peakRssMb: number;
};

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
  return kb / 1024;
}

/** Samples the process's RSS until `stop` is called; resolves to the highest seen. */
function sampleRss(pid: number) {
  let peak = 0;
  let running = true;
  const done = (async () => {
    while (running) {
      peak = Math.max(peak, await rssMb(pid));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return Math.max(peak, await rssMb(pid));
  })();
  return {
    stop() {
      running = false;
      return done;
    },
  };
}

async function exportOnce(url: string, token: string, format: 'xlsx' | 'csv', filter?: object) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation ($input: ExportListInput!) { exportList(input: $input) { url rowCount } }',
      variables: {
        input: {
          list: 'units',
          format: format.toUpperCase(),
          ...(filter && { filter: JSON.stringify(filter) }),
        },
      },
    }),
  });
  const body = (await res.json()) as {
    data?: { exportList: { url: string; rowCount: number } };
    errors?: unknown;
  };
  if (!body.data) throw new Error(`exportList failed: ${JSON.stringify(body.errors)}`);
  const file = await fetch(`${url}${body.data.exportList.url}`);
  if (file.status !== 200) throw new Error(`export GET answered ${file.status}`);
  const total = Number(file.headers.get('x-total-rows'));
  let bytes = 0;
  for await (const chunk of file.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
  return { rows: total, bytes };
}

export async function runExportBench(opts: {
  dist: string;
  appUrl: string;
  jwtSecret: string;
  poolMax: number;
  token: string;
  parkId: string;
  log: (msg: string) => void;
}): Promise<ExportRow[]> {
  const app = await startAppProcess({
    dist: opts.dist,
    appUrl: opts.appUrl,
    jwtSecret: opts.jwtSecret,
    poolMax: opts.poolMax,
  });
  try {
    const out: ExportRow[] = [];
    for (const format of ['xlsx', 'csv'] as const) {
      // Warm the path (modules loaded, statements prepared) on one park, then let it settle.
      await exportOnce(app.url, opts.token, format, { parkId: opts.parkId });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const idle = await rssMb(app.pid);
      opts.log(`S6: exporting every unit as ${format} (idle RSS ${idle.toFixed(0)} MB)`);
      const sampler = sampleRss(app.pid);
      const started = performance.now();
      const { rows, bytes } = await exportOnce(app.url, opts.token, format);
      const seconds = (performance.now() - started) / 1000;
      const peak = await sampler.stop();
      out.push({
        format,
        rows,
        seconds,
        rowsPerSecond: rows / seconds,
        megabytes: bytes / 1024 / 1024,
        idleRssMb: idle,
        peakRssMb: peak,
      });
    }
    return out;
  } finally {
    await app.close();
  }
}

export function formatExportTable(rows: readonly ExportRow[]): string {
  const lines = [
    '| scenario | format | rows | seconds | rows/s | file MB | idle RSS MB | peak RSS MB | peak over idle MB |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| S6 export units | ${r.format} | ${r.rows} | ${r.seconds.toFixed(2)} | ${Math.round(r.rowsPerSecond)} | ${r.megabytes.toFixed(1)} | ${r.idleRssMb.toFixed(0)} | ${r.peakRssMb.toFixed(0)} | ${(r.peakRssMb - r.idleRssMb).toFixed(0)} |`,
    ),
  ];
  return lines.join('\n');
}
