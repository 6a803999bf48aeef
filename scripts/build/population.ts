/** geodata/population-2020.csv and devzones-2020.csv: the 2020 census by county and by census zone. */
import type { DevZone } from '../../src/lib/data/atlas-types.ts';
import { parseCsv } from './csv.ts';
import { BuildError } from './errors.ts';

function count(value: string, file: string, record: string, column: string): number {
  if (value === '') throw new BuildError(file, record, `${column} is missing`);
  if (!/^-?\d+(\.\d+)?$/.test(value)) throw new BuildError(file, record, `${column} "${value}" is not a number`);
  const n = Number(value);
  if (n < 0) throw new BuildError(file, record, `${column} ${value} is negative`);
  if (!Number.isInteger(n)) throw new BuildError(file, record, `${column} ${value} is not a whole number of people`);
  return n;
}

function requireSource(value: string, file: string, record: string): void {
  if (value.trim() === '' || value.trim() === '-') throw new BuildError(file, record, 'a record needs a source (column source is empty)');
}

export interface CensusRow { adcode: string; name: string; population: number; source: string }

export function parsePopulation(text: string, file: string, adcodes: ReadonlySet<string>): Map<string, CensusRow> {
  const out = new Map<string, CensusRow>();
  for (const { line, values } of parseCsv(text, file, ['adcode', 'name', 'pop_2020', 'source'])) {
    const record = `line ${line} (${values.adcode} ${values.name})`;
    if (!/^\d{6}$/.test(values.adcode)) throw new BuildError(file, record, `adcode "${values.adcode}" is not 6 digits`);
    if (out.has(values.adcode)) throw new BuildError(file, record, `duplicate adcode ${values.adcode}`);
    if (!adcodes.has(values.adcode)) throw new BuildError(file, record, `unknown adcode ${values.adcode}: not a county in the boundary package`);
    requireSource(values.source, file, record);
    out.set(values.adcode, { adcode: values.adcode, name: values.name, population: count(values.pop_2020, file, record, 'pop_2020'), source: values.source });
  }
  return out;
}

const CONFIDENCE = new Set(['sourced', 'inferred', 'uncertain']);

export function parseDevZones(text: string, file: string, adcodes: ReadonlySet<string>): DevZone[] {
  const codes = new Set<string>();
  return parseCsv(text, file, ['zone_code', 'name', 'pop_2020', 'host_adcodes', 'host_confidence', 'source']).map(({ line, values }) => {
    const record = `line ${line} (${values.zone_code} ${values.name})`;
    if (!/^\d{6}$/.test(values.zone_code)) throw new BuildError(file, record, `zone_code "${values.zone_code}" is not 6 digits`);
    if (codes.has(values.zone_code)) throw new BuildError(file, record, `duplicate zone_code ${values.zone_code}`);
    codes.add(values.zone_code);
    requireSource(values.source, file, record);
    const hostAdcodes = values.host_adcodes.split(';').map((s) => s.trim()).filter(Boolean);
    if (hostAdcodes.length === 0) throw new BuildError(file, record, 'host_adcodes is empty');
    for (const h of hostAdcodes) if (!adcodes.has(h)) throw new BuildError(file, record, `unknown host adcode ${h}`);
    if (!CONFIDENCE.has(values.host_confidence)) {
      throw new BuildError(file, record, `host_confidence "${values.host_confidence}" is not one of sourced, inferred, uncertain`);
    }
    const sources = [{ url: 'https://github.com/thebamboogrove/tudigong/blob/f436b425846f2173ca7cc7fc7c154c500ba23255/input/population.csv', date: '2022', what: values.source }];
    if (/^https?:/.test(values.host_source ?? '')) {
      for (const url of values.host_source.split(' ; ')) sources.push({ url: url.trim(), date: 'unknown', what: 'host county of the zone' });
    }
    return {
      code: values.zone_code, name: values.name, prefecture: values.prefecture ?? '',
      population: count(values.pop_2020, file, record, 'pop_2020'), hostAdcodes,
      hostConfidence: values.host_confidence as DevZone['hostConfidence'], hostNote: values.host_note ?? '', sources,
    };
  });
}
