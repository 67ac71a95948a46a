import type { ServerResponse } from 'node:http';

/**
 * On every response: browsers take the declared content type as it is (an uploaded file or a JSON
 * error is never sniffed into HTML or script), and no URL of ours (signed /files links included)
 * leaks to another site in a Referer header; nothing here reads Referer.
 */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * The apps' policy. Scripts only from our own files: Vite emits no inline script (the module
 * preload polyfill is bundled into the entry chunk), and vue-i18n 11 compiles messages without
 * eval. Styles allow 'unsafe-inline': ECharts (the KPI charts) writes style attributes, which CSP
 * counts as inline (the e2e check saw it; the other screens pass without). 'self' in connect-src
 * covers the same-origin WebSocket of /graphql: CSP Level 3 lets 'self' match ws:/wss: on our
 * host (the live e2e tests subscribe under this policy in Chromium). Images also come from
 * `data:` (QR codes, icons in CSS) and `blob:` (previews of photos before upload). No page of
 * ours may be framed (the console could otherwise be click-jacked).
 */
export const APP_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** On every response under an app's path: the common headers, the policy, and the old-browser frame guard. */
export const APP_HEADERS: Readonly<Record<string, string>> = {
  ...COMMON_HEADERS,
  'content-security-policy': APP_CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
};

/**
 * The kiosk's: the apps' policy, plus compiling WebAssembly (`'wasm-unsafe-eval'` allows
 * WebAssembly only, not `eval`): the kiosk reads QR passes from its camera with ZXing's wasm
 * decoder, served from its own files.
 */
export const KIOSK_HEADERS: Readonly<Record<string, string>> = {
  ...APP_HEADERS,
  'content-security-policy': APP_CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
  ),
};

/** Sets headers before the handler's own writeHead, which adds to them. */
export function setHeaders(res: ServerResponse, headers: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}
