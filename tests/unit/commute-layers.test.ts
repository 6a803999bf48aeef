/** The commute choropleth spec: on the counties source, classes at 30/60/90/120, data from the result. */
import { describe, expect, it } from 'vitest';
import { COMMUTE_COLORS, COMMUTE_LAYER, commuteClass, commuteColor, commuteLayers, minutesExpression } from '../../src/lib/map/commute-layers.ts';
import { SOURCES } from '../../src/lib/map/county-layers.ts';
import type { CountyCommute } from '../../src/lib/data/commute-types.ts';

const trip = { origin: { ref: 'county:000000', point: [0, 0] as [number, number] }, legs: [], legsWithConstruction: [] };
const counties: CountyCommute[] = [
  { adcode: '370102', circle: 'a', minutes: 16, mode: 'road', minutesWithConstruction: 16, modeWithConstruction: 'road', ...trip },
  { adcode: '370126', circle: 'a', minutes: 84, mode: 'road', minutesWithConstruction: 41, modeWithConstruction: 'rail', viaWithConstruction: ['s1', 's2'], ...trip },
];
// 370126 is in circle b too, nearer to b's core.
const shared: CountyCommute[] = [...counties, { adcode: '370126', circle: 'b', minutes: 50, mode: 'road', minutesWithConstruction: 50, modeWithConstruction: 'road', ...trip }];

describe('commute layer spec', () => {
  it('classes: ≤30 → 0, 31–60 → 1, 61–90 → 2, 91–120 → 3, >120 → 4', () => {
    expect([0, 30, 31, 60, 61, 90, 91, 120, 121, 500].map(commuteClass)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
  it('one fill layer on the counties source', () => {
    const [l] = commuteLayers(counties, false);
    expect(l).toMatchObject({ id: COMMUTE_LAYER, type: 'fill', source: SOURCES.counties });
  });
  it('a county in two circles gets one time: that of the selected circle, or of the nearer core in the overview', () => {
    // a repeated adcode in a match expression is a style error ("Branch labels must be unique")
    expect(minutesExpression(shared, false)).toEqual(['match', ['get', 'adcode'], '370102', 16, '370126', 50, -1]);
    expect(minutesExpression(shared, false, 'a')).toEqual(['match', ['get', 'adcode'], '370102', 16, '370126', 84, -1]);
    expect(minutesExpression(shared, false, 'b')).toEqual(['match', ['get', 'adcode'], '370102', 16, '370126', 50, -1]);
    expect(JSON.stringify((commuteLayers(shared, false)[0] as { filter: unknown }).filter)).toBe(JSON.stringify(['in', ['get', 'adcode'], ['literal', ['370102', '370126']]]));
  });
  it('minutes follow the construction switch', () => {
    expect(minutesExpression(counties, false)).toEqual(['match', ['get', 'adcode'], '370102', 16, '370126', 84, -1]);
    expect(minutesExpression(counties, true)).toEqual(['match', ['get', 'adcode'], '370102', 16, '370126', 41, -1]);
  });
  it('the colour steps start each class one minute after the stop', () => {
    const e = commuteColor(counties, false) as unknown[];
    expect(e[0]).toBe('step');
    expect(e.slice(2)).toEqual([COMMUTE_COLORS[0], 31, COMMUTE_COLORS[1], 61, COMMUTE_COLORS[2], 91, COMMUTE_COLORS[3], 121, COMMUTE_COLORS[4]]);
  });
});
