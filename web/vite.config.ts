/**
 * @module web/vite.config
 * Vite build of the web shell: root `web/`, output `dist/web` (served by the API server as static
 * files), and in development `/api` proxied to the API server on 127.0.0.1:8080.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false } };

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
  },
  server: { proxy: api },
  preview: { proxy: api },
});
