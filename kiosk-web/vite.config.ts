import { VantResolver } from '@vant/auto-import-resolver';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { defineConfig, type Plugin } from 'vite';

/**
 * Vant's icon font is inlined as woff2; its fallback on at.alicdn.com would never be used by a
 * browser that reads woff2, but Chromium still reports it against the API's CSP (font-src 'self'
 * data:), so the fallback goes and the app asks nothing of a third-party host.
 */
const vantIconFontInlineOnly: Plugin = {
  name: 'vant-icon-font-inline-only',
  transform(code, id) {
    if (!id.includes('/vant/') || !id.endsWith('.css')) return undefined;
    return code.replace(/,\s*url\(["']?\/\/at\.alicdn\.com\/[^)]*\)\s*format\(["']woff["']\)/g, '');
  },
};

/** Served by the API at /kiosk/; `pnpm dev` proxies /graphql (HTTP and WebSocket) to it. */
export default defineConfig({
  base: '/kiosk/',
  plugins: [vue(), Components({ resolvers: [VantResolver()], dts: false }), vantIconFontInlineOnly],
  server: {
    port: 5175,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true },
      '/files': { target: 'http://127.0.0.1:4000' },
    },
  },
});
