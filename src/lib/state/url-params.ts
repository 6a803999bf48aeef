/**
 * Low-level, total (never-throwing) helpers for reading and writing URL parts.
 * No DOM, no URL/URLSearchParams: those throw on some inputs (lone surrogates when encoding,
 * bad base URLs) and we want identical behaviour in node tests and in every browser.
 */

/** Longest raw `key=value` segment we bother decoding; every valid value is far shorter. */
const MAX_RAW_SEGMENT = 4096;
/** Segments beyond this are ignored so a hostile 100 KB query costs a bounded amount of work. */
const MAX_SEGMENTS = 256;

/** Splits a full URL or a path+query+hash into its query and hash (both without the leading sigil). */
export function splitUrl(url: string): { query: string; hash: string } {
  const hashAt = url.indexOf('#');
  // The first '#' ends the query; anything after it (including further '#' or '?') is hash.
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : url.slice(hashAt + 1);
  const queryAt = beforeHash.indexOf('?');
  return { query: queryAt < 0 ? '' : beforeHash.slice(queryAt + 1), hash };
}

/** `a=1&b&c=2` → [['a','1'],['b',''],['c','2']] (raw, still percent-encoded; empty segments skipped). */
export function rawPairs(query: string): [string, string][] {
  const out: [string, string][] = [];
  let start = 0;
  while (start <= query.length && out.length < MAX_SEGMENTS) {
    let end = query.indexOf('&', start);
    if (end < 0) end = query.length;
    const seg = query.slice(start, end);
    start = end + 1;
    if (seg === '' || seg.length > MAX_RAW_SEGMENT) continue;
    const eq = seg.indexOf('=');
    out.push(eq < 0 ? [seg, ''] : [seg.slice(0, eq), seg.slice(eq + 1)]);
  }
  return out;
}

/**
 * Form-style decoding ('+' is a space, as URLSearchParams does). Returns null instead of throwing
 * on broken escapes such as `%`, `%E0%A4%A` or `%ZZ`; the caller treats null as an invalid value.
 */
export function decodeComponent(raw: string): string | null {
  const s = raw.replace(/\+/g, ' ');
  if (s.indexOf('%') < 0) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the string is valid UTF-16 (String.prototype.isWellFormed is ES2024; we target ES2022). */
export function isWellFormed(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

/** encodeURIComponent throws on lone surrogates; return null instead so serialising never throws. */
export function encodeComponent(s: string): string | null {
  return isWellFormed(s) ? encodeURIComponent(s) : null;
}

/**
 * Plain decimal numbers only: `-12.5`, `0`, `117.02`. Rejects `1e5`, `0x10`, `Infinity`, `NaN`,
 * `+1`, `.5`, whitespace, and absurdly long digit runs, so Number() never sees anything surprising.
 */
const DECIMAL = /^-?\d{1,12}(?:\.\d{1,20})?$/;
export function parseDecimal(s: string): number | null {
  return DECIMAL.test(s) ? Number(s) : null;
}

/** Rounds to `d` decimals via toFixed (the same digits serialisation writes) and turns -0 into 0. */
export function roundTo(x: number, d: number): number {
  const r = Number(x.toFixed(d));
  return r === 0 ? 0 : r;
}

/** toFixed without trailing zeros (`9.50` → `9.5`, `12.00` → `12`): shorter links, same value. */
export function formatDecimal(x: number, d: number): string {
  const s = x.toFixed(d);
  return s.indexOf('.') < 0 ? s : s.replace(/\.?0+$/, '');
}
