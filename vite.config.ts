import { defineConfig } from 'vitest/config';
import type { Connect, Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';

/**
 * Both servers (dev and preview, which `npm start` and the e2e tests use): every answer carries
 * `X-Content-Type-Options: nosniff`, and a missing file under /data/ is a 404 — not the SPA
 * fallback's 200 text/html, which the client would try to parse as data (issue 10).
 */
function dataNotFound(dataRoot: () => string): Connect.NextHandleFunction {
  return (req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith('/data/')) return next();
    const root = dataRoot();
    const file = resolve(root, `.${path}`);
    const inside = file.startsWith(root + sep);
    if (inside && existsSync(file) && statSync(file).isFile()) return next();
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(`Not found: ${inside ? path : '(outside the site)'}\n`);
  };
}

function strictStatic(): Plugin {
  let dist = 'dist', pub = 'public';
  return {
    name: 'atlas-strict-static',
    configResolved(c) { dist = resolve(c.root, c.build.outDir); pub = c.publicDir || resolve(c.root, 'public'); },
    configureServer(server) { server.middlewares.use(dataNotFound(() => pub)); },
    configurePreviewServer(server) { server.middlewares.use(dataNotFound(() => dist)); },
  };
}

// base './' so the built site works from any path (a sub-folder, an iframe, file copies).
export default defineConfig({
  base: './',
  plugins: [svelte(), strictStatic()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/fresh-tmpdir.ts'],
    testTimeout: 60_000,
    // builds run in beforeAll hooks; on a loaded 2-core machine they take longer than the default 10 s
    hookTimeout: 60_000,
  },
});
