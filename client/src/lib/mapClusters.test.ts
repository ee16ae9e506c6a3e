import { describe, expect, it } from "vitest";
import { project } from "./geo.ts";
import { clusterIndex, markerHolds, placeLabels, type MapMarker, type MapPoint } from "./mapClusters.ts";
import { fitCamera, maxZoom, toScreen, viewOf, zoomInto } from "./mapView.ts";

const frame = { width: 600, height: 400 };

const firm = (id: string, place: string, lat: number, lng: number): MapPoint => ({ id, name: `Firm ${id}`, place, lat, lng, href: `/companies/${id}` });

// Five firms in and around Plovdiv (a few km apart), two in Sofia, one in Munich.
const firms = [
  firm("p1", "Plovdiv", 42.135, 24.745),
  firm("p2", "Plovdiv", 42.15, 24.75),
  firm("p3", "Plovdiv", 42.14, 24.72),
  firm("a1", "Asenovgrad", 42.01, 24.87),
  firm("z1", "Pazardzhik", 42.19, 24.33),
  firm("s1", "Sofia", 42.69, 23.32),
  firm("s2", "Sofia", 42.7, 23.33),
  firm("m1", "München", 48.135, 11.582),
];

const clusters = (markers: MapMarker[]) => markers.filter((m) => m.kind === "cluster");
const count = (markers: MapMarker[]) => markers.reduce((sum, m) => sum + (m.kind === "cluster" ? m.count : 1), 0);

describe("clusterIndex", () => {
  it("merges firms that crowd on screen into clusters with their counts, and loses none", () => {
    const index = clusterIndex(firms);
    const camera = fitCamera(firms, [], frame);
    const markers = index.markers(camera, frame);
    expect(count(markers)).toBe(firms.length);
    const plovdiv = clusters(markers).find((m) => markerHolds(m, "p1"));
    expect(plovdiv).toBeDefined();
    expect(plovdiv!.kind === "cluster" && plovdiv!.count).toBeGreaterThanOrEqual(3);
    // Munich stands alone, a thousand kilometres away.
    expect(markers.find((m) => markerHolds(m, "m1"))?.kind).toBe("point");
  });

  it("splits a cluster when zoomed to its expansion zoom", () => {
    const index = clusterIndex(firms);
    const camera = fitCamera(firms, [], frame);
    const cluster = clusters(index.markers(camera, frame)).find((m) => markerHolds(m, "p1"));
    if (cluster?.kind !== "cluster" || cluster.expansionZoom === null) throw new Error("expected a cluster that splits");
    const closer = zoomInto(camera, cluster.at, cluster.expansionZoom);
    const visible = index.markers(closer, frame).filter((m) => cluster.points.some((p) => markerHolds(m, p.id)));
    expect(visible.length).toBeGreaterThan(1);
    expect(count(visible)).toBe(cluster.count);
  });

  it("names a cluster after its city only when all its firms share it", () => {
    const index = clusterIndex(firms);
    const markers = index.markers(fitCamera(firms, [], frame), frame);
    for (const marker of clusters(markers)) {
      if (marker.kind !== "cluster") continue;
      const places = new Set(marker.points.map((p) => p.place));
      expect(marker.place).toBe(places.size === 1 ? [...places][0] : null);
    }
  });

  it("keeps firms at one spot together at every zoom, without a zoom to split them", () => {
    const sameSpot = [firm("x1", "Gabrovo", 42.87, 25.32), firm("x2", "Gabrovo", 42.87, 25.32), firm("x3", "Gabrovo", 42.87, 25.32)];
    const index = clusterIndex(sameSpot);
    const markers = index.markers({ ...fitCamera(sameSpot, [], frame), zoom: maxZoom - 1 }, frame);
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({ kind: "cluster", count: 3, place: "Gabrovo", expansionZoom: null });
  });

  it("leaves out firms far outside the view", () => {
    const index = clusterIndex(firms);
    const markers = index.markers(fitCamera([firms[5]!, firms[6]!], [], frame), frame);
    expect(markers.some((m) => markerHolds(m, "m1"))).toBe(false);
  });
});

describe("placeLabels", () => {
  const marker = (left: number, top: number, radius = 9) => ({ left, top, radius });

  it("puts a label right of its marker, or left when the right would leave the frame", () => {
    const labels = placeLabels(
      [
        { key: "a", text: "Plovdiv", left: 100, top: 100, priority: 1 },
        { key: "b", text: "Burgas", left: 590, top: 300, priority: 1 },
      ],
      [marker(100, 100), marker(590, 300)],
      frame,
    );
    expect(labels.find((l) => l.key === "a")).toMatchObject({ side: "right" });
    expect(labels.find((l) => l.key === "b")).toMatchObject({ side: "left" });
    expect(labels.every((l) => l.left >= 0)).toBe(true);
  });

  it("drops the lesser of two labels that would overlap, and never covers a marker", () => {
    // Right of "small" is "big"'s label; left of it another marker.
    const labels = placeLabels(
      [
        { key: "small", text: "Asenovgrad", left: 200, top: 212, priority: 1 },
        { key: "big", text: "Plovdiv", left: 200, top: 200, priority: 5 },
      ],
      [marker(200, 200), marker(200, 212), marker(150, 212)],
      frame,
    );
    expect(labels.map((l) => l.key)).toEqual(["big"]);

    const blocked = placeLabels([{ key: "a", text: "Sofia", left: 100, top: 100, priority: 1 }], [marker(100, 100), marker(130, 100), marker(70, 100)], frame);
    expect(blocked).toEqual([]);
  });

  it("clears a big cluster at the labelled spot", () => {
    const [label] = placeLabels([{ key: "centre", text: "Plovdiv", left: 300, top: 200, priority: 10 }], [marker(300, 200, 20)], frame);
    expect(label).toBeDefined();
    expect(label!.left).toBeGreaterThanOrEqual(320);
  });
});

describe("screen positions", () => {
  it("puts a firm where the projection says, inside the fitted frame", () => {
    const camera = fitCamera(firms, [], frame);
    const { left, top } = toScreen(viewOf(camera, frame), frame, project(firms[7]!));
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(frame.width);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(frame.height);
  });
});

describe("placeLabels beside a cluster drawn over the spot", () => {
  it("moves the label clear of a cluster a few pixels off the labelled point", () => {
    const [label] = placeLabels([{ key: "centre", text: "Plovdiv", left: 300, top: 200, priority: 10 }], [{ left: 304, top: 203, radius: 20 }], { width: 600, height: 400 });
    expect(label!.left).toBeGreaterThanOrEqual(304 + 20);
  });
});
