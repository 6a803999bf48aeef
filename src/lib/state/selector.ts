/**
 * One selection (issue 9, item 3): `app.selection` is `{kind, id} | null`, and `select()` is the only
 * way to change it. It owns the panel (App shows the panel of the overlay whose `selects.kind`
 * matches), the history entry (a selection change is pushed: url-sync.ts) and the camera move (the
 * one rule per kind in map/camera.ts). Clicks, search, lists, deep links and Back all come here.
 */
import { getContext, setContext, tick } from 'svelte';
import type { Atlas } from '../data/decode-atlas.ts';
import { cameraFor, moveCamera, type CameraSubject } from '../map/camera.ts';
import type { MapContext } from '../map/map-context.svelte.ts';
import { app } from './app-state.svelte.ts';
import type { Selection } from './permalink.ts';

/** Is the selected thing inside the circle? (A switch to a circle drops a selection outside it.) */
export function inCircle(atlas: Atlas, sel: Selection, circle: string): boolean {
  const member = (adcode: string) => atlas.memberships.get(adcode)?.some((m) => m.circle === circle) ?? false;
  switch (sel.kind) {
    case 'county': return member(sel.id);
    case 'park': return atlas.json.parks.find((p) => p.id === sel.id)?.circles.includes(circle) ?? false;
    case 'station': { const s = atlas.json.rail.stations.find((x) => x.id === sel.id); return s ? member(s.adcode) : false; }
  }
}

export class Selector {
  constructor(private readonly map: MapContext, private readonly atlas: () => Atlas | null) {}

  /** Show `sel` (null closes the panel); the camera follows unless `camera: false`. */
  select(sel: Selection | null, { camera = true, animate = true } = {}): void {
    app.selection = sel;
    if (sel && camera) this.look(sel, animate);
  }

  /** Choose a circle (null = overview); a selection outside the new circle is dropped. */
  selectCircle(id: string | null, { camera = true, animate = true } = {}): void {
    const atlas = this.atlas();
    if (id !== app.circle) { app.add = []; app.drop = []; } // a what-if edit belongs to its circle
    app.circle = id;
    if (id && atlas && app.selection && !inCircle(atlas, app.selection, id)) app.selection = null;
    if (camera) this.look(id ? { kind: 'circle', id } : { kind: 'home' }, animate);
  }

  /** The camera for what the state shows: the selection, else the circle, else all circles. */
  follow(animate: boolean): void {
    this.look(app.selection ?? (app.circle ? { kind: 'circle', id: app.circle } : { kind: 'home' }), animate);
  }

  look(subject: CameraSubject, animate = true): void {
    // After the DOM update: the panel this selection opens must be on the page, since the camera
    // reads its rectangle to keep the selection out from under it (map-cover.ts).
    this.map.whenReady((map) => void tick().then(() => {
      const atlas = this.atlas();
      const target = atlas && cameraFor(atlas, subject, app.lang);
      if (target) moveCamera(map, target, animate, !('id' in subject && subject.kind !== 'circle'));
    }));
  }
}

const KEY = Symbol('selector');
export function provideSelector(selector: Selector): Selector { return setContext(KEY, selector); }
export function useSelector(): Selector {
  const s = getContext<Selector | undefined>(KEY);
  if (!s) throw new Error('useSelector(): no selector; call it inside a component under App');
  return s;
}

/** The context a component under App sees, for rendering one alone (tests, server rendering). */
export function selectorContext(selector: Selector): Map<symbol, Selector> { return new Map([[KEY, selector]]); }
