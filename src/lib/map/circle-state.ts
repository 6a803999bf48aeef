/**
 * The selected circle on the county source as feature-state (issue 11, "Performance that must hold":
 * click → idle). MapLibre re-tiles a whole source in its worker whenever a filter or a data-driven
 * paint expression of one of its layers changes (style.ts `_updateLayer` marks the source for
 * reload), so county layers whose expressions named the selected circle re-tiled every county on
 * each circle click. Their expressions now stay the same for every circle (county-layers.ts) and read
 * these per-county flags instead; a click writes the flags of the counties it concerns, which
 * MapLibre applies to the tiles it already has.
 * https://maplibre.org/maplibre-style-spec/expressions/#feature-state
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CountyFeature } from '../data/decode-atlas.ts';
import { SOURCES } from './county-layers.ts';

/**
 * `own`: the selected circle's id if the county is one of its members; `cov`: its coverage in that
 * circle; `picked`: a circle is selected and the county is in two or more (its overlap stripes go).
 */
export interface CircleFlags { own: string | null; cov: string | null; picked: boolean }

/** What the flags are computed from: the county's memberships as decode-atlas.ts writes them. */
export type Memberships = Pick<CountyFeature['properties'], 'adcode' | 'coverageIn' | 'circleCount'>;

const NONE: CircleFlags = { own: null, cov: null, picked: false };

/** The flags of one county for the selected circle (null: the overview). Pure. */
export function circleFlags(county: Omit<Memberships, 'adcode'>, circle: string | null): CircleFlags {
  if (!circle) return NONE;
  const entry = county.coverageIn.split('|').find((e: string) => e.startsWith(`${circle}:`));
  const picked = county.circleCount > 1;
  return entry ? { own: circle, cov: entry.slice(circle.length + 1), picked } : { ...NONE, picked };
}

const same = (a: CircleFlags, b: CircleFlags) => a.own === b.own && a.cov === b.cov && a.picked === b.picked;

/**
 * Returns a setter of the selected circle: it writes the flags of every county whose flags change
 * (the members of the old and the new circle, and the counties in several circles), nothing else.
 */
export function followCircle(map: MapLibreMap, counties: readonly Memberships[]): (circle: string | null) => void {
  let current: string | null = null;
  return (circle) => {
    if (circle === current) return;
    for (const c of counties) {
      const next = circleFlags(c, circle);
      if (!same(next, circleFlags(c, current))) map.setFeatureState({ source: SOURCES.counties, id: c.adcode }, { ...next });
    }
    current = circle;
  };
}
