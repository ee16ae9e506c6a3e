import { describe, expect, it } from "vitest";
import { circleAround, project } from "./geo.ts";
import { fitCamera, fitMaxZoom, maxZoom, minZoom, panBy, toScreen, unitsPerPixel, viewOf, zoomBy, zoomInto } from "./mapView.ts";

const frame = { width: 600, height: 400 };
const sofia = { lat: 42.6977, lng: 23.3219 };
const plovdiv = { lat: 42.1354, lng: 24.7453 };
const munich = { lat: 48.1351, lng: 11.582 };

/** Whether a place lies inside the frame with at least `inset` pixels to spare. */
function inside(camera: ReturnType<typeof fitCamera>, place: { lat: number; lng: number }, inset = 0) {
  const { left, top } = toScreen(viewOf(camera, frame), frame, project(place));
  return left >= inset && left <= frame.width - inset && top >= inset && top <= frame.height - inset;
}

describe("viewOf", () => {
  it("shows as many map units as the frame has pixels at the zoom, centred on the camera", () => {
    const view = viewOf({ x: 20, y: -50, zoom: 4 }, frame);
    expect(view.width).toBeCloseTo(600 * unitsPerPixel(4));
    expect(view.height / view.width).toBeCloseTo(400 / 600);
    expect(view.x + view.width / 2).toBeCloseTo(20);
    expect(view.y + view.height / 2).toBeCloseTo(-50);
    // Each zoom level doubles the scale.
    expect(unitsPerPixel(5)).toBeCloseTo(unitsPerPixel(4) / 2);
  });
});

describe("fitCamera", () => {
  it("fits every firm inside the frame, with the padding to spare", () => {
    const camera = fitCamera([sofia, plovdiv, munich], [], frame, 40);
    for (const place of [sofia, plovdiv, munich]) expect(inside(camera, place, 39)).toBe(true);
    // As close as that allows: one level closer would push a firm out.
    const closer = { ...camera, zoom: camera.zoom + 1 };
    expect([sofia, munich].every((place) => inside(closer, place))).toBe(false);
  });

  it("holds the whole search radius", () => {
    const circle = circleAround(plovdiv, 100);
    const camera = fitCamera([plovdiv], [circle.box], frame, 20);
    const view = viewOf(camera, frame);
    expect(view.x).toBeLessThanOrEqual(circle.box.x);
    expect(view.x + view.width).toBeGreaterThanOrEqual(circle.box.x + circle.box.width);
    expect(view.y).toBeLessThanOrEqual(circle.box.y);
    expect(view.y + view.height).toBeGreaterThanOrEqual(circle.box.y + circle.box.height);
  });

  it("does not zoom into the street for a single firm, and shows Europe for none", () => {
    expect(fitCamera([plovdiv], [], frame).zoom).toBe(fitMaxZoom);
    const europe = fitCamera([], [], frame);
    expect(europe.zoom).toBeGreaterThanOrEqual(minZoom);
    expect(europe.zoom).toBeLessThan(6);
    expect(inside(europe, sofia)).toBe(true);
    expect(inside(europe, munich)).toBe(true);
  });
});

describe("zoomBy", () => {
  it("zooms in and out by levels within the limits", () => {
    const camera = { x: 24, y: -47, zoom: 6 };
    expect(zoomBy(camera, 1, frame).zoom).toBe(7);
    expect(zoomBy(camera, -1, frame).zoom).toBe(5);
    expect(zoomBy({ ...camera, zoom: maxZoom }, 1, frame).zoom).toBe(maxZoom);
    expect(zoomBy({ ...camera, zoom: minZoom }, -1, frame).zoom).toBe(minZoom);
  });

  it("keeps the point under the pointer in place", () => {
    const camera = fitCamera([sofia, munich], [], frame);
    const anchor = toScreen(viewOf(camera, frame), frame, project(sofia));
    const zoomed = zoomBy(camera, 1, frame, anchor);
    const after = toScreen(viewOf(zoomed, frame), frame, project(sofia));
    expect(after.left).toBeCloseTo(anchor.left);
    expect(after.top).toBeCloseTo(anchor.top);
  });
});

describe("panBy", () => {
  it("moves the view by screen pixels at any zoom", () => {
    const camera = { x: 24, y: -47, zoom: 7 };
    const before = toScreen(viewOf(camera, frame), frame, project(plovdiv));
    const after = toScreen(viewOf(panBy(camera, 80, -40), frame), frame, project(plovdiv));
    expect(after.left).toBeCloseTo(before.left - 80);
    expect(after.top).toBeCloseTo(before.top + 40);
  });
});

describe("zoomInto", () => {
  it("centres on the cluster at the zoom where it splits, and at least one level closer", () => {
    const camera = { x: 0, y: 0, zoom: 5.5 };
    expect(zoomInto(camera, [24, -47], 9)).toEqual({ x: 24, y: -47, zoom: 9 });
    expect(zoomInto(camera, [24, -47], 5).zoom).toBe(6.5);
    expect(zoomInto({ ...camera, zoom: maxZoom }, [24, -47], 20).zoom).toBe(maxZoom);
  });
});
