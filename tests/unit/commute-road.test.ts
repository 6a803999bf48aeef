/**
 * The two-regime road model (scripts/build/commute/road.ts) on exact fixtures on the equator:
 * urban 30 km/h × detour 1.5 inside a 10 km radius of the core centre, intercity 90 km/h × 1.5 outside,
 * 4 min of overhead per leg.
 */
import { describe, expect, it } from 'vitest';
import { kmWithin, roadLeg } from '../../scripts/build/commute/road.ts';
import { paramsForCircle, type ModelParams } from '../../scripts/build/commute/params.ts';

const KM_PER_DEG = (2 * Math.PI * 6371.0088) / 360;
const at = (eastKm: number, northKm = 0): [number, number] => [eastKm / KM_PER_DEG, northKm / KM_PER_DEG];
const p = { road: { urban: { speedKmh: 30, detourFactor: 1.5 }, intercity: { speedKmh: 90, detourFactor: 1.5 }, urbanRadiusKm: 10, legOverheadMin: 4 } };

describe('road legs with an urban and an intercity regime', () => {
  it('measures the part of a straight line inside the urban radius', () => {
    expect(kmWithin(at(-60), at(0), at(0), 10)).toBeCloseTo(10, 4);
    expect(kmWithin(at(-30), at(30), at(0), 10)).toBeCloseTo(20, 4);
    expect(kmWithin(at(-30, 20), at(30, 20), at(0), 10)).toBe(0);
    expect(kmWithin(at(-30, 6), at(30, 6), at(0), 10)).toBeCloseTo(16, 4); // chord 2·√(10² − 6²)
  });

  it('an expressway pair: 60 km from a county seat to the centre = 4 + 10 km urban (30 min) + 50 km intercity (50 min) = 84 min', () => {
    expect(roadLeg(at(60), at(0), at(0), p).minutes).toBeCloseTo(84, 4);
  });

  it('a leg far from the core is all intercity: 30 km between two towns = 4 + 30 = 34 min', () => {
    expect(roadLeg(at(100), at(130), at(0), p)).toMatchObject({ urbanKm: 0 });
    expect(roadLeg(at(100), at(130), at(0), p).minutes).toBeCloseTo(34, 4);
  });

  it('a leg inside the city is all urban: 6 km across the centre = 4 + 18 = 22 min', () => {
    expect(roadLeg(at(-3), at(3), at(0), p).minutes).toBeCloseTo(22, 4);
  });

  it("a circle's own city speed replaces the urban speed for its trips only: 6 km across the centre at 45 km/h = 4 + 12 = 16 min, another circle keeps 22", () => {
    const model = { ...p, road: { ...p.road, urbanSpeedByCircle: { fast: 45 } } } as unknown as ModelParams;
    expect(roadLeg(at(-3), at(3), at(0), paramsForCircle(model, 'fast')).minutes).toBeCloseTo(16, 4);
    expect(roadLeg(at(-3), at(3), at(0), paramsForCircle(model, 'other')).minutes).toBeCloseTo(22, 4);
    // the intercity regime is untouched: the 60 km expressway pair is 4 + 10 × 1.5 ÷ 45 × 60 (20) + 50 = 74 min
    expect(roadLeg(at(60), at(0), at(0), paramsForCircle(model, 'fast')).minutes).toBeCloseTo(74, 4);
  });
});
