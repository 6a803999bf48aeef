/**
 * npm run build:data — geodata/ + county polygons → public/data/.
 * read → validate → join → measure → model → render → write (scripts/build/stages/); see docs/ARCHITECTURE.md.
 *   --all            also build every county of the package (scale check) into scale-check/all-counties.topo.json
 *   --geodata DIR    read the curated files from DIR (default geodata)
 *   --out DIR        write into DIR (default public/data)
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { BuildError } from './build/errors.ts';
import { runBuild, type BuildOptions } from './build/run.ts';

function parseArgs(argv: string[]): BuildOptions {
  const opts: BuildOptions = { geodataDir: 'geodata', outDir: join('public', 'data'), all: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--all') opts.all = true;
    else if (a === '--geodata') opts.geodataDir = argv[++i];
    else if (a === '--out') opts.outDir = argv[++i];
    else if (a === '--boundaries-from') opts.resolveBoundariesFrom = argv[++i];
    else throw new BuildError('(command line)', a, 'unknown option (use --all, --geodata DIR, --out DIR)');
  }
  return opts;
}

const t0 = performance.now();
try {
  const opts = parseArgs(process.argv.slice(2));
  const result = runBuild(opts);
  for (const line of result.lines) console.log(line);
  for (const [name, text] of Object.entries(result.files)) {
    console.log(`  ${name.padEnd(24)} ${(text.length / 1024).toFixed(1).padStart(7)} KiB  gzip ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1).padStart(6)} KiB`);
  }
  console.log(`build:data done in ${((performance.now() - t0) / 1000).toFixed(2)} s → ${opts.outDir}`);
} catch (err) {
  if (err instanceof BuildError) {
    console.error(`build:data failed: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
