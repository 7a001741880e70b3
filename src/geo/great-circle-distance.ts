/**
 * Great-circle distance on a sphere (haversine formula).
 *
 * The Earth is taken as a sphere of radius 6371.0088 km, the IUGG mean
 * radius R1 = (2a + b) / 3 of the WGS 84 ellipsoid. A sphere is off by at
 * most ~0.5 % against the ellipsoid (Vincenty), far below the uncertainty of
 * placing a whole municipality at one point, and the haversine form stays
 * accurate for very short distances, where the spherical law of cosines
 * loses digits. Browser-safe.
 */

/** Mean Earth radius in kilometres (IUGG R1 for WGS 84). */
export const EARTH_RADIUS_KM = 6371.0088;

/** A point in decimal degrees: latitude north positive, longitude east positive. */
export interface LatLon {
  lat: number;
  lon: number;
}

const RADIANS = Math.PI / 180;

/** Great-circle distance in kilometres between two points. Throws on coordinates out of range. */
export function distanceKm(a: LatLon, b: LatLon): number {
  checkPoint(a);
  checkPoint(b);
  const phi1 = a.lat * RADIANS;
  const phi2 = b.lat * RADIANS;
  const dPhi = phi2 - phi1;
  const dLambda = (b.lon - a.lon) * RADIANS;
  const h = Math.sin(dPhi / 2) ** 2 + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) ** 2;
  // min() guards against h creeping above 1 by rounding for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function checkPoint(p: LatLon): void {
  if (!Number.isFinite(p.lat) || p.lat < -90 || p.lat > 90) throw new Error(`latitude out of range [-90, 90]: ${p.lat}`);
  if (!Number.isFinite(p.lon) || p.lon < -180 || p.lon > 180) throw new Error(`longitude out of range [-180, 180]: ${p.lon}`);
}
