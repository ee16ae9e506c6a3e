import { describe, expect, it } from "vitest";
import { fitView, project, ringsToPath } from "./geo.ts";

describe("project", () => {
  it("keeps longitude, puts north up and stretches latitude like Mercator", () => {
    const [x, y] = project({ lat: 0, lng: 25 });
    expect(x).toBe(25);
    expect(y).toBeCloseTo(0);
    const [, y45] = project({ lat: 45, lng: 0 });
    expect(y45).toBeCloseTo(-50.5, 1);
  });

  it("clamps the poles instead of returning infinity", () => {
    expect(Number.isFinite(project({ lat: -90, lng: 0 })[1])).toBe(true);
  });
});

describe("fitView", () => {
  it("fits every point with a margin at the requested aspect ratio", () => {
    const points = [
      { lat: 42.7, lng: 23.3 },
      { lat: 48.2, lng: 16.4 },
    ];
    const view = fitView(points, 2);
    expect(view.width / view.height).toBeCloseTo(2);
    for (const point of points) {
      const [x, y] = project(point);
      expect(x).toBeGreaterThan(view.x);
      expect(x).toBeLessThan(view.x + view.width);
      expect(y).toBeGreaterThan(view.y);
      expect(y).toBeLessThan(view.y + view.height);
    }
  });

  it("shows surroundings around a single point and Europe when there is none", () => {
    expect(fitView([{ lat: 42.1, lng: 24.7 }], 2).width).toBe(5);
    expect(fitView([], 2).width).toBeGreaterThanOrEqual(50);
  });
});

describe("ringsToPath", () => {
  it("draws closed rings", () => {
    expect(ringsToPath([[[0, 0], [1, 0], [1, 1]]])).toMatch(/^M0,-?0L1,-?0L1,-1\.?\d*Z$/);
  });
});
