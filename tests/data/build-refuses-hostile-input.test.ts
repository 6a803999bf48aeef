/**
 * Issue 10, build-time rules: each hostile edit of a copy of geodata/ is refused with a BuildError
 * naming the file and the record, and the previous output stays byte-identical. The records are
 * picked from the data (first circle, first park …), not named here. A few cases also run through
 * the command line to check the exit code and that no stack trace is printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runBuild } from '../../scripts/build/run.ts';
import { BuildError } from '../../scripts/build/errors.ts';
import { cleanup, editJson, editText, geodataCopy, readJson, snapshot, tempDir } from './geodata-fixture.ts';

const circles = readJson('geodata/circles.json').circles;
const parks = readJson('geodata/parks.json');
const rail = readJson('geodata/rail.json');
const c0 = circles[0];
const m0 = c0.members[0];
const park0 = parks.parks[0];
const prog0 = parks.programmes[0];
const coreCircle = Object.keys(readJson('geodata/commute-params.json').cores)[0];
const core0 = readJson('geodata/places.json').places.find((p: { kind: string }) => p.kind === 'core');
const popLine = (adcode: string) => `line \\d+ \\(${adcode} [^)]*\\)`;
const popRow = (t: string, adcode: string, value: string) => t.replace(new RegExp(`^(${adcode},[^,]*,[^,]*,[^,]*,)\\d+`, 'm'), `$1${value}`);
const ZW = '\u200B\u200C\uFEFF';

type Case = [string, (dir: string) => void, RegExp];
export const CASES: Case[] = [
  ['a travel time listed twice', (d) => editJson(d, 'rail.json', (j) => { j.travelTimes.push(j.travelTimes[0]); }),
    new RegExp(`rail\\.json: travel time \\[${rail.travelTimes.length}\\] ${rail.travelTimes[0].from}–${rail.travelTimes[0].to}: the same travel time .* is listed twice`)],
  ['a park id listed twice in a programme', (d) => editJson(d, 'parks.json', (j) => { j.programmes[0].parkIds = [park0.id, park0.id]; }),
    new RegExp(`parks\\.json: programme ${prog0.id}: parkIds: "${park0.id}" is listed twice`)],
  ['a member listed twice', (d) => editJson(d, 'circles.json', (j) => { j.circles[0].members.push(j.circles[0].members[0]); }),
    new RegExp(`circles\\.json: circle ${c0.id} member ${m0.adcode}: member listed twice`)],
  ['a duplicate circle id', (d) => editJson(d, 'circles.json', (j) => { j.circles[1].id = c0.id; }), new RegExp(`circles\\.json: circle ${c0.id}: duplicate circle id`)],
  ['a 100 KB park name', (d) => editJson(d, 'parks.json', (j) => { j.parks[0].name.en = 'x'.repeat(100_000); }),
    new RegExp(`parks\\.json: park ${park0.id}: name\\.en: is longer than 120 characters`)],
  ['a note over 4,000 characters', (d) => editJson(d, 'parks.json', (j) => { j.parks[0].notes = { zh: '注', en: 'y'.repeat(4001) }; }),
    new RegExp(`parks\\.json: park ${park0.id}: notes\\.en: is longer than 4000 characters`)],
  ['a blank circle name', (d) => editJson(d, 'circles.json', (j) => { j.circles[0].name.zh = '   '; }), new RegExp(`circles\\.json: circle ${c0.id}: name\\.zh: must not be blank`)],
  ['a zero-width park name', (d) => editJson(d, 'parks.json', (j) => { j.parks[0].name.zh = ZW; }), new RegExp(`parks\\.json: park ${park0.id}: name\\.zh: must not be blank`)],
  ["a member name that is not the boundary's", (d) => editJson(d, 'circles.json', (j) => { j.circles[0].members[0].name = '不存在区'; }),
    new RegExp(`circles\\.json: circle ${c0.id} member ${m0.adcode}: name "不存在区" does not match the boundary package's "${m0.name}"`)],
  ['a member from another province without a note', (d) => editJson(d, 'circles.json', (j) => { j.circles[0].members.push({ ...m0, adcode: '110101', name: '东城区' }); }),
    new RegExp(`circles\\.json: circle ${c0.id} member 110101 东城区: lies in 北京市, not .* add a note`)],
  ['a population of 1e20', (d) => editText(d, 'population-2020.csv', (t) => popRow(t, m0.adcode, '100000000000000000000')),
    new RegExp(`population-2020\\.csv: ${popLine(m0.adcode)}: pop_2020 100000000000000000000 is more people than China has`)],
  ['a population written 1e20', (d) => editText(d, 'population-2020.csv', (t) => popRow(t, m0.adcode, '1e20')), new RegExp(`${popLine(m0.adcode)}: pop_2020 "1e20" is not a number`)],
  ['a population of 0', (d) => editText(d, 'population-2020.csv', (t) => popRow(t, m0.adcode, '0')), new RegExp(`${popLine(m0.adcode)}: pop_2020 is 0`)],
  ['a population of -0', (d) => editText(d, 'population-2020.csv', (t) => popRow(t, m0.adcode, '-0')), new RegExp(`${popLine(m0.adcode)}: pop_2020 -0 is negative`)],
  ['a population of 25 million without a sourced override', (d) => editText(d, 'population-2020.csv', (t) => popRow(t, m0.adcode, '25000000')),
    new RegExp(`${popLine(m0.adcode)}: pop_2020 25000000 is outside the plausible 1,000 … 20,000,000 .* range_source`)],
  ['a population of 999 without a sourced override', (d) => editText(d, 'population-2020.csv', (t) => popRow(t, m0.adcode, '999')), /pop_2020 999 is outside the plausible/],
  ['a zone host_source hiding a javascript: URL', (d) => editText(d, 'devzones-2020.csv', (t) => t.replace(/,-,(github\.com)/, ',https://ok ; javascript:alert(1),$1')),
    /devzones-2020\.csv: line 2 \(\d{6} [^)]*\): host_source "javascript:alert\(1\)" is not an http\(s\) URL/],
  ['a source URL with javascript:', (d) => editJson(d, 'circles.json', (j) => { j.circles[0].sources[0].url = 'javascript:alert(1)'; }),
    new RegExp(`circles\\.json: circle ${c0.id}: sources\\[0\\]\\.url: must be an http\\(s\\) URL`)],
  ['a source URL with a space', (d) => editJson(d, 'rail.json', (j) => { j.stations[0].sources[0].url = 'https://ok.example/a b'; }),
    new RegExp(`rail\\.json: station ${rail.stations[0].id}: sources\\[0\\]\\.url: must be an http\\(s\\) URL`)],
  ['a geodata file that is a directory', (d) => { rmSync(join(d, 'rail.json')); mkdirSync(join(d, 'rail.json')); }, /rail\.json: \(whole file\): is a directory, not a file/],
  ['--geodata naming a file, not a folder', (d) => { rmSync(d, { recursive: true }); writeFileSync(d, 'not a folder'); }, /circles\.json: \(whole file\): cannot be read: a folder in its path is a file/],
  ['a missing geodata file', (d) => rmSync(join(d, 'renames.json')), /renames\.json: \(whole file\): file not found/],
  ['a core station that does not exist', (d) => editJson(d, 'commute-params.json', (j) => { j.cores[coreCircle].stationIds = ['no-such-station']; }),
    new RegExp(`commute-params\\.json: cores\\.${coreCircle}: unknown station "no-such-station"`)],
  ['a core for a circle that does not exist', (d) => editJson(d, 'commute-params.json', (j) => { j.cores['no-such-circle'] = j.cores[coreCircle]; }),
    /commute-params\.json: cores\.no-such-circle: "no-such-circle" is not a circle id/],
  ['a core centre whose circle id is not in circles.json', (d) => editJson(d, 'places.json', (j) => { j.places.find((p: { id: string }) => p.id === core0.id).circle = `${core0.circle}x`; }),
    new RegExp(`places\\.json: place ${core0.id}: circle "${core0.circle}x" is not a circle id in circles\\.json`)],
  ['a goal for a circle that does not exist', (d) => editJson(d, 'commute-params.json', (j) => { j.goals['no-such-circle'] = j.goals[coreCircle]; }),
    /commute-params\.json: goals\.no-such-circle: "no-such-circle" is not a circle id in circles\.json/],
  ['a link to a circle without a core', (d) => editJson(d, 'commute-params.json', (j) => { j.links.push({ ...j.links[0], to: 'nowhere' }); }),
    /commute-params\.json: links\[\d+\] .*–nowhere: circle "nowhere" has no core station/],
  ['a link listed twice', (d) => editJson(d, 'commute-params.json', (j) => { j.links.push(j.links[0]); }), /commute-params\.json: links\[1\] .*: the link .* is listed twice/],
  ['a negative model parameter', (d) => editJson(d, 'commute-params.json', (j) => { j.road.intercity.speedKmh.value = -60; }), /commute-params\.json: road\.intercity\.speedKmh: value: must not be negative/],
  ['an excluded travel time that is not in rail.json', (d) => editJson(d, 'commute-params.json', (j) => { j.rail.excludeTravelTimes[0].minutes = 1234; }),
    /commute-params\.json: rail\.excludeTravelTimes\[0\] .*: excluded travel time 1234 min is not in rail\.json/],
  ['a hand reading listed twice', (d) => editJson(d, 'romanization.json', (j) => { j.readings.push(j.readings[0]); }), /romanization\.json: reading .*: stem ".*" is listed twice/],
  ['a rename whose boundary name is wrong', (d) => editJson(d, 'renames.json', (j) => { j.renames.push({ adcode: m0.adcode, boundaryName: '别名', name: m0.name, why: 'test', sources: c0.sources }); }),
    new RegExp(`renames\\.json: rename ${m0.adcode}: boundaryName "别名" is not the package's name`)],
];

let out: string;
let before: Map<string, string>;
beforeAll(() => {
  out = tempDir('out');
  runBuild({ geodataDir: 'geodata', outDir: out, all: false });
  before = snapshot(out);
}, 120_000); // a full build: seconds alone, much longer on a busy machine
afterAll(cleanup);

describe('the build refuses hostile input, names the file and the record, and keeps the previous output', () => {
  it.each(CASES)('%s', (_name, mutate, message) => {
    const dir = geodataCopy();
    mutate(dir);
    let error: unknown;
    try { runBuild({ geodataDir: dir, outDir: out, all: false }); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(BuildError);
    expect((error as Error).message).toMatch(message);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('a population outside the plausible range with its source', () => {
  it('is accepted when the row names its source in column range_source', () => {
    const dir = geodataCopy();
    editText(dir, 'population-2020.csv', (t) => {
      const [header, ...rows] = t.trimEnd().split(/\r?\n/);
      return [`${header},range_source`, ...rows.map((r) => (r.startsWith(`${m0.adcode},`) ? `${popRow(r, m0.adcode, '25000000')},https://example.org/census` : `${r},`))].join('\n') + '\n';
    });
    const { files } = runBuild({ geodataDir: dir, outDir: tempDir('override'), all: false });
    expect(JSON.parse(files['atlas.json']).counties.find((c: { adcode: string }) => c.adcode === m0.adcode).population).toBe(25_000_000);
  });
});

describe('a refused build from the command line', () => {
  const cli = (geodata: string) => spawnSync('npx', ['tsx', 'scripts/build-geodata.ts', '--geodata', geodata, '--out', out], { encoding: 'utf8' });
  it.each(CASES.filter(([name]) => /directory|javascript: URL|core station that/.test(name)))('%s: exit code 1, one line naming file and record, no stack trace', (_name, mutate, message) => {
    const dir = geodataCopy();
    mutate(dir);
    const r = cli(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^build:data failed: /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(out)).toEqual(before);
  }, 60_000);
});
