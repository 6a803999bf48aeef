/**
 * One camera rule per kind of thing shown (issue 9, item 3): clicks, search, lists, deep links and
 * Back all ask `cameraFor`, so a park opened any way lands in the same view. Pure: a test can check
 * the target without a map; `moveCamera` is the only part that touches MapLibre.
 * A park is fitted to its accuracy ring, so the reader sees how wide the estimate is; a park with no
 * point is fitted to the counties it names.
 */
import { bbox, circle as ring } from '@turf/turf';
import type { Feature } from 'geojson';
import type { LngLatLike, Map as MapLibreMap } from 'maplibre-gl';
import type { Atlas } from '../data/decode-atlas.ts';
import type { Lang, Selection } from '../state/permalink.ts';
import { mapPadding, type Padding } from './map-cover.ts';
import { nameEms, nameOverhang, type NameBox } from './name-room.ts';
import { parkCounties } from './park-features.ts';
import { circleLabelPoint } from './place-features.ts';

type Bbox = [number, number, number, number];
/** `names`: the circle names the fit must keep inside the canvas (the whole view: name-room.ts). */
export type CameraTarget = { bounds: Bbox; maxZoom: number; names?: NameBox[] } | { center: [number, number]; minZoom: number };
/** What the camera can be asked to show; circles, prefectures and the whole view are always fitted. */
export type CameraSubject = Selection | { kind: 'circle'; id: string } | { kind: 'prefecture'; code: string } | { kind: 'home' };

const boxOf = (features: Feature[]): Bbox | null => (features.length ? bbox({ type: 'FeatureCollection', features } as never) as Bbox : null);

/** `lang`: the language the circle names are drawn in, whose room the whole view keeps (name-room.ts). */
export function cameraFor(atlas: Atlas, subject: CameraSubject, lang?: Lang): CameraTarget | null {
  const fit = (b: Bbox | null, maxZoom = 10) => (b ? { bounds: b, maxZoom } : null);
  switch (subject.kind) {
    case 'home': {
      const home = fit(atlas.bounds);
      return home && lang && atlas.circles ? { ...home, names: circleNames(atlas, lang) } : home;
    }
    case 'circle': return fit(boxOf(atlas.outlines.features.filter((o) => o.properties.circle === subject.id)));
    case 'prefecture': return fit(boxOf(atlas.counties.features.filter((f) => f.properties.prefecture === subject.code)));
    case 'county': { const f = atlas.byAdcode.get(subject.id); return fit(f ? boxOf([f]) : null); }
    case 'station': {
      const s = atlas.json.rail.stations.find((x) => x.id === subject.id);
      return s ? { center: s.point, minZoom: 10 } : null;
    }
    case 'park': {
      const park = atlas.json.parks.find((p) => p.id === subject.id);
      if (!park) return null;
      if (park.point) return fit(boxOf([ring(park.point, Math.max(park.pointAccuracyKm ?? 0, 3), { units: 'kilometers', steps: 16 })]));
      return fit(boxOf(parkCounties(park).map((a) => atlas.byAdcode.get(a)).filter((f) => f !== undefined)));
    }
  }
}

const lngOf = (c: LngLatLike): number => (Array.isArray(c) ? c[0] : 'lng' in c ? c.lng : c.lon);

function circleNames(atlas: Atlas, lang: Lang): NameBox[] {
  return atlas.circles.flatMap((c) => {
    const at = circleLabelPoint(atlas, c.id);
    return at ? [{ at, ems: nameEms(lang === 'en' ? c.name.en : c.name.zh, lang) }] : [];
  });
}

/** Zoom levels a view may sit below the rule's zoom and still count as showing the target. */
const NEAR_ENOUGH = 3;

/**
 * Moves to the target, unless it is already wholly in view at a zoom near the rule's: a click on a
 * county already on screen does not throw the reader's view around; a search result far away does move.
 * Circles and the whole view are always fitted (`force`): choosing one is asking for that view.
 * "In view" means in the part of the map no panel covers (map-cover.ts, issue 12 item 4): a target
 * under the panel is panned out from under it at the reader's zoom when it fits there, else fitted.
 * The padding goes into the computed centre, not into the map's own padding, so `getCenter()` (and
 * the permalink's camera) stays the middle of the canvas.
 */
export function moveCamera(map: MapLibreMap, target: CameraTarget, animate = true, force = false): void {
  const duration = animate ? 600 : 0;
  const container = map.getContainer();
  // room around the shape on wide screens, plus what the panel covers
  const padding = mapPadding(container, container.clientWidth > 700 ? 40 : 24);
  const point = 'center' in target;
  const [w, s, e, n] = point ? [...target.center, ...target.center] : target.bounds;
  const zoom = map.getZoom();
  // a point keeps the reader's zoom, or the rule's minimum when the reader is further out
  const maxZoom = point ? Math.max(zoom, target.minZoom) : target.maxZoom;
  let fitted = map.cameraForBounds([[w, s], [e, n]], { padding, maxZoom });
  if (!fitted || fitted.zoom === undefined) return;
  // the circle names of the whole view kept inside the canvas: once more with room where one crossed
  const names = !point && target.names;
  if (names && fitted.center) {
    const over = nameOverhang(names, lngOf(fitted.center), fitted.zoom, container.clientWidth);
    if (over.left || over.right) {
      const wider = { ...padding, left: padding.left + over.left, right: padding.right + over.right };
      fitted = map.cameraForBounds([[w, s], [e, n]], { padding: wider, maxZoom }) ?? fitted;
      if (fitted.zoom === undefined) return;
    }
  }
  const near = point ? zoom >= target.minZoom - NEAR_ENOUGH : Math.abs(zoom - fitted.zoom) <= NEAR_ENOUGH;
  if (!force && near && inFreePart(map, [w, s, e, n], mapPadding(container, 0))) return;
  // pan only when the reader's zoom already shows the whole shape in the free part
  const pan = !force && !point && near && zoom <= fitted.zoom;
  if (pan) map.easeTo({ ...(map.cameraForBounds([[w, s], [e, n]], { padding, maxZoom: zoom }) ?? fitted), duration });
  else map.flyTo({ ...fitted, duration });
}

/** Is the box on screen, outside the padded (covered) edges of the map? */
function inFreePart(map: MapLibreMap, [w, s, e, n]: Bbox, pad: Padding): boolean {
  const c = map.getContainer();
  const a = map.project([w, n]), b = map.project([e, s]);
  return Math.min(a.x, b.x) >= pad.left && Math.max(a.x, b.x) <= c.clientWidth - pad.right
    && Math.min(a.y, b.y) >= pad.top && Math.max(a.y, b.y) <= c.clientHeight - pad.bottom;
}
