/** The shape decode-atlas.ts needs from atlas.topo.json and land.topo.json (TopoJSON, quantized). */
import * as z from 'zod/mini';
import { adcode, prose } from './schema-parts.ts';

const geometry = <P extends z.ZodMiniType>(properties: P) => z.looseObject({
  type: z.enum(['Polygon', 'MultiPolygon']),
  arcs: z.array(z.unknown()),
  properties,
});
const collection = <P extends z.ZodMiniType>(properties: P) =>
  z.looseObject({ type: z.literal('GeometryCollection'), geometries: z.array(geometry(properties)).check(z.minLength(1)) });

const topology = <O extends Record<string, z.ZodMiniType>>(objects: O) => z.looseObject({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  transform: z.optional(z.looseObject({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) })),
  objects: z.looseObject(objects),
});

export const countyTopoSchema = topology({ counties: collection(z.looseObject({ adcode })) });
export const landTopoSchema = topology({
  provinces: collection(z.looseObject({ adcode, name: prose, context: z.boolean() })),
});
