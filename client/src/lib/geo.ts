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

/**
 * The view that shows every point with some margin, at least `minWidth` degrees wide (a single
 * city still shows its surroundings), widened to the aspect ratio (width / height) of the map.
 */
export function fitView(points: readonly LatLng[], aspect: number, minWidth = 5, margin = 0.15): ViewBox {
  const corners =
    points.length > 0
      ? points.map(project)
      : [project({ lat: europe.south, lng: europe.west }), project({ lat: europe.north, lng: europe.east })];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const grow = points.length > 0 ? 1 + 2 * margin : 1;
  let width = Math.max((maxX - minX) * grow, minWidth);
  let height = Math.max((maxY - minY) * grow, minWidth / aspect);
  if (width / height < aspect) width = height * aspect;
  else height = width / aspect;
  const centreX = (minX + maxX) / 2;
  const centreY = (minY + maxY) / 2;
  return { x: centreX - width / 2, y: centreY - height / 2, width, height };
}

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
