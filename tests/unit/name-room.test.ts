/**
 * Unit tier: room for the circle names in the whole view (src/lib/map/name-room.ts): the fit widens
 * its padding on the side where a name centred on its label point would cross the canvas edge.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeAtlas } from '../../src/lib/data/decode-atlas.ts';
import { cameraFor } from '../../src/lib/map/camera.ts';
import { nameEms, nameOverhang } from '../../src/lib/map/name-room.ts';
import { circleNameSizePx } from '../../src/lib/map/place-layers.ts';

const read = (name: string) => JSON.parse(readFileSync(`public/data/${name}`, 'utf8'));
const atlas = decodeAtlas(read('atlas.json'), read('atlas.topo.json'), read('land.topo.json'));

describe('room for the circle names', () => {
  it('a Chinese name is one line of 1 em a character; an English one wraps to the layer width (two lines at most)', () => {
    expect(nameEms('成都都市圈', 'zh')).toBe(5);
    expect(nameEms("Xi'an", 'en')).toBeCloseTo(5 * 0.55, 9);
    // 27 letters: 14.9 em on one line, wrapped at max(8, 0.36 × 27) = 9.72 em
    expect(nameEms('Chengdu Metropolitan Circle', 'en')).toBeCloseTo(9.72, 9);
  });

  it('asks for room only on the side a name would cross, by how far it would cross', () => {
    const zoom = 3, width = 390, px = circleNameSizePx(zoom);
    const world = 512 * 2 ** zoom;
    // a name 10 em wide whose label point sits 20 px from the left edge
    const lng = (20 - width / 2) / world * 360;
    const over = nameOverhang([{ at: [lng, 30], ems: 10 }], 0, zoom, width);
    expect(over.right).toBe(0);
    expect(over.left).toBe(Math.ceil((10 * px) / 2 + 6 - 20));
    // in the middle of the canvas: no room needed
    expect(nameOverhang([{ at: [0, 30], ems: 10 }], 0, zoom, width)).toEqual({ left: 0, right: 0 });
    // the mirror image on the right
    expect(nameOverhang([{ at: [-lng, 30], ems: 10 }], 0, zoom, width)).toEqual({ left: 0, right: over.left });
  });

  it("the whole view carries every circle's name in the reader's language; other views and a call without one carry none", () => {
    const en = cameraFor(atlas, { kind: 'home' }, 'en');
    expect(en && 'names' in en ? en.names?.length : 0).toBe(atlas.circles.length);
    const chengdu = en && 'names' in en ? en.names!.find((n) => n.ems > 9) : undefined;
    expect(chengdu, 'a long English name').toBeDefined();
    expect(cameraFor(atlas, { kind: 'home' })).not.toHaveProperty('names');
    expect(cameraFor(atlas, { kind: 'circle', id: atlas.circles[0].id }, 'en')).not.toHaveProperty('names');
  });
});
