// Build config for the two peer pages of `npm run bench` (c): scripts/bench/run.ts builds them into a temp dir.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022', chunkSizeWarningLimit: 1500, emptyOutDir: true,
    rollupOptions: { input: { p1: resolve(import.meta.dirname, 'p1.html'), p2: resolve(import.meta.dirname, 'p2.html') } },
  },
});
