import { describe, expect, it } from 'vitest';
import { lowerState, nextState, raiseForPanel, sheetHeights, snapState } from '../../src/lib/panels/sheet-state.ts';

describe('the phone bottom sheet states', () => {
  it('the handle cycles peek, half, full and back to peek', () => {
    expect([nextState('peek'), nextState('half'), nextState('full')]).toEqual(['half', 'full', 'peek']);
  });
  it('Escape lowers one step and stops at peek', () => {
    expect([lowerState('full'), lowerState('half'), lowerState('peek')]).toEqual(['half', 'peek', 'peek']);
  });
  it('a detail panel raises a peeking sheet to half and leaves a higher one alone', () => {
    expect([raiseForPanel('peek'), raiseForPanel('half'), raiseForPanel('full')]).toEqual(['half', 'half', 'full']);
  });
  it('heights grow from peek to full and full leaves a strip of map on a 844 px phone', () => {
    const h = sheetHeights(844, 150);
    expect(h).toEqual({ peek: 150, half: 422, full: 780 });
  });
  it('a slow drag snaps to the nearest height, a flick moves one step its way', () => {
    const h = sheetHeights(844, 150);
    expect(snapState(200, h, 'peek')).toBe('peek');
    expect(snapState(390, h, 'peek')).toBe('half');
    expect(snapState(700, h, 'half')).toBe('full');
    expect(snapState(300, h, 'peek', -0.9)).toBe('half');
    expect(snapState(770, h, 'full', -0.9)).toBe('full');
    expect(snapState(600, h, 'full', 0.9)).toBe('half');
  });
});
