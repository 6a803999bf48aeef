/**
 * Unit tier: a county in two circles (CONTRACT.md: "an adcode may be a member of several circles").
 * The fixture takes the built data and adds the first member of one circle to the next one.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import CountyPanel from '../../src/lib/panels/CountyPanel.svelte';
import { MapContext } from '../../src/lib/map/map-context.svelte.ts';
import { app } from '../../src/lib/state/app-state.svelte.ts';
import { Selector, inCircle, selectorContext } from '../../src/lib/state/selector.ts';
import type { AtlasJson } from '../../src/lib/data/atlas-types.ts';
import { loadAtlas } from './load-built-atlas.ts';

const plain = loadAtlas();
const [A, B] = plain.circles;
const shared = A.members.find((m) => m.coverage === 'whole')!.adcode;
const onlyA = A.members.find((m) => m.adcode !== shared && !B.members.some((b) => b.adcode === m.adcode))!.adcode;
const atlas = loadAtlas((json: AtlasJson) => ({
  ...json,
  circles: json.circles.map((c) => (c.id === B.id ? { ...c, members: [...c.members, { ...A.members.find((m) => m.adcode === shared)!, coverage: 'partial' as const }] } : c)),
}));

describe('a county in two circles', () => {
  it('keeps both memberships, in display order, each with its own coverage', () => {
    expect(atlas.memberships.get(shared)).toEqual([{ circle: A.id, coverage: 'whole' }, { circle: B.id, coverage: 'partial' }]);
    const p = atlas.byAdcode.get(shared)!.properties;
    expect(p).toMatchObject({ circle: A.id, circleCount: 2, memberOf: `|${A.id}|${B.id}|`, coverageIn: `|${A.id}:whole|${B.id}:partial|` });
    expect(atlas.byAdcode.get(onlyA)!.properties).toMatchObject({ circleCount: 1, memberOf: `|${A.id}|` });
  });

  it('its panel names every circle it is in, in both languages', () => {
    const context = selectorContext(new Selector(new MapContext(), () => atlas));
    app.lang = 'zh';
    const zh = render(CountyPanel, { props: { atlas, id: shared }, context }).body;
    expect(zh).toContain(`${A.name.zh}和${B.name.zh}`);
    app.lang = 'en';
    const en = render(CountyPanel, { props: { atlas, id: shared }, context }).body;
    expect(en).toContain(`${A.name.en} and ${B.name.en}`);
    app.lang = 'zh';
  });

  it('a switch to a circle drops a selection outside it and keeps one inside it', () => {
    const selector = new Selector(new MapContext(), () => atlas);
    expect(inCircle(atlas, { kind: 'county', id: shared }, B.id)).toBe(true);
    expect(inCircle(atlas, { kind: 'county', id: onlyA }, B.id)).toBe(false);
    selector.select({ kind: 'county', id: shared });
    selector.selectCircle(B.id);
    expect(app.selection).toEqual({ kind: 'county', id: shared });
    selector.select({ kind: 'county', id: onlyA });
    selector.selectCircle(B.id);
    expect(app.selection).toBeNull();
    expect(app.circle).toBe(B.id);
  });

  it('the whole view is the bounds atlas.json gives, or else the bbox of all outlines', () => {
    const [w, s, e, n] = plain.bounds;
    expect(w).toBeLessThan(e);
    expect(s).toBeLessThan(n);
    for (const c of plain.circles) {
      const f = plain.byAdcode.get(c.members[0].adcode)!;
      const [x, y] = f.properties.label;
      expect(x >= w && x <= e && y >= s && y <= n, c.id).toBe(true);
    }
  });
});
