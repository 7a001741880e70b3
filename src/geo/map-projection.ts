/**
 * Geographic positions for the viewer's map layout, and country outlines in
 * the same coordinates. One projection for both (d3-geo's Equal Earth, an
 * equal-area world projection that keeps the Nordic countries from swelling
 * the way Mercator does), so nodes sit on their towns when sigma draws the
 * outlines behind the graph. Coordinates are graph coordinates: x east, y
 * north (the projection's screen y, flipped). Pure and browser-safe.
 */
import { geoEqualEarth } from 'd3-geo';
import type Graph from 'graphology-types';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { nodeRecord } from '../formats/node-keyed.ts';

/** The Equal Earth equator spans 4√3π / (3·A1) at scale 1 (A1 = 1.340264); scale it to 1000 wide. */
const EQUATOR_WIDTH_AT_SCALE_1 = (4 * Math.sqrt(3) * Math.PI) / (3 * 1.340264);
const projection = geoEqualEarth().scale(1000 / EQUATOR_WIDTH_AT_SCALE_1).translate([0, 0]);

export interface MapPoint {
  x: number;
  y: number;
}

/** Project a latitude and longitude (degrees) to graph coordinates. */
export function projectLatLon(lat: number, lon: number): MapPoint {
  const [x, y] = projection([lon, lat]) ?? [0, 0];
  return { x: x + 0, y: 0 - y };
}

/**
 * Map positions for every node of a graph whose nodes carry `lat` and `lon`.
 * A node without coordinates is put at the mean position of its placed
 * neighbours (so it stays near its partners and is visibly "not on its own
 * town"); one with no placed neighbour goes to the south-west corner, and
 * `unplaced` lists both kinds so the viewer can say so.
 */
export function mapPositions(graph: Graph, options: { latAttribute?: string; lonAttribute?: string } = {}): { positions: Record<string, MapPoint>; unplaced: string[] } {
  const latAttribute = options.latAttribute ?? 'lat';
  const lonAttribute = options.lonAttribute ?? 'lon';
  const positions: Record<string, MapPoint> = nodeRecord();
  const unplaced: string[] = [];
  graph.forEachNode((node, a) => {
    const lat = a[latAttribute];
    const lon = a[lonAttribute];
    if (typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon)) positions[node] = projectLatLon(lat, lon);
    else unplaced.push(node);
  });
  const corner = projectLatLon(-60, -170);
  for (const node of unplaced) {
    let x = 0;
    let y = 0;
    let n = 0;
    graph.forEachNeighbor(node, (neighbour) => {
      const p = positions[neighbour];
      if (p && !unplaced.includes(neighbour)) {
        x += p.x;
        y += p.y;
        n++;
      }
    });
    positions[node] = n > 0 ? { x: x / n, y: y / n } : corner;
  }
  return { positions, unplaced };
}

/**
 * Country borders and coastlines of a world-atlas TopoJSON topology
 * (`countries-50m.json` or `-110m`), each line as a flat [x0, y0, x1, y1, …]
 * array in graph coordinates. Shared borders appear once.
 */
export function countryOutlines(topology: Topology, objectName = 'countries'): Float32Array[] {
  const object = topology.objects[objectName] as GeometryCollection | undefined;
  if (!object) throw new Error(`countryOutlines: the topology has no object "${objectName}"`);
  const lines = mesh(topology, object).coordinates;
  return lines.map((line) => {
    const flat = new Float32Array(line.length * 2);
    line.forEach(([lon, lat], i) => {
      const p = projectLatLon(lat!, lon!);
      flat[2 * i] = p.x;
      flat[2 * i + 1] = p.y;
    });
    return flat;
  });
}
