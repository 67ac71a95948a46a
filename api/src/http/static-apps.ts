import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { APP_HEADERS, KIOSK_HEADERS, setHeaders } from './security-headers.js';

/** The three apps, each built by Vite into its own `dist/` and served under its path. */
export const APPS = [
  { path: '/admin/', folder: 'admin-web', name: 'admin console', headers: APP_HEADERS },
  { path: '/portal/', folder: 'tenant-web', name: 'tenant portal', headers: APP_HEADERS },
  { path: '/kiosk/', folder: 'kiosk-web', name: 'lobby kiosk', headers: KIOSK_HEADERS },
] as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  // Compiled while it downloads (WebAssembly.instantiateStreaming) only with this type.
  '.wasm': 'application/wasm',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The path below the app's folder, or undefined when it is not valid percent-encoded UTF-8. */
function decodePath(encoded: string): string | undefined {
  try {
    const path = decodeURIComponent(encoded);
    return path.includes('\0') ? undefined : path;
  } catch {
    return undefined; // `%`, `%zz`, a cut or overlong UTF-8 sequence such as `%c0%ae`
  }
}

/**
 * Serves the built apps from the repository on the API's own origin, so the apps, /graphql and
 * its WebSocket share one origin (no CORS, cookies or second server). Hashed assets are cached
 * for a year; `index.html` is always revalidated; unknown app routes get `index.html` (client-side
 * routing). Every answer carries the apps' security headers (Content-Security-Policy and the
 * rest). Returns false when the URL is not an app's.
 */
export function staticApps(repoRoot: string) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (url.pathname === '/') {
      setHeaders(res, APP_HEADERS);
      res.writeHead(302, { location: '/admin/' }).end();
      return true;
    }
    const app = APPS.find((a) => url.pathname === a.path.slice(0, -1) || url.pathname.startsWith(a.path));
    if (!app) return false;
    setHeaders(res, app.headers);
    if (url.pathname === app.path.slice(0, -1)) {
      res.writeHead(301, { location: app.path }).end();
      return true;
    }
    const root = join(repoRoot, app.folder, 'dist');
    const relative = decodePath(url.pathname.slice(app.path.length));
    const file = relative === undefined ? undefined : normalize(join(root, relative));
    if (relative === undefined || !file || (!file.startsWith(root + sep) && file !== root)) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
      return true;
    }
    const asset = relative !== '' && (await isFile(file));
    const path = asset ? file : join(root, 'index.html');
    if (!asset && extname(relative) !== '') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return true;
    }
    if (!(await isFile(path))) {
      res
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`The ${app.name} is not built: run \`pnpm build\` (pnpm start does it).`);
      return true;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control':
        asset && relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return true;
    }
    // A file replaced by a rebuild between stat and open: end this response, not the process.
    createReadStream(path)
      .once('error', () => res.destroy())
      .pipe(res);
    return true;
  };
}
