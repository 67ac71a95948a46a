import { VantResolver } from '@vant/auto-import-resolver';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vite';

/** Served by the API at /kiosk/; `pnpm dev` proxies /graphql (HTTP and WebSocket) to it. */
export default defineConfig({
  base: '/kiosk/',
  plugins: [vue(), Components({ resolvers: [VantResolver()], dts: false })],
  server: {
    port: 5175,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true },
      '/files': { target: 'http://127.0.0.1:4000' },
    },
  },
});
