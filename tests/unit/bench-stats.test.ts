import { describe, expect, it } from 'vitest';
import { formatRatio, pairedRatios, quantile, spread } from '../../scripts/bench/stats.ts';
import { initialChunks } from '../../scripts/bench/sizes.ts';

const chunk = (fileName: string, imports: string[] = [], isEntry = false, dynamicImports: string[] = []) =>
  ({ type: 'chunk' as const, fileName, code: '', isEntry, imports, dynamicImports });

describe('bench statistics', () => {
  it('pairs round i of one page with round i of the other', () => {
    expect(pairedRatios([200, 300, 900], [100, 300, 300])).toEqual([2, 1, 3]);
  });

  it('refuses to pair lists of different lengths', () => {
    expect(() => pairedRatios([1, 2], [1])).toThrow(/as many runs/);
  });

  it('gives the median, quartiles and range of a list', () => {
    const s = spread([5, 1, 4, 2, 3]);
    expect(s).toMatchObject({ n: 5, median: 3, q1: 2, q3: 4, min: 1, max: 5 });
    expect(quantile([10, 20], 0.5)).toBe(15);
    expect(formatRatio(s)).toBe('3.00× (IQR 2.00–4.00, min–max 1.00–5.00, n=5)');
  });
});

describe('bench initial chunks', () => {
  it('counts the entry and its static imports, not the chunks reached only by import()', () => {
    const chunks = [
      chunk('index.js', ['shared.js', 'maplibre-gl'], true, ['compare.js']),
      chunk('shared.js', ['strings.js']),
      chunk('strings.js'),
      chunk('compare.js', ['shared.js']),
      chunk('table.js'),
    ];
    expect(initialChunks(chunks).map((c) => c.fileName).sort()).toEqual(['index.js', 'shared.js', 'strings.js']);
  });
});
