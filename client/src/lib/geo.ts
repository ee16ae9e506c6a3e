/**
 * A Web-Mercator projection in degrees and a view that fits a set of points: small enough to
 * need no map library. Map coordinates are x = longitude, y = −(Mercator latitude), so north is
 * up in SVG and one unit is one degree of longitude everywhere.
 */

export interface LatLng {
  lat: number;
  lng: number;
}

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const maxLatitude = 85;

export function project({ lat, lng }: LatLng): [number, number] {
  const phi = (Math.max(-maxLatitude, Math.min(maxLatitude, lat)) * Math.PI) / 180;
  const mercator = (Math.log(Math.tan(Math.PI / 4 + phi / 2)) * 180) / Math.PI;
  return [lng, -mercator];
}

/** The cluster's part of Europe, shown when there is nothing to fit. */
export const europe = { west: -10, east: 40, south: 35, north: 60 };

type Position = number[];

/** SVG path data of polygon rings in map coordinates, rounded to about a kilometre. */
export function ringsToPath(rings: readonly (readonly Position[])[]): string {
  const round = (value: number) => Math.round(value * 100) / 100;
  return rings
    .map((ring) => {
      const points = ring.map(([lng = 0, lat = 0]) => {
        const [x, y] = project({ lat, lng });
        return `${round(x)},${round(y)}`;
      });
      return `M${points.join("L")}Z`;
    })
    .join("");
}

/** The inverse of `project`: the latitude and longitude at a point of the map. */
export function unproject([x, y]: readonly [number, number]): LatLng {
  const lat = ((2 * Math.atan(Math.exp((-y * Math.PI) / 180)) - Math.PI / 2) * 180) / Math.PI;
  return { lat, lng: x };
}

const earthRadiusKm = 6371;

/**
 * SVG path data of the circle of `radiusKm` around a place on the ground (drawn through 72 points
 * on the sphere, so it is as wide and tall as the distance search it shows, Mercator stretch
 * included), and the view box that holds it.
 */
export function circleAround(centre: LatLng, radiusKm: number, steps = 72): { path: string; box: ViewBox } {
  const angular = radiusKm / earthRadiusKm;
  const lat1 = (centre.lat * Math.PI) / 180;
  const lng1 = (centre.lng * Math.PI) / 180;
  const corners: [number, number][] = [];
  for (let step = 0; step < steps; step++) {
    const bearing = (2 * Math.PI * step) / steps;
    const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angular) + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing));
    const lng2 = lng1 + Math.atan2(Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1), Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2));
    corners.push(project({ lat: (lat2 * 180) / Math.PI, lng: (lng2 * 180) / Math.PI }));
  }
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const box = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return { path: `M${corners.map(([x, y]) => `${round(x)},${round(y)}`).join("L")}Z`, box };
}
