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

/** Served by the API at /portal/; `pnpm dev` proxies /graphql (HTTP and WebSocket) to it. */
export default defineConfig({
  base: '/portal/',
  plugins: [vue(), Components({ resolvers: [VantResolver()], dts: false }), vantIconFontInlineOnly],
  // Leaner phone bundle: every component here (Vant's and vue-router's too) uses setup(), and the
  // app uses vue-i18n's Composition API only, so the Options API and legacy i18n code can go.
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  server: {
    port: 5174,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true },
      '/files': { target: 'http://127.0.0.1:4000' },
    },
  },
});
