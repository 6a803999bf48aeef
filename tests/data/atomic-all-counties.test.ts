/**
 * Data tier: `--all` (every county of the boundary package, a scale check) writes outside the site
 * data, so a later `vite build` never ships all-counties.topo.json (1.9 MB) in dist/ (issue 10).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from '../../scripts/build/run.ts';
import { stampOf } from '../../scripts/build/write-atomic.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-all-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('--all', () => {
  it('writes all-counties.topo.json into its own folder and nothing extra into the site data', () => {
    const outDir = join(root, 'data'), allOutDir = join(root, 'scale-check');
    runBuild({ geodataDir: 'geodata', outDir, all: true, allOutDir });
    expect(readdirSync(outDir).sort()).toEqual(['atlas.json', 'atlas.topo.json', 'land.topo.json', 'manifest.json', 'summary.json']);
    const all = JSON.parse(readFileSync(join(allOutDir, 'all-counties.topo.json'), 'utf8')) as { objects: { counties: { geometries: unknown[] } } };
    expect(all.objects.counties.geometries.length).toBeGreaterThan(2800);
    expect(stampOf(readFileSync(join(allOutDir, 'all-counties.topo.json'), 'utf8'))).not.toBeNull();
  });

  it('by default the scale check goes to scale-check/, which is outside public/', async () => {
    const { ALL_OUT_DIR } = await import('../../scripts/build/run.ts');
    expect(ALL_OUT_DIR.startsWith('public')).toBe(false);
    expect(existsSync(join('public', 'data', 'all-counties.topo.json'))).toBe(false);
  });
});
