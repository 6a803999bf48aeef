// Build config for the bench baseline page (scripts/bench/run.ts builds it into a temp dir).
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: { target: 'es2022', chunkSizeWarningLimit: 1500, emptyOutDir: true },
});
