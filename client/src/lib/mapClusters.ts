/**
 * Markers of the result map: firms close together on screen merge into one cluster marker with
 * their count, through supercluster (the clustering Mapbox and MapLibre use: a maintained,
 * dependency-free KD-tree index that answers per zoom level in microseconds and knows at which
 * zoom a cluster splits, which "click to zoom in" needs). Labels are placed where they overlap
 * nothing.
 */
import Supercluster from "supercluster";
import { project, unproject, type LatLng, type ViewBox } from "./geo.ts";
import { maxZoom, toScreen, viewOf, type Camera, type FrameSize } from "./mapView.ts";

/** A firm on the map. */
export interface MapPoint extends LatLng {
  id: string;
  /** The firm's name, in the reader's script. */
  name: string;
  /** Its city, in the reader's script: the marker's label. */
  place: string;
  /** Its page. */
  href: string;
}

interface PointProps {
  id: string;
}
interface ClusterProps {
  /** The city all its firms share, or null when they lie in several. */
  place: string | null;
}

export type MapMarker =
  | { kind: "point"; key: string; at: [number, number]; point: MapPoint }
  | {
      kind: "cluster";
      key: string;
      at: [number, number];
      count: number;
      place: string | null;
      points: MapPoint[];
      /** The zoom at which it splits; null when its firms share one spot (no zoom can split them). */
      expansionZoom: number | null;
    };

/** Cluster radius in screen pixels: about a marker and a half, so markers never overlap. */
const clusterRadius = 44;

export interface ClusterIndex {
  markers: (camera: Camera, frame: FrameSize) => MapMarker[];
}

/** Indexes the firms once per result page; `markers` then answers for any camera. */
export function clusterIndex(points: readonly MapPoint[]): ClusterIndex {
  const byId = new Map(points.map((point) => [point.id, point]));
  const placeOf = new Map(points.map((point) => [point.id, point.place]));
  const index = new Supercluster<PointProps, ClusterProps>({
    radius: clusterRadius,
    extent: 256,
    // One level below the closest zoom: at maxZoom every firm stands alone unless it shares its spot.
    maxZoom: maxZoom - 1,
    map: (props) => ({ place: placeOf.get(props.id) ?? null }),
    reduce: (merged, props) => {
      if (merged.place !== props.place) merged.place = null;
    },
  });
  index.load(points.map((point) => ({ type: "Feature", properties: { id: point.id }, geometry: { type: "Point", coordinates: [point.lng, point.lat] } })));

  return {
    markers(camera, frame) {
      const { x, y, width, height } = viewOf(camera, frame);
      // A margin around the view, so markers at the edge do not pop in and out while panning.
      const north = unproject([x, y - height * 0.2]).lat;
      const south = unproject([x, y + height * 1.2]).lat;
      const west = Math.max(-180, x - width * 0.2);
      const east = Math.min(180, x + width * 1.2);
      return index.getClusters([west, south, east, north], Math.floor(camera.zoom)).map((feature): MapMarker => {
        const [lng = 0, lat = 0] = feature.geometry.coordinates;
        const at = project({ lat, lng });
        const props = feature.properties;
        if ("cluster" in props && props.cluster) {
          const members = index.getLeaves(props.cluster_id, Infinity).flatMap((leaf) => byId.get(leaf.properties.id) ?? []);
          const expansion = index.getClusterExpansionZoom(props.cluster_id);
          return {
            kind: "cluster",
            key: `cluster-${members.map((member) => member.id).join(",")}`,
            at,
            count: props.point_count,
            place: props.place,
            points: members,
            expansionZoom: expansion > index.options.maxZoom ? null : expansion,
          };
        }
        const point = byId.get((props as PointProps).id)!;
        return { kind: "point", key: point.id, at, point };
      });
    },
  };
}

/** Whether a marker stands for the firm (itself, or a cluster that holds it). */
export function markerHolds(marker: MapMarker, id: string): boolean {
  return marker.kind === "point" ? marker.point.id === id : marker.points.some((point) => point.id === id);
}

export interface LabelCandidate {
  key: string;
  text: string;
  /** The marker's position in the frame, in pixels. */
  left: number;
  top: number;
  /** Higher goes first: a larger cluster or the search centre. */
  priority: number;
}

export interface PlacedLabel {
  key: string;
  text: string;
  left: number;
  top: number;
  /** Which side of its marker the label sits on. */
  side: "right" | "left";
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Place labels beside their markers, greedily by priority: right of the marker, else left of it,
 * else not at all when either would cover another label, a marker or the frame's edge. A label's
 * width is estimated from its length (`charWidth` pixels a character), which is all it needs to
 * keep labels apart.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  markers: readonly { left: number; top: number; radius: number }[],
  frame: FrameSize,
  { charWidth = 7.5, height = 18, gap = 6 }: { charWidth?: number; height?: number; gap?: number } = {},
): PlacedLabel[] {
  const taken: Box[] = markers.map((m) => ({ left: m.left - m.radius, top: m.top - m.radius, right: m.left + m.radius, bottom: m.top + m.radius }));
  const placed: PlacedLabel[] = [];
  for (const candidate of [...candidates].sort((a, b) => b.priority - a.priority)) {
    const width = candidate.text.length * charWidth + 8;
    // Clear the largest marker covering the labelled spot (its own, or a cluster drawn over it).
    const covering = markers.filter((m) => Math.hypot(m.left - candidate.left, m.top - candidate.top) <= m.radius + 2);
    const offset = Math.max(6, ...covering.map((m) => m.radius + Math.hypot(m.left - candidate.left, m.top - candidate.top))) + gap;
    const top = candidate.top - height / 2;
    const sides = [
      { side: "right" as const, box: { left: candidate.left + offset, top, right: candidate.left + offset + width, bottom: top + height } },
      { side: "left" as const, box: { left: candidate.left - offset - width, top, right: candidate.left - offset, bottom: top + height } },
    ];
    const fits = sides.find(
      ({ box }) =>
        box.left >= 0 &&
        box.right <= frame.width &&
        box.top >= 0 &&
        box.bottom <= frame.height &&
        !taken.some((other) => overlaps(box, other)),
    );
    if (!fits) continue;
    taken.push(fits.box);
    placed.push({ key: candidate.key, text: candidate.text, left: fits.box.left, top: fits.box.top, side: fits.side });
  }
  return placed;
}

/** The markers' positions in the frame. */
export function screenPositions(markers: readonly MapMarker[], view: ViewBox, frame: FrameSize) {
  return markers.map((marker) => ({ marker, ...toScreen(view, frame, marker.at) }));
}
