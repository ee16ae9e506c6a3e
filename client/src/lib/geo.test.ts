import { describe, expect, it } from "vitest";
import { circleAround, project, ringsToPath, unproject } from "./geo.ts";

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

describe("ringsToPath", () => {
  it("draws closed rings", () => {
    expect(ringsToPath([[[0, 0], [1, 0], [1, 1]]])).toMatch(/^M0,-?0L1,-?0L1,-1\.?\d*Z$/);
  });
});

describe("unproject", () => {
  it("undoes project", () => {
    const plovdiv = { lat: 42.15, lng: 24.75 };
    const back = unproject(project(plovdiv));
    expect(back.lat).toBeCloseTo(plovdiv.lat, 6);
    expect(back.lng).toBeCloseTo(plovdiv.lng, 6);
  });
});

describe("circleAround", () => {
  it("draws a closed ring as far from the centre as the radius, in every direction", () => {
    const plovdiv = { lat: 42.15, lng: 24.75 };
    const { path, box } = circleAround(plovdiv, 50);
    expect(path).toMatch(/^M[-\d.,]+(L[-\d.,]+){71}Z$/);
    // 50 km are 0.45° of latitude, and 0.45° / cos(42.15°) = 0.61° of longitude on each side.
    expect(box.width).toBeCloseTo(2 * 0.607, 2);
    const north = unproject([box.x, box.y]).lat;
    const south = unproject([box.x, box.y + box.height]).lat;
    expect(north - plovdiv.lat).toBeCloseTo(0.45, 2);
    expect(plovdiv.lat - south).toBeCloseTo(0.45, 2);
  });
});
