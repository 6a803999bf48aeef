/** Serve the production build (dist/) once for all e2e files. `npm test` builds it first. */
import { preview, type PreviewServer } from 'vite';
import { existsSync } from 'node:fs';

let server: PreviewServer | undefined;

export async function setup(): Promise<void> {
  if (!existsSync('dist/index.html') || !existsSync('dist/data/atlas.json')) {
    throw new Error('dist/ is not built: run `npm run build` first (npm test does)');
  }
  const url = new URL(process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4318/');
  server = await preview({ preview: { port: Number(url.port), host: url.hostname, strictPort: true }, logLevel: 'warn' });
}

export async function teardown(): Promise<void> {
  await server?.close();
}
