/**
 * Fetches the generated data from the page's own origin, checks it, and decodes it. Every failure
 * becomes an AtlasLoadError the error panel translates (issue 10): a request that never answers
 * times out, a file that is not JSON, of another version or of a shape the app cannot draw is
 * refused before any component sees it, and files from two builds are fetched again.
 */
import * as v from 'valibot';
import { ATLAS_SCHEMA, atlasSchema } from './atlas-schema.ts';
import { decodeAtlas, decodeLand, type Atlas, type LandPreview } from './decode-atlas.ts';
import { AtlasLoadError, formatPath } from './load-error.ts';
import { countyTopoSchema, landTopoSchema } from './topo-schema.ts';

export const DATA_FILES = ['atlas.json', 'atlas.topo.json', 'land.topo.json'] as const;
export const FETCH_TIMEOUT_MS = 20_000;
/** How often a set from two builds is fetched again before giving up (a rebuild takes seconds). */
const MIXED_RETRIES = 3;

export interface LoadOptions {
  fetchImpl?: typeof fetch;
  /** Default 20 s; the e2e tests shorten it through window.__atlasFetchTimeoutMs. */
  timeoutMs?: number;
  /** Called with the land as soon as land.topo.json is in and valid, before the rest (the loading view). */
  onLand?: (land: LandPreview) => void;
}

function defaultTimeout(): number {
  const t = (globalThis as { __atlasFetchTimeoutMs?: unknown }).__atlasFetchTimeoutMs;
  return typeof t === 'number' && t > 0 && t <= FETCH_TIMEOUT_MS ? t : FETCH_TIMEOUT_MS;
}

async function fetchJson(url: URL, file: string, fetchImpl: typeof fetch, signal: AbortSignal, fresh: boolean, timeoutMs: number): Promise<unknown> {
  let text: string;
  try {
    const res = await fetchImpl(url, { signal, cache: fresh ? 'no-store' : 'default' });
    if (!res.ok) throw new AtlasLoadError('http', file, String(res.status));
    text = await res.text();
  } catch (e) {
    if (e instanceof AtlasLoadError) throw e;
    if (signal.aborted) throw new AtlasLoadError('timeout', file, String(Math.round(timeoutMs / 100) / 10));
    throw new AtlasLoadError('network', file);
  }
  try { return JSON.parse(text); } catch { throw new AtlasLoadError('json', file); }
}

function check<S extends v.GenericSchema>(schema: S, value: unknown, file: string): v.InferOutput<S> {
  return checked(v.safeParse(schema, value), file);
}

function checked<T>(r: v.SafeParseResult<v.GenericSchema<unknown, T>>, file: string): T {
  if (r.success) return r.output;
  throw new AtlasLoadError('shape', file, formatPath((r.issues[0].path ?? []).map((p) => p.key as PropertyKey)) || '(root)');
}

/** The `schema` field first, so an old file reads as "another version", not as "broken". */
function checkVersion(json: unknown): void {
  const found = (json as { schema?: unknown } | null)?.schema;
  if (found === ATLAS_SCHEMA) return;
  // a file from before the field existed (v1) has none: say so rather than "undefined"
  throw new AtlasLoadError('version', 'data/atlas.json', typeof found === 'string' ? found.slice(0, 80) : found === undefined ? 'v1' : typeof found);
}

const buildOf = (x: unknown) => (x as { build?: unknown }).build;

export async function loadAtlas(baseUrl: string, options: LoadOptions = {}): Promise<Atlas> {
  const { fetchImpl = fetch, timeoutMs = defaultTimeout(), onLand } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let attempt = 0; ; attempt++) {
      const files = DATA_FILES.map((name) =>
        fetchJson(new URL(`data/${name}`, baseUrl), `data/${name}`, fetchImpl, controller.signal, attempt > 0, timeoutMs));
      // The land file is the smallest: the map may draw it while the rest arrives (checked like the
      // rest first, once: its result is reported below in the files' order).
      const landChecked = files[DATA_FILES.indexOf('land.topo.json')].then((land) => v.safeParse(landTopoSchema, land));
      landChecked.catch(() => {}); // a failed fetch is reported through Promise.all below
      if (onLand && attempt === 0) landChecked.then((r) => { if (r.success) onLand(decodeLand(r.output as never)); }, () => {});
      const [json, topo, land] = await Promise.all(files);
      checkVersion(json);
      const atlas = check(atlasSchema, json, 'data/atlas.json');
      const counties = check(countyTopoSchema, topo, 'data/atlas.topo.json');
      const provinces = checked(await landChecked, 'data/land.topo.json');
      // The build stamps every file of a set with one id (scripts/build/write-atomic.ts).
      const ids = new Set([json, topo, land].map(buildOf));
      if (ids.size > 1) {
        if (attempt < MIXED_RETRIES) continue;
        throw new AtlasLoadError('mixed', 'data/');
      }
      const rows = new Set(atlas.counties.map((c) => c.adcode));
      const orphan = counties.objects.counties.geometries.findIndex((g) => !rows.has(g.properties.adcode));
      if (orphan >= 0) throw new AtlasLoadError('shape', 'data/atlas.topo.json', `objects.counties.geometries[${orphan}].properties.adcode`);
      return decodeAtlas(atlas, counties as never, provinces as never);
    }
  } finally {
    clearTimeout(timer);
  }
}
