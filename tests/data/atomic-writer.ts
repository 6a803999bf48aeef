/**
 * Child process of atomic-set.test.ts: one "build" that writes whole sets into a folder again and
 * again until the stop file appears. Each file's body names its build, so a reader can tell a torn
 * or mixed set from a whole one. argv: <dir> <stop file> <writer name>
 */
import { existsSync } from 'node:fs';
import { writeAllAtomically, newBuildId } from '../../scripts/build/write-atomic.ts';

const [dir, stop, who] = process.argv.slice(2);
const NAMES = ['atlas.json', 'atlas.topo.json', 'land.topo.json', 'summary.json'];
let sets = 0;
while (!existsSync(stop) && sets < 20_000) {
  const build = `${newBuildId()}-${who}-${sets}`;
  const body = (name: string) => JSON.stringify({ of: build, name, pad: 'x'.repeat(4000) });
  writeAllAtomically(dir, Object.fromEntries(NAMES.map((n) => [n, body(n)])), build);
  sets++;
  // a real build computes for seconds between writes; a few ms keeps the race tight but lets readers through
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1 + Math.random() * 3);
}
console.log(JSON.stringify({ who, sets }));
