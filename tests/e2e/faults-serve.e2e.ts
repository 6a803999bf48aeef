/**
 * End-to-end: `npm start`'s server (scripts/serve.ts) on its bad days (issue 10): a bad PORT and a
 * missing dist/ get a sentence and exit 1; started from another directory it still serves the site,
 * with nosniff on every answer, the CSP in the page, and 404 (not the SPA page) for missing data.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve('.');
const elsewhere = mkdtempSync(join(tmpdir(), 'atlas-serve-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill();
  rmSync(elsewhere, { recursive: true, force: true });
});

function serve(script: string, env: Record<string, string>): ChildProcess & { output: () => string; exited: Promise<number | null> } {
  const child = spawn(join(REPO, 'node_modules', '.bin', 'tsx'), [script], { cwd: elsewhere, env: { ...process.env, ...env } });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return Object.assign(child, { output: () => out, exited });
}

const freePort = () => new Promise<number>((r) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => r(p)); });
});

describe('scripts/serve.ts', () => {
  for (const bad of ['abc', '80.5', '70000', '']) {
    it(`PORT=${JSON.stringify(bad)} is refused with a sentence and exit code 1`, async () => {
      const s = serve(join(REPO, 'scripts', 'serve.ts'), { PORT: bad });
      expect(await s.exited).toBe(1);
      expect(s.output()).toContain('PORT must be a whole number from 1 to 65535');
      expect(s.output()).not.toMatch(/\n\s+at /); // no stack trace
    });
  }

  it('without a built dist/ it says so and exits 1', async () => {
    // a copy of the project without dist/ (the script finds the site next to itself, not in the cwd)
    const copy = join(elsewhere, 'project');
    mkdirSync(join(copy, 'scripts'), { recursive: true });
    cpSync(join(REPO, 'scripts', 'serve.ts'), join(copy, 'scripts', 'serve.ts'));
    cpSync(join(REPO, 'package.json'), join(copy, 'package.json'));
    symlinkSync(join(REPO, 'node_modules'), join(copy, 'node_modules'));
    const s = serve(join(copy, 'scripts', 'serve.ts'), {});
    expect(await s.exited).toBe(1);
    expect(s.output()).toMatch(/dist\/index\.html is missing: the site is not built\. Run `npm run build`/);
  });

  it('started from another directory it serves the site: nosniff everywhere, the CSP, 404 for missing data', async () => {
    const port = await freePort();
    const s = serve(join(REPO, 'scripts', 'serve.ts'), { PORT: String(port) });
    const base = `http://127.0.0.1:${port}/`;
    for (let i = 0; i < 100 && !s.output().includes(base); i++) await new Promise((r) => setTimeout(r, 200));
    expect(s.output()).toContain(`served at ${base}`);

    const page = await fetch(base);
    expect(page.status).toBe(200);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain(`http-equiv="Content-Security-Policy" content="default-src 'self';`);

    const data = await fetch(`${base}data/atlas.json`);
    expect(data.status).toBe(200);
    expect(data.headers.get('content-type')).toContain('application/json');
    expect(data.headers.get('x-content-type-options')).toBe('nosniff');
    await data.arrayBuffer();

    for (const missing of ['data/nope.json', 'data/sub/atlas.json', 'data/']) {
      const r = await fetch(base + missing);
      expect(r.status, missing).toBe(404);
      expect(r.headers.get('content-type'), missing).not.toContain('text/html');
      expect(r.headers.get('x-content-type-options'), missing).toBe('nosniff');
    }
  });
});
