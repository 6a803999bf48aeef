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

const topology = <O extends Record<string, v.GenericSchema>>(objects: O) => v.looseObject({
  type: v.literal('Topology'),
  arcs: v.array(v.array(v.array(v.number()))),
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
