/**
 * Initial JavaScript of each built app: the entry script and every module index.html preloads,
 * gzip-compressed as a browser would download them. Run after `pnpm build:apps`:
 *   pnpm size
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');
const rows: string[] = [];
for (const app of ['admin-web', 'tenant-web', 'kiosk-web']) {
  const dist = join(root, app, 'dist');
  let html: string;
  try {
    html = await readFile(join(dist, 'index.html'), 'utf8');
  } catch {
    rows.push(`${app.padEnd(12)} not built`);
    continue;
  }
  const files = [...html.matchAll(/(?:src|href)="[^"]*?\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let raw = 0;
  let gz = 0;
  for (const f of new Set(files)) {
    const body = await readFile(join(dist, f));
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  rows.push(
    `${app.padEnd(12)} ${String(new Set(files).size).padStart(2)} files  ${(raw / 1024).toFixed(0).padStart(5)} KiB  ${(gz / 1024).toFixed(0).padStart(4)} KiB gzip`,
  );
}
console.log(`initial JS per app (entry + preloaded modules)\n${rows.join('\n')}`);
