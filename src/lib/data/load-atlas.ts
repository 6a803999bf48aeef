/** Fetches the generated data from the page's own origin and decodes it. */
import { decodeAtlas, type Atlas } from './decode-atlas.ts';

export const DATA_FILES = ['atlas.json', 'atlas.topo.json', 'land.topo.json'] as const;

export async function loadAtlas(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<Atlas> {
  const [json, topo, land] = await Promise.all(
    DATA_FILES.map(async (name) => {
      const res = await fetchImpl(new URL(`data/${name}`, baseUrl));
      if (!res.ok) throw new Error(`data/${name}: HTTP ${res.status}`);
      return res.json();
    }),
  );
  return decodeAtlas(json, topo, land);
}
