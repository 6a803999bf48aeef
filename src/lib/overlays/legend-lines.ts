/**
 * Legend lines of each overlay, as data (legend-model.ts). Colours are read from the same constants
 * the style functions use, so the map and its key cannot drift.
 */
import type { Atlas } from '../data/decode-atlas.ts';
import { t } from '../i18n/t.ts';
import { COMMUTE_COLORS, COMMUTE_STOPS } from '../map/commute-layers.ts';
import { PARK_KIND_STYLE, PARK_KINDS } from '../map/park-layers.ts';
import { RAIL_KIND_STYLE, RAIL_KINDS, STATION_MIN_ZOOM } from '../map/rail-layers.ts';
import { SEAT_MIN_ZOOM } from '../map/place-layers.ts';
import { THEME } from '../map/theme.ts';
import { kindKey, lineKindKey } from '../panels/park-text.ts';
import type { ParkKind } from '../data/park-types.ts';
import { legendColour, type LegendInput, type LegendItem, type Swatch } from './legend-model.ts';

export function countyLegend(atlas: Atlas, s: LegendInput): LegendItem[] {
  const c = legendColour(atlas, s.circle);
  const shown = s.circle ? [] : atlas.circles.filter((x) => !s.circlesInView || s.circlesInView.includes(x.id));
  const overlaps = !s.circle && atlas.counties.features.some((f) => f.properties.circleCount > 1);
  return [
    ...shown.map((x) => ({ id: `circle-${x.id}`, label: x.name[s.lang], swatch: { kind: 'fill', color: x.color, opacity: 0.5 } }) as LegendItem),
    { id: 'whole', label: t(s.lang, 'legendWhole'), swatch: { kind: 'fill', color: c, opacity: 0.5 } },
    { id: 'partial', label: t(s.lang, 'legendPartial'), swatch: { kind: 'fill', color: c, opacity: 0.5, pattern: 'hatch' } },
    { id: 'extended', label: t(s.lang, 'legendExtended'), swatch: { kind: 'fill', color: c, opacity: 0.2 } },
    ...(overlaps ? [{ id: 'overlap', label: t(s.lang, 'legendOverlap'), swatch: { kind: 'fill', color: c, opacity: 0.5, pattern: 'cross' } } as LegendItem] : []),
    { id: 'prefecture', label: t(s.lang, 'legendPrefecture'), swatch: { kind: 'line', color: THEME.prefectureLine, width: 1.5, dashed: true } },
  ];
}

export function outlineLegend(atlas: Atlas, s: LegendInput): LegendItem[] {
  return [{ id: 'outline', label: t(s.lang, 'legendOutline'), swatch: { kind: 'line', color: legendColour(atlas, s.circle), width: 2.5 } }];
}

export function placeLegend(_atlas: Atlas, s: LegendInput): LegendItem[] {
  return [
    { id: 'core', label: t(s.lang, 'legendCore'), swatch: { kind: 'dot', color: THEME.label, stroke: '#ffffff', size: 9 } },
    { id: 'seat', label: t(s.lang, 'legendSeat'), swatch: { kind: 'dot', color: '#ffffff', stroke: THEME.label, size: 7 }, fromZoom: SEAT_MIN_ZOOM },
  ];
}

/** A park kind's marker as a swatch: the map's shape, fill and ring (the park list shows it too). */
export function parkSwatch(k: ParkKind): Swatch {
  const { shape, fill, stroke } = PARK_KIND_STYLE[k];
  return { kind: 'marker', shape, color: fill, stroke, size: 14 };
}

export function parkLegend(_atlas: Atlas, s: LegendInput): LegendItem[] {
  return [
    ...PARK_KINDS.map((k) => ({ id: `park-${k}`, label: t(s.lang, kindKey(k)), swatch: parkSwatch(k) })),
    { id: 'ring', label: t(s.lang, 'legendRing'), swatch: { kind: 'ring' } },
  ];
}

export function railLegend(_atlas: Atlas, s: LegendInput): LegendItem[] {
  return [
    ...RAIL_KINDS.map((k) => ({ id: `rail-${k}`, label: `${t(s.lang, lineKindKey(k))} · ${t(s.lang, 'legendRailOpen')}`, swatch: { kind: 'line', color: RAIL_KIND_STYLE[k].color, width: RAIL_KIND_STYLE[k].width, ...(RAIL_KIND_STYLE[k].core ? { core: RAIL_KIND_STYLE[k].core } : {}) } }) as LegendItem),
    { id: 'rail-construction', label: t(s.lang, 'legendRailConstruction'), swatch: { kind: 'line', color: RAIL_KIND_STYLE.hsr.color, width: 2.5, dashed: true } },
    { id: 'station', label: t(s.lang, 'legendStation'), swatch: { kind: 'dot', color: '#ffffff', stroke: '#1b1b1b', size: 8 }, fromZoom: STATION_MIN_ZOOM },
  ];
}

export function commuteLegend(_atlas: Atlas, s: LegendInput): LegendItem[] {
  const last = COMMUTE_STOPS[COMMUTE_STOPS.length - 1];
  return [
    ...COMMUTE_STOPS.map((n, i) => ({ id: `commute-${i}`, label: t(s.lang, 'commuteClassLe', { n }), swatch: { kind: 'fill', color: COMMUTE_COLORS[i], opacity: 0.92 } }) as LegendItem),
    { id: `commute-${COMMUTE_STOPS.length}`, label: t(s.lang, 'commuteClassGt', { n: last }), swatch: { kind: 'fill', color: COMMUTE_COLORS[COMMUTE_STOPS.length], opacity: 0.92 } },
  ];
}
