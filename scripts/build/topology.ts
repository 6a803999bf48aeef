/**
 * GeoJSON → small TopoJSON. The order matters (tech-notes §3): build the topology unquantized,
 * presimplify with spherical triangle areas, simplify to a quantile of the weights, and quantize
 * LAST — quantizing first makes presimplify write absolute floats and the file grows past the GeoJSON.
 * https://github.com/topojson/topojson-simplify#presimplify
 */
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Topology, Objects } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';

export function buildTopology(objects: Record<string, FeatureCollection>, keep: number, q = 1e5): Topology {
  const topo = topology(objects) as unknown as Topology<Objects<{}>>;
  const pre = presimplify(topo, sphericalTriangleArea);
  // quantile() sorts weights in descending order, so quantile(p) is the weight that keeps about a fraction p.
  const simple = simplify(pre, quantile(pre, keep));
  return quantize(simple, q) as Topology;
}
