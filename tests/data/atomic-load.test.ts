/**
 * Data tier: the client's loader (src/lib/data/load-atlas.ts) on the built files, with a fake fetch.
 * Files from two builds are fetched again and never decoded together; a request that never answers
 * times out; every failure is a typed AtlasLoadError the panel can translate, never raw JS text.
 */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadAtlas } from '../../src/lib/data/load-atlas.ts';
import { AtlasLoadError } from '../../src/lib/data/load-error.ts';
import { stampBuild, stampOf } from '../../scripts/build/write-atomic.ts';

const BASE = 'http://atlas.test/';
const built = Object.fromEntries(['atlas.json', 'atlas.topo.json', 'land.topo.json'].map((n) => [n, readFileSync(`public/data/${n}`, 'utf8')]));
const restamp = (text: string, build: string) => stampBuild(text.replace(/^\{\s*"build":\s*"[^"]*",\s*/, '{'), build);

/** A fetch over the built files; `serve` may change what one request gets. */
function fakeFetch(serve: (name: string, call: number) => string | Response | null = (n) => built[n]) {
  const calls: string[] = [];
  const impl = (async (url: URL | string, init?: RequestInit) => {
    const name = String(url).slice(`${BASE}data/`.length);
    calls.push(name);
    const out = serve(name, calls.filter((c) => c === name).length);
    if (out === null) return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    return typeof out === 'string' ? new Response(out, { status: 200 }) : out;
  }) as typeof fetch;
  return { impl, calls };
}

async function failure(p: Promise<unknown>): Promise<AtlasLoadError> {
  try { await p; } catch (e) { expect(e).toBeInstanceOf(AtlasLoadError); return e as AtlasLoadError; }
  throw new Error('expected the load to fail');
}

describe('loadAtlas', () => {
  it('the built set loads (one build id in all three files)', async () => {
    expect(new Set(Object.values(built).map(stampOf)).size).toBe(1);
    const atlas = await loadAtlas(BASE, { fetchImpl: fakeFetch().impl });
    expect(atlas.circles.length).toBeGreaterThan(0);
  });

  it('hands over the land, province lines and the whole view while atlas.json is still on its way (the loading view)', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    const impl = (async (url: URL | string) => {
      const name = String(url).slice(`${BASE}data/`.length);
      if (name === 'atlas.json') await held;
      return new Response(built[name], { status: 200 });
    }) as typeof fetch;
    let landFirst: { provinces: number; lines: number; bounds: unknown } | null = null;
    const loading = loadAtlas(BASE, { fetchImpl: impl, onLand: (l) => { landFirst = { provinces: l.land.features.length, lines: l.provinceLines.features.length, bounds: l.bounds }; } });
    await vi.waitFor(() => expect(landFirst).not.toBeNull());
    release();
    const atlas = await loading;
    expect(landFirst).toEqual({ provinces: atlas.land.features.length, lines: 1, bounds: atlas.bounds });
  });

  it('files from two builds are fetched again, and the consistent set is the one decoded', async () => {
    const f = fakeFetch((name, call) => (name === 'land.topo.json' && call === 1 ? restamp(built[name], 'older-build') : built[name]));
    await loadAtlas(BASE, { fetchImpl: f.impl });
    expect(f.calls.filter((c) => c === 'atlas.json')).toHaveLength(2);
  });

  it('files that stay from two builds end in a "mixed" error, not a decoded atlas', async () => {
    const f = fakeFetch((name) => (name === 'land.topo.json' ? restamp(built[name], 'older-build') : built[name]));
    expect((await failure(loadAtlas(BASE, { fetchImpl: f.impl }))).kind).toBe('mixed');
  });

  it('a request that never answers times out with the time in the error', async () => {
    const f = fakeFetch((name) => (name === 'atlas.topo.json' ? null : built[name]));
    const e = await failure(loadAtlas(BASE, { fetchImpl: f.impl, timeoutMs: 50 }));
    expect([e.kind, e.file, e.detail]).toEqual(['timeout', 'data/atlas.topo.json', '0.1']);
  });

  it.each([
    ['HTTP 500', 'http', '500', () => new Response('oops', { status: 500 })],
    ['a rejected fetch', 'network', '', () => { throw new TypeError('Failed to fetch'); }],
    ['half a file', 'json', '', () => built['atlas.json'].slice(0, 1000)],
    ['another version', 'version', 'metro-circle-atlas/atlas@9', () => built['atlas.json'].replace(/"generated"/, '"schema":"metro-circle-atlas/atlas@9","generated"')],
    ['no circles list', 'shape', 'circles', () => built['atlas.json'].replace('"circles":[', '"circles":7,"x":[')],
  ] as const)('%s in atlas.json → a "%s" error naming the file', async (_what, kind, detail, serve) => {
    const f = fakeFetch((name) => (name === 'atlas.json' ? serve() : built[name]));
    const e = await failure(loadAtlas(BASE, { fetchImpl: f.impl }));
    expect([e.kind, e.file, e.detail]).toEqual([kind, 'data/atlas.json', detail]);
    expect(e.message).not.toMatch(/Failed to fetch|is not iterable|Unexpected token/);
  });

  it.each([
    ['atlas.topo.json', (arcs: unknown[][]) => { (arcs[5][2] as unknown[])[1] = '12'; }, 'arcs[5][2][1]'],
    ['atlas.topo.json', (arcs: unknown[][]) => { arcs[7][0] = null; }, 'arcs[7][0]'],
    ['land.topo.json', (arcs: unknown[][]) => { arcs[2] = { x: 1 } as never; }, 'arcs[2]'],
    ['land.topo.json', (arcs: unknown[][]) => { (arcs[4][1] as unknown[])[0] = true; }, 'arcs[4][1][0]'],
  ] as const)('a wrong item in the arcs of %s is refused with its path (%#)', async (file, spoil, detail) => {
    const topo = JSON.parse(built[file]);
    spoil(topo.arcs);
    const f = fakeFetch((name) => (name === file ? JSON.stringify(topo) : built[name]));
    const e = await failure(loadAtlas(BASE, { fetchImpl: f.impl }));
    expect([e.kind, e.file, e.detail]).toEqual(['shape', `data/${file}`, detail]);
  });

  it('a county in the topology without a row in atlas.json is refused before decoding', async () => {
    const topo = JSON.parse(built['atlas.topo.json']);
    topo.objects.counties.geometries[3].properties.adcode = '999999';
    const f = fakeFetch((name) => (name === 'atlas.topo.json' ? JSON.stringify(topo) : built[name]));
    const e = await failure(loadAtlas(BASE, { fetchImpl: f.impl }));
    expect([e.kind, e.file, e.detail]).toEqual(['shape', 'data/atlas.topo.json', 'objects.counties.geometries[3].properties.adcode']);
  });
});

describe('the build checks its atlas.json with the client schema before writing', () => {
  it('a tampered colour is refused with the path and the reason', async () => {
    const { checkAtlasOutput } = await import('../../scripts/build/check-atlas.ts');
    const json = JSON.parse(built['atlas.json']);
    expect(() => checkAtlasOutput(JSON.stringify(json), 'out/atlas.json')).not.toThrow();
    json.circles[0].color = 'red;background-image:url(http://evil.example/x.png)';
    expect(() => checkAtlasOutput(JSON.stringify(json), 'out/atlas.json')).toThrow(/^out\/atlas\.json: circles\[0\]\.color: .*circles\[0\]\.color: Invalid format/s);
  });
});
