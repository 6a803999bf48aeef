/** The decoded atlas of the built data (npm test runs the build first). */
import { readFileSync } from 'node:fs';
import { decodeAtlas, type Atlas } from '../../src/lib/data/decode-atlas.ts';
import type { AtlasJson } from '../../src/lib/data/atlas-types.ts';

const read = (name: string) => JSON.parse(readFileSync(`public/data/${name}`, 'utf8'));

export function loadAtlas(patch: (json: AtlasJson) => AtlasJson = (j) => j): Atlas {
  return decodeAtlas(patch(read('atlas.json') as AtlasJson), read('atlas.topo.json'), read('land.topo.json'));
}
