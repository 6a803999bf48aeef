/**
 * What tests may know about the data: read from the built public/data/atlas.json (npm test builds it
 * first), never a hand-written circle list. The vocabulary is the one the app uses (overlay registry).
 */
import { readFileSync } from 'node:fs';
import type { AtlasJson } from '../../src/lib/data/atlas-types.ts';
import { OVERLAYS, vocabularyOf } from '../../src/lib/overlays/registry.ts';

export function atlasJson(): AtlasJson {
  return JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as AtlasJson;
}
export const CIRCLE_IDS: readonly string[] = atlasJson().circles.map((c) => c.id);
export const VOCAB = vocabularyOf(OVERLAYS, atlasJson().circles, atlasJson().counties.map((c) => c.adcode), atlasJson().parks);
