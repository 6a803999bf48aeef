/**
 * Camera moves for parks and stations (list, search and permalink all use these, so a park opened
 * any way lands in the same view). A park is fitted to its accuracy ring, so the reader sees how
 * wide the estimate is; a park with no point is fitted to the counties it names.
 */
import { circle } from '@turf/turf';
import type { Atlas } from '../data/decode-atlas.ts';
import type { Park } from '../data/park-types.ts';
import type { Station } from '../data/rail-types.ts';
import { parkCounties } from './park-features.ts';
import { fitTo, getMap } from './map-controller.ts';

export function flyToPark(atlas: Atlas, park: Park, animate = true): void {
  if (park.point) {
    fitTo(circle(park.point, Math.max(park.pointAccuracyKm ?? 0, 3), { units: 'kilometers', steps: 16 }), animate);
    return;
  }
  const features = parkCounties(park).map((a) => atlas.byAdcode.get(a)).filter((f) => f !== undefined);
  if (features.length) fitTo({ type: 'FeatureCollection', features }, animate);
}

export function flyToStation(station: Station, animate = true): void {
  const map = getMap();
  if (!map) return;
  map.flyTo({ center: station.point, zoom: Math.max(map.getZoom(), 10), duration: animate ? 600 : 0 });
}
