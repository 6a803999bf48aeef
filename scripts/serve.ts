/**
 * npm start: serve the built site (dist/) on localhost with vite preview and print the URL.
 * PORT=xxxx to choose the port (default 4173; the next free one is taken if it is busy).
 * Works from any directory: paths are taken from this file, not from the shell. vite.config.ts
 * adds `X-Content-Type-Options: nosniff` and answers 404 for missing /data/* files.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

function fail(sentence: string): never {
  console.error(`serve: ${sentence}`);
  process.exit(1);
}

/** PORT, if set, must be a whole number 1…65535 ("abc", "80.5", "" are refused with a sentence). */
export function parsePort(raw: string | undefined): number {
  if (raw === undefined) return 4173;
  if (!/^\d{1,5}$/.test(raw.trim()) || Number(raw) < 1 || Number(raw) > 65535) {
    fail(`PORT must be a whole number from 1 to 65535, not ${JSON.stringify(raw)}.`);
  }
  return Number(raw);
}

const port = parsePort(process.env.PORT);
const where = relative(process.cwd(), dist) || '.';
if (!existsSync(join(dist, 'index.html'))) fail(`${where}/index.html is missing: the site is not built. Run \`npm run build\` first (\`npm start\` does both).`);
if (!existsSync(join(dist, 'data', 'atlas.json'))) fail(`${where}/data/atlas.json is missing: the data is not built. Run \`npm run build\`.`);

try {
  const server = await preview({
    root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn',
    preview: { port, host: '127.0.0.1', strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  console.log(`\nMetro Circle Atlas is served at ${url}\n(press Ctrl+C to stop)`);
} catch (e) {
  fail(`could not start the server on port ${port}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
}
