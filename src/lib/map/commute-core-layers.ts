/**
 * The core centres the commute times end at (issue 13: "the core point is drawn on the map when the
 * commute layer is on"): one point per circle from atlas.json `commute.circles[].core` (geodata/places.json,
 * kind core), a marker and a label. Pure.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { CommuteResult } from '../data/commute-types.ts';
import type { Lang } from '../state/permalink.ts';
import { LABEL_FONTS, type Theme } from './theme.ts';

export const COMMUTE_CORE_SOURCE = 'commute-core';

export function commuteCorePoints(c: CommuteResult): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: c.circles.flatMap((x) => (x.core ? [{
      type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: x.core.point },
      properties: { circle: x.id, labelZh: `${x.core.name.zh}·中心`, labelEn: `${x.core.name.en} centre` },
    }] : [])),
  };
}

export function commuteCoreLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  return [
    {
      id: 'commute-core-point', type: 'circle', source: COMMUTE_CORE_SOURCE,
      paint: { 'circle-radius': 6, 'circle-color': '#ffffff', 'circle-stroke-color': theme.selected, 'circle-stroke-width': 3 },
    },
    {
      id: 'commute-core-label', type: 'symbol', source: COMMUTE_CORE_SOURCE,
      layout: {
        'text-field': lang === 'en' ? ['get', 'labelEn'] : ['get', 'labelZh'], 'text-font': LABEL_FONTS, 'text-size': 12,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'], 'text-radial-offset': 0.9,
      },
      paint: { 'text-color': theme.label, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5 },
    },
  ];
}
