/**
 * Stage 3 — join: the counties drawn (every county of every prefecture-level unit some circle
 * touches, members and context alike) with their names, romanisations, prefecture and province from
 * the boundary package's own table, and census population. No geometry is measured here.
 */
import type { Prefecture } from '../../../src/lib/data/atlas-types.ts';
import type { AreaFeature, Boundaries } from '../boundaries.ts';
import { romanize, searchPinyin } from '../romanize.ts';
import type { ValidInputs } from './validate.ts';

/** A county's attributes before measurement (CountyProps without label and areaKm2). */
export interface JoinedCounty {
  adcode: string; name: string; nameEn: string; pinyin: string;
  prefecture: string; prefectureName: string; prefectureNameEn: string;
  province: string; provinceEn: string; population: number | null;
}

export interface Joined {
  /** Context counties in boundary-package order, with their polygons. */
  counties: { props: JoinedCounty; feature: AreaFeature }[];
  prefectures: Prefecture[];
}

export function join(v: ValidInputs, b: Boundaries): Joined {
  const touched = new Set(v.circles.flatMap((c) => c.members.map((m) => b.prefectureOf.get(m.adcode)!)));
  const en = (zh: string) => romanize(zh, v.readings);
  const counties = [...b.counties.values()]
    .filter((f) => touched.has(b.prefectureOf.get(f.properties.adcode) ?? ''))
    .map((feature) => {
      const { adcode, name, province } = feature.properties;
      const pref = b.prefectures.get(b.prefectureOf.get(adcode)!)!;
      const props: JoinedCounty = {
        adcode, name, nameEn: en(name), pinyin: searchPinyin(name),
        prefecture: pref.code, prefectureName: pref.name, prefectureNameEn: en(pref.name),
        province, provinceEn: en(province), population: v.census.get(adcode)?.population ?? null,
      };
      return { props, feature };
    });
  const prefectures = [...touched].map((code) => {
    const p = b.prefectures.get(code)!;
    return { code, name: { zh: p.name, en: en(p.name) }, pinyin: searchPinyin(p.name), province: p.province };
  });
  return { counties, prefectures };
}
