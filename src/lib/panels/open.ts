/**
 * Opening a search result: parks, stations and counties are selections (selector.ts: panel, history
 * and camera in one place), a circle is chosen, and a prefecture (no panel) is brought into view.
 */
import type { Atlas } from '../data/decode-atlas.ts';
import type { ResultKind } from '../data/search-index.ts';
import type { Selector } from '../state/selector.ts';

export function openResult(selector: Selector, atlas: Atlas, kind: ResultKind, id: string): void {
  if (kind === 'circle') return selector.selectCircle(id);
  if (kind === 'prefecture') return openPrefecture(selector, atlas, id);
  selector.select({ kind, id });
}

/** A prefecture: when all its member counties lie in one circle, that circle is chosen too. */
function openPrefecture(selector: Selector, atlas: Atlas, code: string): void {
  const features = atlas.counties.features.filter((f) => f.properties.prefecture === code);
  if (!features.length) return;
  const circles = new Set(features.flatMap((f) => atlas.memberships.get(f.properties.adcode)?.map((m) => m.circle) ?? []));
  if (circles.size === 1) selector.selectCircle([...circles][0], { camera: false });
  selector.look({ kind: 'prefecture', code });
}
