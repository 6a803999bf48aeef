import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  coordDecimals, defaultState as emptyDefault, isValidState as validIn, parsePermalink,
  roundCamera, serializePermalink, type Camera, type PermalinkState,
} from '../../src/lib/state/permalink';
import { CIRCLE_IDS, VOCAB } from './data-vocabulary.ts';
import { facetOptions, filterParks, normalizeParkFilter, type ParkFilter } from '../../src/lib/data/park-filter.ts';
import { INDUSTRY_TAGS } from '../../src/lib/data/park-types.ts';

// Circle ids come from the data: C0 and C1 are the first two, whatever they are.
const [C0, C1] = CIRCLE_IDS;
const parse = (url: string) => parsePermalink(url, VOCAB);
const serialize = (s: PermalinkState, base = '/') => serializePermalink(s, base, VOCAB);
const defaultState = () => emptyDefault(VOCAB);
const isValidState = (s: unknown) => validIn(s, VOCAB);
const DEFAULT_STATE = defaultState();
const DESIGN_EXAMPLE = `?circle=${C0}&layers=counties,parks,rail&park=x&lang=en#map=9.5/36.67/117.02`;

describe('parsePermalink examples', () => {
  it('returns the default state for an empty URL, a bare path and a full URL without parameters', () => {
    for (const url of ['', '/', '/atlas/', 'https://example.org/atlas/index.html', '?', '#', '?#']) {
      expect(parse(url)).toEqual(DEFAULT_STATE);
    }
    expect(DEFAULT_STATE.layers).toEqual(['counties', 'outlines', 'labels', 'places', 'parks', 'rail']);
  });

  it('reads the example link from the design document', () => {
    expect(parse(DESIGN_EXAMPLE)).toEqual({
      ...defaultState(),
      camera: { zoom: 9.5, lat: 36.67, lng: 117.02, bearing: 0, pitch: 0 },
      circle: C0,
      layers: ['counties', 'parks', 'rail'],
      selection: { kind: 'park', id: 'x' },
      lang: 'en',
    });
  });

  it('writes the design example back unchanged, in the stable key order', () => {
    expect(serialize(parse(DESIGN_EXAMPLE))).toBe(`/${DESIGN_EXAMPLE}`);
    expect(serialize(parse(`https://example.org/a/${DESIGN_EXAMPLE}`), '/a/')).toBe(`/a/${DESIGN_EXAMPLE}`);
  });

  it('falls back to the default of each key with an invalid value and keeps the valid keys', () => {
    const s = parse(
      '?circle=beijing&layers=bogus&park=Bad_Id&county=3701&lang=fr&embed=yes&cc=2#map=30/36/117',
    );
    expect(s).toEqual(defaultState());
    const t = parse('?circle=%3Cscript%3E&park=ok-1&county=37010x&lang=en#map=9/95/117');
    expect(t).toEqual({ ...defaultState(), selection: { kind: 'park', id: 'ok-1' }, lang: 'en' });
  });

  it('rejects the whole camera when any part is malformed or out of range', () => {
    for (const hash of ['9/36', '9/36/117/0/0/0', '-1/36/117', '22.1/36/117', '9/85.06/117', '9/NaN/117',
      '9/36/Infinity', '9/1e2/117', '9/36/117/181', '9/36/117/0/86', '9/36/117/0/-1', '9/ 36/117', '9//117']) {
      expect(parse(`#map=${hash}`).camera, hash).toBeNull();
    }
  });

  it('wraps longitudes outside −180…180 instead of rejecting them', () => {
    expect(parse('#map=9/36.67/477.02').camera).toEqual({ zoom: 9, lat: 36.67, lng: 117.02, bearing: 0, pitch: 0 });
    expect(parse('#map=4/0/-190').camera?.lng).toBe(170);
  });

  it('treats an empty layers value as no layers and an absent one as the default', () => {
    expect(parse('?layers=').layers).toEqual([]);
    expect(parse(`?circle=${C0}`).layers).toEqual(DEFAULT_STATE.layers);
    expect(parse('?layers=rail,nope,counties,rail').layers).toEqual(['counties', 'rail']);
    expect(serialize({ ...defaultState(), layers: [] })).toBe('/?layers=');
    expect(serialize({ ...defaultState(), layers: [...VOCAB.layers] })).toBe(
      '/?layers=counties,outlines,labels,places,parks,rail,commute',
    );
  });

  it('keeps unknown keys in order so they survive a round trip', () => {
    const s = parse(`?utm_source=wechat&circle=${C1}&x=a%20b&flag&note=%E6%B5%8E%E5%8D%97+1`);
    expect(s.circle).toBe(C1);
    expect(s.extra).toEqual([['utm_source', 'wechat'], ['x', 'a b'], ['flag', ''], ['note', '济南 1']]);
    expect(parse(serialize(s))).toEqual(s);
  });

  it('drops unknown entries that are too long, too many, or look like markup or script URLs', () => {
    const many = Array.from({ length: 30 }, (_, i) => `k${i}=${i}`).join('&');
    expect(parse(`?${many}`).extra).toHaveLength(20);
    const s = parse(`?a=${'x'.repeat(257)}&b=${'y'.repeat(256)}&c=%3Cb%3E&d=JavaScript:alert(1)&e=%0A`);
    expect(s.extra).toEqual([['b', 'y'.repeat(256)]]);
  });

  it('takes the first valid value of a repeated key', () => {
    const s = parse(`?circle=nowhere&circle=${C1}&circle=${C0}&lang=en&lang=zh&embed=1&embed=0`);
    expect(s).toMatchObject({ circle: C1, lang: 'en', embed: true });
    expect(parse('#map=bad&map=5/30/104&map=6/31/105').camera).toMatchObject({ zoom: 5, lat: 30, lng: 104 });
  });

  it('does not throw on broken percent-encoding and ignores only the broken entries', () => {
    const s = parse(`?park=%E0%A4%A&circle=${C0}&%=1&x=%&y=%ZZ&lang=%65n`);
    expect(s).toEqual({ ...defaultState(), circle: C0, lang: 'en' });
  });

  it('validates circles and layer ids against the vocabulary passed in, not a list of its own', () => {
    const other = { circles: ['elsewhere'], layers: ['a', 'b'], defaultLayers: ['a'] };
    expect(parsePermalink('?circle=elsewhere&layers=b', other)).toMatchObject({ circle: 'elsewhere', layers: ['b'] });
    expect(parsePermalink(`?circle=${C0}&layers=counties`, other)).toMatchObject({ circle: null, layers: ['a'] });
    expect(serializePermalink({ ...emptyDefault(other), layers: ['a'] }, '/', other)).toBe('/');
  });

  it('reads one selection: the first valid of county, park and station wins, and a station is linkable', () => {
    expect(parse('?station=some-station').selection).toEqual({ kind: 'station', id: 'some-station' });
    expect(parse('?county=37010x&station=s-1&park=p-1').selection).toEqual({ kind: 'station', id: 's-1' });
    expect(parse('?park=p-1&county=370102').selection).toEqual({ kind: 'park', id: 'p-1' });
    expect(parse('?station=Bad_Id').selection).toBeNull();
    expect(serialize({ ...defaultState(), selection: { kind: 'station', id: 's-1' } })).toBe('/?station=s-1');
  });
});

describe('camera precision', () => {
  it('uses OSM’s decimals rule ceil(log10(2^(8+zoom)/180))', () => {
    const table = [0, 3, 8, 9.5, 12, 13, 18, 20, 22].map((z) => [z, coordDecimals(z)]);
    expect(table).toEqual([[0, 1], [3, 2], [8, 3], [9.5, 4], [12, 4], [13, 5], [18, 6], [20, 7], [22, 7]]);
  });

  it('writes coordinates at the precision of the zoom, without trailing zeros', () => {
    const at = (camera: Camera) => serialize({ ...defaultState(), camera });
    expect(at({ zoom: 12, lat: 36.651234, lng: 117.020987, bearing: 0, pitch: 0 })).toBe('/#map=12/36.6512/117.021');
    expect(at({ zoom: 0, lat: 36.66, lng: 117.04, bearing: 0, pitch: 0 })).toBe('/#map=0/36.7/117');
    expect(at({ zoom: 22, lat: 36.123456789, lng: 117.1, bearing: 0, pitch: 0 })).toBe('/#map=22/36.1234568/117.1');
    expect(at({ zoom: 9.456, lat: 36.67, lng: 117.02, bearing: 0, pitch: 0 })).toBe('/#map=9.46/36.67/117.02');
  });

  it('writes bearing and pitch with one decimal only when they are not zero', () => {
    const at = (bearing: number, pitch: number) =>
      serialize({ ...defaultState(), camera: { zoom: 10, lat: 36.5, lng: 117, bearing, pitch } });
    expect(at(0, 0)).toBe('/#map=10/36.5/117');
    expect(at(-15.34, 0)).toBe('/#map=10/36.5/117/-15.3');
    expect(at(0, 45)).toBe('/#map=10/36.5/117/0/45');
    expect(at(12.25, 60.04)).toBe('/#map=10/36.5/117/12.3/60');
  });

  it('clamps latitude to the Mercator limit representable at the precision', () => {
    expect(roundCamera({ zoom: 0, lat: 85.05, lng: 0, bearing: 0, pitch: 0 }).lat).toBe(85);
    expect(roundCamera({ zoom: 12, lat: -85.0511, lng: 0, bearing: 0, pitch: 0 }).lat).toBe(-85.0511);
  });

  it('returns rounded cameras from parse, so extra digits in a link are dropped', () => {
    expect(parse('#map=9.5/36.6712345/117.0298765/10.26/20.04').camera).toEqual({
      zoom: 9.5, lat: 36.6712, lng: 117.0299, bearing: 10.3, pitch: 20,
    });
  });
});

// ---------- property: parse(serialize(s)) is the identity on valid states ----------

const cameraArb: fc.Arbitrary<Camera> = fc
  .record({
    zoom: fc.double({ min: 0, max: 22, noNaN: true }),
    lat: fc.double({ min: -85.0511, max: 85.0511, noNaN: true }),
    lng: fc.double({ min: -180, max: 180, noNaN: true }),
    bearing: fc.oneof(fc.constant(0), fc.double({ min: -180, max: 180, noNaN: true })),
    pitch: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 85, noNaN: true })),
  })
  .map(roundCamera);

const SAFE_EXTRA = (s: string) => !/[<>"'`\u0000-\u001f\u007f]|javascript:/i.test(s);
const KNOWN = ['circle', 'layers', 'park', 'county', 'station', 'lang', 'embed', 'cc', 'view', 'add', 'drop', 'pcircle', 'pkind', 'pind'];
const extraArb = fc.array(
  fc.tuple(
    fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 256 }))
      .filter((k) => SAFE_EXTRA(k) && !KNOWN.includes(k)),
    fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 256 })).filter(SAFE_EXTRA),
  ),
  { maxLength: 20 },
);

/** A circle with a valid what-if edit: drop some of its members, add some counties outside it (sorted, as parse gives them). */
const sorted = (xs: string[]) => [...xs].sort();
type CircleEdit = { circle: string | null; add: string[]; drop: string[] };
const circleEditArb: fc.Arbitrary<CircleEdit> = fc.constantFrom<string | null>(null, ...CIRCLE_IDS).chain((circle): fc.Arbitrary<CircleEdit> => {
  if (circle === null) return fc.constant({ circle, add: [], drop: [] });
  const members = VOCAB.members![circle];
  const outside = VOCAB.counties!.filter((a) => !members.includes(a));
  return fc.record({ circle: fc.constant<string | null>(circle), add: fc.subarray([...outside], { maxLength: 8 }).map(sorted), drop: fc.subarray([...members]).map(sorted) });
});

/** Any park filter the data allows (values some park has; normalized, as parse gives them). */
const PARKS = VOCAB.parks!;
const KINDS = [...new Set(PARKS.map((p) => p.kind))];
const parkFilterArb: fc.Arbitrary<ParkFilter> = fc.record({
  circle: fc.constantFrom<string | null>(null, ...CIRCLE_IDS),
  kind: fc.constantFrom<string | null>(null, ...KINDS),
  industry: fc.constantFrom<string | null>(null, ...INDUSTRY_TAGS),
}).map((f) => normalizeParkFilter(f, PARKS));

const stateArb: fc.Arbitrary<PermalinkState> = fc.record({
  camera: fc.option(cameraArb, { nil: null }),
  edit: circleEditArb,
  view: fc.constantFrom('map' as const, 'compare' as const, 'table' as const),
  layers: fc.subarray([...VOCAB.layers]),
  selection: fc.option(fc.oneof(
    fc.record({ kind: fc.constant('park' as const), id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/) }),
    fc.record({ kind: fc.constant('station' as const), id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/) }),
    fc.record({ kind: fc.constant('county' as const), id: fc.stringMatching(/^[0-9]{6}$/) }),
  ), { nil: null }),
  lang: fc.constantFrom('zh' as const, 'en' as const),
  embed: fc.boolean(),
  commuteConstruction: fc.boolean(),
  parkFilter: parkFilterArb,
  extra: extraArb,
}).map(({ edit, ...rest }) => ({ ...rest, ...edit }));

describe('round trip', () => {
  it('parses every serialised valid state back to an equal state (property, 5,000 runs)', () => {
    fc.assert(
      fc.property(stateArb, fc.constantFrom('/', '/atlas/', '/a/b/index.html'), (s, base) => {
        expect(isValidState(s)).toBe(true);
        const url = serialize(s, base);
        expect(url.startsWith(base)).toBe(true);
        expect(parse(url)).toEqual(s);
        expect(parse(`https://example.org${url}`)).toEqual(s);
      }),
      { numRuns: 5000 },
    );
  });

  it('makes roundCamera idempotent (property)', () => {
    fc.assert(
      fc.property(cameraArb, (c) => {
        expect(roundCamera(c)).toEqual(c);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('serializePermalink', () => {
  it('never writes a known key from extra, a non-finite camera, or a lone surrogate, and never throws', () => {
    const s: PermalinkState = {
      ...defaultState(),
      circle: C0,
      camera: { zoom: Number.NaN, lat: 0, lng: 0, bearing: 0, pitch: 0 },
      extra: [['circle', C1], ['bad', '\uD800'], ['ok', '1']],
    };
    expect(serialize(s, '/atlas/?old=1#old')).toBe(`/atlas/?circle=${C0}&ok=1`);
  });
});

describe('park filters in the link (issue 12 item 6)', () => {
  // a circle and, within it, a kind and an industry some of its parks have: read from the data
  const circle = CIRCLE_IDS.find((c) => PARKS.some((p) => p.circles.includes(c)))!;
  const kind = facetOptions(PARKS, { circle, kind: null, industry: null }, 'kind', KINDS)[0];
  const industry = facetOptions(PARKS, { circle, kind, industry: null }, 'industry', INDUSTRY_TAGS)[0];

  it('writes pcircle, pkind and pind and reads the same filter back', () => {
    const s: PermalinkState = { ...defaultState(), parkFilter: { circle, kind, industry } };
    const url = serialize(s);
    expect(url).toBe(`/?pcircle=${circle}&pkind=${kind}&pind=${industry}`);
    expect(parse(url)).toEqual(s);
    expect(filterParks(PARKS, parse(url).parkFilter).length).toBeGreaterThan(0);
  });

  it('drops unknown, malformed or hostile values and keeps the rest of the link', () => {
    for (const bad of ['nope', '<b>', 'javascript:alert(1)', '%E0%A4%A', '', 'A'.repeat(50)]) {
      const s = parse(`?circle=${C0}&pcircle=${bad}&pkind=${bad}&pind=${bad}&lang=en`);
      expect(s.parkFilter).toEqual({ circle: null, kind: null, industry: null });
      expect(s.circle).toBe(C0);
      expect(s.lang).toBe('en');
    }
  });

  it('never reads a combination without parks: a value that would empty the list is dropped (circle, then kind, then industry)', () => {
    // an industry none of the circle's parks has, if the data holds one
    const absent = INDUSTRY_TAGS.find((i) => !PARKS.some((p) => p.circles.includes(circle) && p.industries.includes(i)));
    expect(absent, 'some industry is missing from the circle').toBeDefined();
    const s = parse(`?pcircle=${circle}&pind=${absent}`);
    expect(s.parkFilter).toEqual({ circle, kind: null, industry: null });
    expect(serialize({ ...defaultState(), parkFilter: { circle, kind: null, industry: absent! } })).toBe(`/?pcircle=${circle}`);
  });

  it('a state holding a dead-end filter is not a valid state', () => {
    const absent = INDUSTRY_TAGS.find((i) => !PARKS.some((p) => p.circles.includes(circle) && p.industries.includes(i)))!;
    expect(isValidState({ ...defaultState(), parkFilter: { circle, kind: null, industry: absent } })).toBe(false);
    expect(isValidState({ ...defaultState(), parkFilter: { circle, kind, industry } })).toBe(true);
  });
});
