/**
 * Permalink ⇄ app state (design.md, "URL scheme"). Pure and total: no DOM, and parsing never throws,
 * because the input is whatever someone pasted. Each key falls back to its own default when invalid,
 * so one bad value does not discard the rest of a shared link.
 *
 * Camera lives in the hash like OpenStreetMap's permalinks (`#map=zoom/lat/lng`, see `OSM.formatHash`
 * and `OSM.zoomPrecision` in https://github.com/openstreetmap/openstreetmap-website/tree/master/app/assets/javascripts),
 * so links look familiar and the camera can change without touching the query; app state lives in
 * short, stable query keys.
 * Every string that reaches the state is either from a closed list, matches a strict pattern, or
 * (unknown keys) is free of markup/script characters, so nothing here can become HTML or a script URL.
 */
import { NO_PARK_FILTER, normalizeParkFilter, type ParkFacets, type ParkFilter } from '../data/park-filter.ts';
import {
  decodeComponent, encodeComponent, formatDecimal, isWellFormed, parseDecimal, rawPairs, roundTo, splitUrl,
} from './url-params';

/** A switchable overlay's id (src/lib/overlays/registry.ts owns the list). */
export type LayerId = string;
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
export type CircleId = string;

/** What one detail panel shows; each kind has its own query key (`county=…`, `park=…`, `station=…`). */
export const SELECTION_KINDS = ['county', 'park', 'station'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];
export interface Selection { kind: SelectionKind; id: string }

/**
 * The words a link may use, from the data and the overlay registry (nothing here names a circle or
 * an overlay). Before the data is loaded the lists are empty and only language/embed/camera parse.
 */
export interface Vocabulary {
  circles: readonly string[]; layers: readonly LayerId[]; defaultLayers: readonly LayerId[];
  /** Every county adcode the data holds (a what-if `add=` may name only these). */
  counties?: readonly string[];
  /** Each circle's member adcodes (a `drop=` may name only these; an `add=` none of them). */
  members?: Readonly<Record<string, readonly string[]>>;
  /** Each park's circles, kind and industries (a park filter may name only values some park has). */
  parks?: readonly ParkFacets[];
}
export const EMPTY_VOCABULARY: Vocabulary = Object.freeze({ circles: [], layers: [], defaultLayers: [] });

/** Which view fills the page: the map, the comparison of all circles, or the selected circle's county table. */
export const VIEWS = ['map', 'compare', 'table'] as const;
export type View = (typeof VIEWS)[number];
/** Longest `add=`/`drop=` list kept: more than any circle has counties, small enough that a link cannot bloat the state. */
export const EDIT_LIMIT = 200;

export interface Camera { zoom: number; lat: number; lng: number; bearing: number; pitch: number }

export interface PermalinkState {
  camera: Camera | null; // null = default view (fit the circle)
  circle: CircleId | null;
  layers: LayerId[]; // unique, in the vocabulary's order
  selection: Selection | null; // one detail panel at a time
  lang: Lang;
  embed: boolean;
  commuteConstruction: boolean; // include lines under construction in the commute layer
  view: View;
  /** What-if membership of `circle` (issue 14): counties added / dropped, sorted, never both; empty without a circle. */
  add: string[];
  drop: string[];
  /** The park list's and the markers' filters (issue 12 item 6), `pcircle=`/`pkind=`/`pind=`; never a combination without parks. */
  parkFilter: ParkFilter;
  extra: [string, string][]; // unknown query keys, kept in order so other tools' params survive
}

/** Bounds of a valid camera. 85.0511° is where Web Mercator is cut square; 85° pitch is MapLibre's ceiling. */
export const CAMERA_LIMITS = { zoomMax: 22, latMax: 85.0511, bearingMax: 180, pitchMax: 85 } as const;
/** Unknown keys are kept for round-tripping, but bounded so a hostile link cannot bloat the state. */
export const EXTRA_LIMITS = { maxEntries: 20, maxChars: 256 } as const;

const ID_PATTERN: Record<SelectionKind, RegExp> = { county: /^[0-9]{6}$/, park: /^[a-z0-9][a-z0-9-]{0,63}$/, station: /^[a-z0-9][a-z0-9-]{0,63}$/ };
// Unknown values are echoed back into links the app writes; refuse anything that smells of markup,
// quotes, control characters (browsers drop tabs/newlines inside `java\tscript:`) or script URLs.
const UNSAFE = /[<>"'`\u0000-\u001f\u007f]|javascript:/i;
/** Park filter keys → the facet each sets. */
const PARK_FILTER_KEYS = { pcircle: 'circle', pkind: 'kind', pind: 'industry' } as const;
const KNOWN_KEYS: readonly string[] = ['circle', 'layers', ...SELECTION_KINDS, 'lang', 'embed', 'cc', 'view', 'add', 'drop', ...Object.keys(PARK_FILTER_KEYS)];
/** Kind and industry words: lower-case ids (the data's vocabulary decides which are known). */
const FACET_VALUE = /^[a-z][a-z0-9-]{0,39}$/;

export function defaultState(vocab: Vocabulary = EMPTY_VOCABULARY): PermalinkState {
  return {
    camera: null, circle: null, layers: [...vocab.defaultLayers], selection: null,
    lang: 'zh', embed: false, commuteConstruction: false, view: 'map', add: [], drop: [], parkFilter: { ...NO_PARK_FILTER }, extra: [],
  };
}

/**
 * Decimals for lat/lng at a zoom, OSM's rule: ceil(log10(2^(8+zoom) / 180)). 2^(8+zoom)/180 is exactly
 * MapLibre's pixels per degree of longitude (512-px tiles: 512·2^zoom/360), so one step of the last
 * decimal is under one CSS pixel: 1 decimal at zoom 0–2, 4 at 9.5–12, 5 at 13, 7 at 20–22. Fractional zooms
 * are used as-is (after rounding the zoom to 2 decimals).
 */
export function coordDecimals(zoom: number): number {
  return Math.max(0, Math.ceil(Math.log10(Math.pow(2, 8 + zoom) / 180)));
}

/** Largest |lat| with `d` decimals that does not exceed latMax (85.0511 at ≥ 4 decimals, 85.05 at 2). */
function latLimit(d: number): number {
  const v = roundTo(CAMERA_LIMITS.latMax, d);
  return v > CAMERA_LIMITS.latMax ? roundTo(v - Math.pow(10, -d), d) : v;
}

const wrap180 = (x: number) => (x >= -180 && x <= 180 ? x : ((((x + 180) % 360) + 360) % 360) - 180);
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * The precision rule, applied identically by serialize and parse (so parse∘serialize is the identity
 * on rounded cameras): zoom → 2 decimals (clamped 0–22); lat/lng → coordDecimals(rounded zoom)
 * decimals, lng wrapped into [−180, 180], lat clamped to latLimit; bearing → 1 decimal, wrapped;
 * pitch → 1 decimal, clamped 0–85. −0 becomes 0. Idempotent.
 */
export function roundCamera(c: Camera): Camera {
  const zoom = roundTo(clamp(c.zoom, 0, CAMERA_LIMITS.zoomMax), 2);
  const d = coordDecimals(zoom);
  const lim = latLimit(d);
  return {
    zoom,
    lat: clamp(roundTo(c.lat, d), -lim, lim),
    lng: roundTo(wrap180(c.lng), d),
    bearing: roundTo(wrap180(c.bearing), 1),
    pitch: roundTo(clamp(c.pitch, 0, CAMERA_LIMITS.pitchMax), 1),
  };
}

function isValidCamera(c: unknown): c is Camera {
  if (typeof c !== 'object' || c === null) return false;
  const { zoom, lat, lng, bearing, pitch } = c as Camera;
  const nums = [zoom, lat, lng, bearing, pitch];
  if (!nums.every((n) => typeof n === 'number' && Number.isFinite(n))) return false;
  const r = roundCamera(c as Camera);
  return r.zoom === zoom && r.lat === lat && r.lng === lng && r.bearing === bearing && r.pitch === pitch;
}

/** `zoom/lat/lng[/bearing[/pitch]]`; any malformed or out-of-range part rejects the whole camera. */
function parseCamera(value: string): Camera | null {
  const parts = value.split('/');
  if (parts.length < 3 || parts.length > 5) return null;
  const n = parts.map(parseDecimal);
  if (n.some((x) => x === null)) return null;
  const [zoom, lat, lng, bearing = 0, pitch = 0] = n as number[];
  const L = CAMERA_LIMITS;
  if (zoom < 0 || zoom > L.zoomMax || Math.abs(lat) > L.latMax || Math.abs(bearing) > L.bearingMax) return null;
  if (pitch < 0 || pitch > L.pitchMax) return null;
  return roundCamera({ zoom, lat, lng, bearing, pitch }); // lng: any plain decimal, wrapped
}

function parseLayers(value: string, known: readonly LayerId[]): LayerId[] | null {
  if (value === '') return []; // `layers=` is an explicit "nothing visible"
  const wanted = new Set(value.split(','));
  const layers = known.filter((id) => wanted.has(id));
  return layers.length > 0 ? layers : null; // only garbage: treat as invalid, not as "none"
}

const flag = (v: string) => (v === '1' ? true : v === '0' ? false : null);

/** One known query key → the part of the state it sets, or null when the value is invalid. */
function readKnown(key: string, v: string, vocab: Vocabulary): Partial<PermalinkState> | null {
  switch (key) {
    case 'circle': return vocab.circles.includes(v) ? { circle: v } : null;
    case 'layers': { const layers = parseLayers(v, vocab.layers); return layers && { layers }; }
    case 'park': case 'county': case 'station': return ID_PATTERN[key].test(v) ? { selection: { kind: key, id: v } } : null;
    case 'lang': return v === 'zh' || v === 'en' ? { lang: v } : null;
    case 'embed': { const f = flag(v); return f === null ? null : { embed: f }; }
    case 'cc': { const f = flag(v); return f === null ? null : { commuteConstruction: f }; }
    case 'view': return (VIEWS as readonly string[]).includes(v) ? { view: v as View } : null;
    case 'add': case 'drop': { const list = adcodeList(v); return list.length ? { [key]: list } : null; }
    default: return null; // park filter keys are read by parsePermalink (they share one state field)
  }
}

/** Unique six-digit codes of a comma list, sorted; anything else in it is dropped. */
function adcodeList(v: string): string[] {
  const codes = v.split(',').filter((x) => ID_PATTERN.county.test(x));
  return [...new Set(codes)].sort().slice(0, EDIT_LIMIT);
}

/**
 * The edit as the data allows it: only with a circle, `drop` only its members, `add` only known
 * counties outside it (so a code is never in both); anything else is ignored, like every bad value.
 */
export function normalizeEdit(s: Pick<PermalinkState, 'circle' | 'add' | 'drop'>, vocab: Vocabulary): { add: string[]; drop: string[] } {
  if (s.circle === null) return { add: [], drop: [] };
  const members = new Set(vocab.members?.[s.circle] ?? []);
  const known = new Set(vocab.counties ?? []);
  return {
    add: adcodeList(s.add.filter((a) => known.has(a) && !members.has(a)).join(',')),
    drop: adcodeList(s.drop.filter((d) => members.has(d)).join(',')),
  };
}

const isSafeExtra = (s: string) => s.length <= EXTRA_LIMITS.maxChars && isWellFormed(s) && !UNSAFE.test(s);

/**
 * Never throws. Of the selection keys (county, park, station) the first valid one wins: one panel.
 */
export function parsePermalink(url: string, vocab: Vocabulary = EMPTY_VOCABULARY): PermalinkState {
  const state = defaultState(vocab);
  if (typeof url !== 'string') return state;
  try {
    const { query, hash } = splitUrl(url);
    const seen = new Set<string>(); // keys that already got a valid value: first valid wins
    for (const [rawKey, rawValue] of rawPairs(query)) {
      const key = decodeComponent(rawKey);
      const value = decodeComponent(rawValue);
      if (key === null || key === '') continue;
      if (!KNOWN_KEYS.includes(key)) {
        if (value !== null && state.extra.length < EXTRA_LIMITS.maxEntries && isSafeExtra(key) && isSafeExtra(value)) {
          state.extra.push([key, value]);
        }
        continue;
      }
      const slot = (SELECTION_KINDS as readonly string[]).includes(key) ? 'selection' : key;
      if (value === null || seen.has(slot)) continue;
      if (key in PARK_FILTER_KEYS) {
        // kept only if well formed; normalizeParkFilter below keeps only values some park has
        if (key === 'pcircle' ? vocab.circles.includes(value) : FACET_VALUE.test(value)) {
          state.parkFilter[PARK_FILTER_KEYS[key as keyof typeof PARK_FILTER_KEYS]] = value;
          seen.add(slot);
        }
        continue;
      }
      const patch = readKnown(key, value, vocab);
      if (patch) { Object.assign(state, patch); seen.add(slot); }
    }
    // The hash may carry other `&`-joined parts (OSM adds `&layers=`); only `map=` is ours.
    for (const [rawKey, rawValue] of rawPairs(hash)) {
      if (decodeComponent(rawKey) !== 'map') continue;
      const value = decodeComponent(rawValue);
      const camera = value === null ? null : parseCamera(value);
      if (camera) { state.camera = camera; break; }
    }
    Object.assign(state, normalizeEdit(state, vocab));
    state.parkFilter = normalizeParkFilter(state.parkFilter, vocab.parks ?? []);
    return state;
  } catch {
    return defaultState(vocab); // unreachable by design; a permalink must never take the app down
  }
}

/** Returns `basePath?query#map=…`; keys in a stable order, defaults omitted, camera rounded. */
export function serializePermalink(state: PermalinkState, basePath = '/', vocab: Vocabulary = EMPTY_VOCABULARY): string {
  const q: string[] = [];
  const put = (k: string, v: string) => { const e = encodeComponent(v); if (e !== null) q.push(`${k}=${e}`); };
  if (state.circle !== null) put('circle', state.circle);
  const layers = vocab.layers.filter((id) => state.layers.includes(id));
  if (layers.join(',') !== vocab.defaultLayers.join(',')) q.push(`layers=${layers.join(',')}`);
  if (state.selection !== null) put(state.selection.kind, state.selection.id);
  if (state.lang !== 'zh') put('lang', state.lang);
  if (state.embed) q.push('embed=1');
  if (state.commuteConstruction) q.push('cc=1');
  if (state.view !== 'map') put('view', state.view);
  const edit = normalizeEdit(state, vocab);
  if (edit.add.length) q.push(`add=${edit.add.join(',')}`);
  if (edit.drop.length) q.push(`drop=${edit.drop.join(',')}`);
  const pf = normalizeParkFilter(state.parkFilter ?? NO_PARK_FILTER, vocab.parks ?? []);
  for (const [k, facet] of Object.entries(PARK_FILTER_KEYS)) { const v = pf[facet]; if (v !== null) put(k, v); }
  for (const [k, v] of state.extra) {
    const ek = encodeComponent(k); // a known key smuggled into extra would shadow the real one: skip it
    if (ek !== null && ek !== '' && !KNOWN_KEYS.includes(k)) put(ek, v);
  }
  let out = basePath.replace(/[?#].*$/s, '') + (q.length ? `?${q.join('&')}` : '');
  if (state.camera) {
    const c = roundCamera(state.camera);
    if (isValidCamera(c)) {
      const d = coordDecimals(c.zoom);
      const parts = [formatDecimal(c.zoom, 2), formatDecimal(c.lat, d), formatDecimal(c.lng, d)];
      if (c.bearing !== 0 || c.pitch !== 0) parts.push(formatDecimal(c.bearing, 1));
      if (c.pitch !== 0) parts.push(formatDecimal(c.pitch, 1));
      out += `#map=${parts.join('/')}`;
    }
  }
  return out;
}

/** Structural check of a state, as parsePermalink guarantees it (cameras must already be rounded). */
export function isValidState(s: unknown, vocab: Vocabulary = EMPTY_VOCABULARY): s is PermalinkState {
  if (typeof s !== 'object' || s === null) return false;
  const t = s as PermalinkState;
  const nullOr = (v: unknown, ok: (x: string) => boolean) => v === null || (typeof v === 'string' && ok(v));
  return (
    (t.camera === null || isValidCamera(t.camera)) &&
    nullOr(t.circle, (c) => vocab.circles.includes(c)) &&
    Array.isArray(t.layers) &&
    t.layers.join(',') === vocab.layers.filter((id) => t.layers.includes(id)).join(',') &&
    (t.selection === null || (typeof t.selection === 'object' && SELECTION_KINDS.includes(t.selection.kind) &&
      typeof t.selection.id === 'string' && ID_PATTERN[t.selection.kind].test(t.selection.id))) &&
    LANGS.includes(t.lang) &&
    typeof t.embed === 'boolean' &&
    typeof t.commuteConstruction === 'boolean' &&
    (VIEWS as readonly string[]).includes(t.view) &&
    Array.isArray(t.add) && Array.isArray(t.drop) &&
    JSON.stringify(normalizeEdit(t, vocab)) === JSON.stringify({ add: t.add, drop: t.drop }) &&
    typeof t.parkFilter === 'object' && t.parkFilter !== null &&
    JSON.stringify(normalizeParkFilter(t.parkFilter, vocab.parks ?? [])) === JSON.stringify(t.parkFilter) &&
    Array.isArray(t.extra) &&
    t.extra.length <= EXTRA_LIMITS.maxEntries &&
    t.extra.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'string' &&
      e[0] !== '' && !KNOWN_KEYS.includes(e[0]) && isSafeExtra(e[0]) && isSafeExtra(e[1]))
  );
}
