import { describe, expect, it } from 'vitest';
import { isValidState, parsePermalink, serializePermalink, type PermalinkState } from '../../src/lib/state/permalink';
import { CIRCLE_IDS, VOCAB } from './data-vocabulary.ts';

const C0 = CIRCLE_IDS[0];

// Deterministic PRNG (mulberry32) so a failure reproduces; the seed is printed on failure.
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE = [
  '<script>alert(1)</script>', '%3Cscript%3Ealert(1)%3C/script%3E', '<img src=x onerror=alert(1)>',
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'javascript%3Aalert(1)', 'java%09script:alert(1)', 'java\tscript:x',
  '%E0%A4%A', '%', '%%', '%Z', '%ZZ', '%E6%B5', '%C0%80', '%ED%A0%80', '%FF', '%00', '%0A',
  '\uD800', '\uDFFF', '\uDBFF\uDBFF', '\uD83D\uDE00', '济南', '\u202E', '\uFEFF', '\0', '\n', '\r\n',
  'NaN', 'Infinity', '-Infinity', '1e308', '-1e308', '1e-400', '9'.repeat(400), '-0', '0x1F', '0b1', '+1', '.5', '1.',
  '__proto__', 'constructor', 'prototype', 'toString', '#', '?', '&', '=', '/', '//', '..', '+', ' ', '',
  ...CIRCLE_IDS, C0.toUpperCase(), 'co-built-park', 'national-platform', 'trade', 'logistics', 'counties', 'rail,commute', 'counties,,parks', '370102', '3701020', 'en', 'zh', '1', '0', 'compare', 'table', 'map', '370102,999999,370102', ',,370102,', '370102,<b>',
];
const KEYS = ['circle', 'layers', 'park', 'county', 'station', 'lang', 'embed', 'cc', 'view', 'add', 'drop', 'pcircle', 'pkind', 'pind', 'map', 'utm', 'x', 'CIRCLE', '', '%63ircle', 'a[b]'];
const NUMS = ['0', '22', '23', '-1', '9.5', '36.67', '117.02', '85.0511', '85.0512', '-85.0511', '180', '-180', '540.5',
  '1e3', 'NaN', 'Infinity', '-0', '999999999999', '1234567890123', '0.00000000000000000001', '85', '86', '', ' 1'];

const BIG_A = 'a'.repeat(100_000);
const BIG_AMP = '&'.repeat(50_000) + `circle=${C0}`;
const BIG_REPEAT = '?' + 'layers=rail&'.repeat(8_500) + '#map=' + '9/'.repeat(100);
const BIG_PCT = '?x=' + '%E0%A4%A'.repeat(12_500);

function makeInputs(n: number, seed: number): string[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const randChars = (len: number) => {
    let s = '';
    for (let i = 0; i < len; i++) {
      const k = r();
      s += k < 0.6 ? String.fromCharCode(32 + Math.floor(r() * 95)) // printable ASCII
        : k < 0.8 ? pick('%#?&=/<>:;+-.,'.split(''))
        : String.fromCharCode(Math.floor(r() * 0x10000)); // any UTF-16 unit, lone surrogates included
    }
    return s;
  };
  const value = () => {
    const k = r();
    if (k < 0.35) return pick(HOSTILE);
    if (k < 0.55) return pick(VOCAB.layers) + (r() < 0.5 ? ',' + pick(HOSTILE) : '');
    if (k < 0.75) return randChars(Math.floor(r() * 20));
    return pick(HOSTILE) + randChars(3) + pick(HOSTILE);
  };
  const camera = () => Array.from({ length: 1 + Math.floor(r() * 6) }, () => pick(NUMS)).join(r() < 0.9 ? '/' : '%2F');
  const inputs: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = r();
    if (i % 2_000 === 0) { inputs.push(pick([BIG_A, BIG_AMP, BIG_REPEAT, BIG_PCT, `?park=${BIG_A}#map=${BIG_A}`])); continue; }
    if (k < 0.15) { inputs.push(randChars(Math.floor(r() * 200))); continue; }
    const pairs = Array.from({ length: Math.floor(r() * 8) }, () => `${pick(KEYS)}${r() < 0.9 ? '=' : ''}${value()}`);
    const prefix = pick(['', '/', '/atlas/', 'https://example.org/a/', 'javascript:alert(1)//', '<x>', '??', '#?']);
    let url = prefix + (r() < 0.9 ? '?' : '') + pairs.join(r() < 0.9 ? '&' : pick([';', '&&', '&amp;']));
    if (r() < 0.7) url += `#map=${camera()}`;
    if (r() < 0.2) url += pick(['#map=9/36/117', `?circle=${C0}`, '&map=5/1/2', '#', '#' + value()]);
    inputs.push(url);
  }
  return inputs;
}

const stringFields = (s: PermalinkState): string[] =>
  [s.circle, s.selection?.id ?? null, s.lang, ...s.layers, ...s.extra.flat()].filter((x): x is string => x !== null);

describe('permalink fuzz', () => {
  it('never throws, always yields a valid and inert state, and stays under 1 ms per input on average', () => {
    const N = 100_000;
    const SEED = 20240601;
    const inputs = makeInputs(N, SEED);
    const results: PermalinkState[] = new Array(N);
    const t0 = performance.now();
    for (let i = 0; i < N; i++) results[i] = parsePermalink(inputs[i], VOCAB);
    const msPerInput = (performance.now() - t0) / N;
    console.log(`permalink fuzz: ${N} inputs, ${msPerInput.toFixed(4)} ms/input (seed ${SEED})`);

    for (let i = 0; i < N; i++) {
      const s = results[i];
      const ctx = `seed ${SEED}, input #${i}: ${JSON.stringify(inputs[i].slice(0, 200))}`;
      if (!isValidState(s, VOCAB)) expect.fail(`invalid state for ${ctx}`);
      for (const f of stringFields(s)) {
        if (f.includes('<') || /javascript:/i.test(f)) expect.fail(`unsafe string ${JSON.stringify(f)} for ${ctx}`);
      }
      // Whatever we accepted must survive our own writer: parse ∘ serialize ∘ parse = parse.
      const again = parsePermalink(serializePermalink(s, '/', VOCAB), VOCAB);
      if (JSON.stringify(again) !== JSON.stringify(s)) expect(again, ctx).toEqual(s);
    }
    expect(msPerInput).toBeLessThan(1);
  });

  it('does not throw on non-string input smuggled past the type system', () => {
    for (const bad of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(isValidState(parsePermalink(bad as unknown as string, VOCAB), VOCAB)).toBe(true);
    }
  });
});
