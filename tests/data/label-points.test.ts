/**
 * Every county's label point (also the start of its commute estimate) lies inside that county and
 * in no other — checked against the unsimplified boundaries of the package, not the drawn ones.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AtlasJson } from '../../src/lib/data/atlas-types.ts';
import { boundaryFile } from '../../scripts/build/boundaries.ts';

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as AtlasJson;
const boundaries = (JSON.parse(readFileSync(boundaryFile(3), 'utf8')).features as Feature<Polygon | MultiPolygon, { gb: string }>[])
  .filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon');
const drawn = new Set(atlas.counties.map((c) => c.adcode));
const neighbours = boundaries.filter((f) => drawn.has(f.properties.gb.slice(3)));

describe('county label points', () => {
  it('each lies inside its own county and inside no other drawn county', () => {
    const wrong: string[] = [];
    for (const c of atlas.counties) {
      const hosts = neighbours.filter((f) => booleanPointInPolygon(c.label, f)).map((f) => f.properties.gb.slice(3));
      if (hosts.length !== 1 || hosts[0] !== c.adcode) wrong.push(`${c.adcode} ${c.name} → [${hosts.join(', ')}]`);
    }
    expect(wrong).toEqual([]);
  });
});
