/**
 * The fitted intercity speed (scripts/build/commute/road-fit.ts) and the road calibration rows
 * (road-calibration.ts) on exact fixtures: straight legs on the equator far from any core, so the whole leg
 * runs at the intercity regime, detour 1.5, no overhead.
 */
import { describe, expect, it } from 'vitest';
import { bestIntercitySpeed } from '../../scripts/build/commute/road-fit.ts';
import { roadCalibration, roadErrorStats } from '../../scripts/build/commute/road-calibration.ts';
import { roadLeg } from '../../scripts/build/commute/road.ts';
import type { CommuteParams, ModelParams } from '../../scripts/build/commute/params.ts';
import { commuteParamsSchema } from '../../scripts/build/schemas/commute-params.ts';

const KM_PER_DEG = (2 * Math.PI * 6371.0088) / 360;
const at = (eastKm: number): [number, number] => [eastKm / KM_PER_DEG, 0];
const FAR_CORE = at(-1000);
const road = (kmh: number) => ({ road: { urban: { speedKmh: 30, detourFactor: 1.5 }, urbanSpeedByCircle: {}, intercity: { speedKmh: kmh, detourFactor: 1.5 }, urbanRadiusKm: 10, legOverheadMin: 0 } }) as unknown as ModelParams;
const minutesAt = (kmh: number, r: { km: number }) => roadLeg(at(0), at(r.km), FAR_CORE, road(kmh)).minutes;

describe('the fitted intercity speed', () => {
  it('recovers 90 km/h from pairs timed exactly at 90 km/h: 60 km × 1.5 = 60 min, 30 km = 30 min', () => {
    expect(bestIntercitySpeed([{ km: 60, minutes: 60 }, { km: 30, minutes: 30 }], minutesAt)).toBe(90);
  });

  it('weighs relative, not absolute, error: 60 min and 45 min for 60 km settle at 107 km/h, nearer 120 than 90 (the shorter time counts more)', () => {
    const v = bestIntercitySpeed([{ km: 60, minutes: 60 }, { km: 60, minutes: 45 }], minutesAt);
    // the model is 5400/v min; Σ((5400/v − m)/m)² is least at v = 5400·(1/60² + 1/45²)/(1/60 + 1/45) ≈ 107.1 → 107 on the grid
    expect(v).toBe(107);
  });

  it('refuses to fit without pairs', () => {
    expect(() => bestIntercitySpeed([], minutesAt)).toThrow(/no fitted pairs/);
  });
});

describe('the road calibration rows', () => {
  const cfg = { roadTimes: [
    { id: 'timed', circle: 'c', from: 'place:a', to: 'place:b', minutes: 50, fitted: true },
    { id: 'held', circle: 'c', from: 'place:a', to: 'place:c', minutes: 40, fitted: false },
    { id: 'at-least', circle: 'c', from: 'place:a', to: 'place:b', minutes: 70, fitted: false, bound: 'lower' },
  ] } as unknown as CommuteParams;
  const points: Record<string, [number, number]> = { 'place:a': at(0), 'place:b': at(60), 'place:c': at(30) };
  const rows = roadCalibration(cfg, road(90), (ref) => points[ref], () => FAR_CORE);

  it('give the model minutes and the signed error: 60 km at 90 km/h × 1.5 = 60 min against 50 sourced is +20 %', () => {
    expect(rows[0]).toMatchObject({ id: 'timed', sourced: 50, model: 60, errorPct: 20, fitted: true });
    expect(rows[1]).toMatchObject({ id: 'held', model: 30, errorPct: -25, fitted: false });
  });

  it('judge a lower bound as met or not (60 min against "at least 70": not met) and leave it out of the error statistics', () => {
    expect(rows[2]).toMatchObject({ bound: 'lower', meetsBound: false });
    expect(roadErrorStats(rows)).toEqual({ pairs: 2, meanAbsPct: 22.5, maxAbsPct: 25 });
  });
});

describe('a sourced road time in commute-params.json', () => {
  const record = { id: 'r', circle: 'c', from: 'place:a', to: 'place:b', minutes: 40, note: 'fixture',
    sources: [{ url: 'https://example.org/a', date: '2016-11-10', what: { zh: '甲', en: 'a' } }] };
  const parse = (r: object) => commuteParamsSchema.shape.roadTimes.element.safeParse(r);

  it('may be a lower bound held out of the fit', () => {
    expect(parse({ ...record, fitted: false, bound: 'lower' }).success).toBe(true);
  });

  it('is refused as a lower bound that sets a parameter, naming the field', () => {
    const r = parse({ ...record, fitted: true, bound: 'lower' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['fitted']);
    expect(r.error?.issues[0].message).toMatch(/lower bound cannot set a parameter/);
  });
});
