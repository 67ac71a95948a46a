import vue from '@vitejs/plugin-vue';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vite';

/** Served by the API at /admin/; `pnpm dev` proxies /graphql (HTTP and WebSocket) to it. */
export default defineConfig({
  base: '/admin/',
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver()], dts: false })],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true },
      '/files': { target: 'http://127.0.0.1:4000' },
    },
  },
  build: { chunkSizeWarningLimit: 1500 },
});
