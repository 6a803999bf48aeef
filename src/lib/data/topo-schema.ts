/** The shape decode-atlas.ts needs from atlas.topo.json and land.topo.json (TopoJSON, quantized). */
import * as v from 'valibot';
import { adcode, prose } from './schema-parts.ts';

const geometry = <P extends v.GenericSchema>(properties: P) => v.looseObject({
  type: v.picklist(['Polygon', 'MultiPolygon']),
  arcs: v.array(v.unknown()),
  properties,
});
const collection = <P extends v.GenericSchema>(properties: P) =>
  v.looseObject({ type: v.literal('GeometryCollection'), geometries: v.pipe(v.array(geometry(properties)), v.minLength(1)) });

/**
 * The arcs: arrays of positions, each an array of numbers. Checked by one loop rather than a schema
 * per number: the two topologies hold ~20,000 numbers, and a schema for each cost ~40 ms of the main
 * thread on the first load (docs/BENCH.md, session 6). The first wrong item is reported with its
 * path, as a schema would (e.g. `arcs[12][3][1]`).
 */
const arcs = v.pipe(
  v.array(v.unknown()),
  v.rawCheck<unknown[]>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const all = dataset.value;
    const at = (input: unknown[], key: number) => ({ type: 'array' as const, origin: 'value' as const, input, key, value: input[key] });
    for (let i = 0; i < all.length; i++) {
      const arc = all[i];
      if (!Array.isArray(arc)) return addIssue({ message: 'an arc is a list of positions', path: [at(all, i)] });
      for (let j = 0; j < arc.length; j++) {
        const p = arc[j];
        if (!Array.isArray(p)) return addIssue({ message: 'a position is a list of numbers', path: [at(all, i), at(arc, j)] });
        for (let k = 0; k < p.length; k++) {
          if (typeof p[k] !== 'number' || Number.isNaN(p[k])) return addIssue({ message: 'a number', path: [at(all, i), at(arc, j), at(p, k)] });
        }
      }
    }
  }),
  v.transform((a) => a as number[][][]),
);

const topology = <O extends Record<string, v.GenericSchema>>(objects: O) => v.looseObject({
  type: v.literal('Topology'),
  arcs,
  transform: v.optional(v.looseObject({ scale: v.tuple([v.number(), v.number()]), translate: v.tuple([v.number(), v.number()]) })),
  objects: v.looseObject(objects),
});

export const countyTopoSchema = topology({ counties: collection(v.looseObject({ adcode })) });
export const landTopoSchema = v.intersect([topology({
  provinces: collection(v.looseObject({ adcode, name: prose, context: v.boolean() })),
}), v.looseObject({
  // the whole view (atlas.json `bounds`), so the land can be framed before atlas.json is in
  bounds: v.optional(v.tuple([v.number(), v.number(), v.number(), v.number()])),
})]);
