/**
 * The camera of the result map: a centre in map coordinates (lib/geo.ts) and a zoom level on the
 * usual web-map scale (the world is 256 × 2^zoom pixels wide), which is also the scale the
 * marker clustering works in (lib/mapClusters.ts).
 */
import { europe, project, type LatLng, type ViewBox } from "./geo.ts";

export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

/** The map's size on screen, in CSS pixels. */
export interface FrameSize {
  width: number;
  height: number;
}

/** Zoomed out, the map shows Europe; zoomed in, a town's streets would be next (which an outline map cannot show). */
export const minZoom = 3;
export const maxZoom = 12;
/** Fitting never zooms in closer than this: a single firm still shows its region around it. */
export const fitMaxZoom = 9;
const tileSize = 256;

const clampZoom = (zoom: number) => Math.max(minZoom, Math.min(maxZoom, zoom));

/** Map units (degrees of longitude) per screen pixel at a zoom. */
export function unitsPerPixel(zoom: number): number {
  return 360 / (tileSize * 2 ** zoom);
}

/** The part of the map a camera shows in a frame. */
export function viewOf(camera: Camera, frame: FrameSize): ViewBox {
  const scale = unitsPerPixel(camera.zoom);
  const width = frame.width * scale;
  const height = frame.height * scale;
  return { x: camera.x - width / 2, y: camera.y - height / 2, width, height };
}

/** Where a point of the map falls in the frame, in pixels from its top left corner. */
export function toScreen(view: ViewBox, frame: FrameSize, [x, y]: readonly [number, number]): { left: number; top: number } {
  return { left: ((x - view.x) / view.width) * frame.width, top: ((y - view.y) / view.height) * frame.height };
}

/**
 * The camera that shows every place (and every box, e.g. the search radius) with `padding`
 * pixels to spare at the edges; Europe when there is nothing to show.
 */
export function fitCamera(places: readonly LatLng[], boxes: readonly ViewBox[], frame: FrameSize, padding = 48): Camera {
  const corners = places.map(project);
  for (const box of boxes) corners.push([box.x, box.y], [box.x + box.width, box.y + box.height]);
  if (corners.length === 0) corners.push(project({ lat: europe.south, lng: europe.west }), project({ lat: europe.north, lng: europe.east }));
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const innerWidth = Math.max(frame.width - 2 * padding, 1);
  const innerHeight = Math.max(frame.height - 2 * padding, 1);
  // The zoom at which the span just fills the frame (a lone point has no span: fitMaxZoom).
  const fits = (span: number, pixels: number) => (span > 0 ? Math.log2((pixels * 360) / (span * tileSize)) : Infinity);
  const zoom = Math.min(fits(maxX - minX, innerWidth), fits(maxY - minY, innerHeight), fitMaxZoom);
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, zoom: clampZoom(zoom) };
}

/**
 * Zooms by `steps` levels (negative: out), keeping the map point under `anchor` (pixels in the
 * frame, the centre by default) where it is, as a wheel or a double click expects.
 */
export function zoomBy(camera: Camera, steps: number, frame: FrameSize, anchor?: { left: number; top: number }): Camera {
  const zoom = clampZoom(camera.zoom + steps);
  if (!anchor) return { ...camera, zoom };
  const view = viewOf(camera, frame);
  const ax = view.x + (anchor.left / frame.width) * view.width;
  const ay = view.y + (anchor.top / frame.height) * view.height;
  const factor = 2 ** (camera.zoom - zoom);
  return { x: ax + (camera.x - ax) * factor, y: ay + (camera.y - ay) * factor, zoom };
}

/** Moves the map by a number of screen pixels (positive: the content moves left/up, i.e. the view goes east/south). */
export function panBy(camera: Camera, dx: number, dy: number): Camera {
  const scale = unitsPerPixel(camera.zoom);
  return { ...camera, x: camera.x + dx * scale, y: camera.y + dy * scale };
}

/** The camera that opens a cluster: centred on it, at the zoom where it splits (at least one level closer). */
export function zoomInto(camera: Camera, at: readonly [number, number], expansionZoom: number): Camera {
  return { x: at[0], y: at[1], zoom: clampZoom(Math.max(expansionZoom, camera.zoom + 1)) };
}

export const canZoomIn = (camera: Camera) => camera.zoom < maxZoom;
export const canZoomOut = (camera: Camera) => camera.zoom > minZoom;
