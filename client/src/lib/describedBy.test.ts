import { describe, expect, it } from "vitest";
import { describedBy } from "./describedBy.ts";

describe("describedBy", () => {
  it("names nothing when there is no hint, note or error", () => {
    expect(describedBy("f", undefined, undefined)).toBeUndefined();
    expect(describedBy("f", "", null)).toBeUndefined();
  });

  it("names the hint and the error once they are shown", () => {
    expect(describedBy("f", "a hint", undefined)).toBe("f-hint");
    expect(describedBy("f", undefined, "wrong")).toBe("f-error");
    expect(describedBy("f", "a hint", "wrong")).toBe("f-hint f-error");
  });

  it("puts further notes between the hint and the error", () => {
    expect(describedBy("f", "a hint", "wrong", "f-count")).toBe("f-hint f-count f-error");
    expect(describedBy("f", undefined, undefined, "f-count")).toBe("f-count");
  });
});
