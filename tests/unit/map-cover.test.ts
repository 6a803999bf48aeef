/**
 * Unit tier: camera padding from what covers the map (src/lib/map/map-cover.ts, issue 12 item 4).
 * A panel at the right leaves the left strip, a sheet at the bottom leaves the top one, and a cover
 * that leaves no usable strip (or lies outside the map) changes nothing but the margin.
 */
import { describe, expect, it } from 'vitest';
import { coverPadding, coversPadding } from '../../src/lib/map/map-cover.ts';

const map = { left: 384, top: 0, right: 1280, bottom: 800 };

describe('coverPadding', () => {
  it('a panel at the right edge pads the right by the panel width plus the margin', () => {
    const panel = { left: 930, top: 13, right: 1267, bottom: 420 };
    expect(coverPadding(map, panel, 40)).toEqual({ top: 40, right: 1280 - 930 + 40, bottom: 40, left: 40 });
  });

  it('a sheet along the bottom of a phone map pads the bottom up to the sheet', () => {
    const phone = { left: 0, top: 0, right: 390, bottom: 490 };
    const sheet = { left: 8, top: 260, right: 382, bottom: 482 };
    expect(coverPadding(phone, sheet, 24)).toEqual({ top: 24, right: 24, bottom: 490 - 260 + 24, left: 24 });
  });

  it('a cover outside the map, or none, gives the even margin', () => {
    expect(coverPadding(map, { left: 0, top: 0, right: 380, bottom: 800 }, 40)).toEqual({ top: 40, right: 40, bottom: 40, left: 40 });
    expect(coverPadding(map, null, 24)).toEqual({ top: 24, right: 24, bottom: 24, left: 24 });
  });

  it('a cover that leaves no strip wide enough to show anything is ignored', () => {
    const almostAll = { left: map.left + 50, top: 30, right: map.right - 50, bottom: map.bottom - 30 };
    expect(coverPadding(map, almostAll, 20)).toEqual({ top: 20, right: 20, bottom: 20, left: 20 });
  });

  it('the largest free strip wins: a tall narrow panel at the left leaves the right', () => {
    const panel = { left: 384, top: 0, right: 700, bottom: 800 };
    expect(coverPadding(map, panel, 10)).toEqual({ top: 10, right: 10, bottom: 10, left: 700 - 384 + 10 });
  });
});

describe('coversPadding (a detail panel and the open legend together)', () => {
  const panel = { left: 930, top: 13, right: 1267, bottom: 480 };
  const legend = { left: 394, top: 300, right: 596, bottom: 771 };

  it('one cover gives the same padding as coverPadding, none the even margin', () => {
    expect(coversPadding(map, [panel], 40)).toEqual(coverPadding(map, panel, 40));
    expect(coversPadding(map, [], 24)).toEqual({ top: 24, right: 24, bottom: 24, left: 24 });
  });

  it('the panel pads the right and the legend the left, so the target sits between them', () => {
    expect(coversPadding(map, [legend, panel], 40)).toEqual({ top: 40, right: 1280 - 930 + 40, bottom: 40, left: 596 - 384 + 40 });
  });

  it('a cover inside the part already padded for a bigger one adds nothing', () => {
    const small = { left: 1000, top: 500, right: 1200, bottom: 700 };
    expect(coversPadding(map, [panel, small], 40)).toEqual(coverPadding(map, panel, 40));
  });
});
