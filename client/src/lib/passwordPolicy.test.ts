import { passwordSchema } from "@cluster-match/shared";
import { describe, expect, it } from "vitest";
import { passwordLength, passwordState } from "./passwordPolicy.ts";

describe("passwordState", () => {
  it("follows the shared rule of 10 to 128 characters", () => {
    expect(passwordLength).toEqual({ min: 10, max: 128 });
    expect(passwordState("")).toEqual({ kind: "empty" });
    expect(passwordState("123456789")).toEqual({ kind: "short", missing: 1 });
    expect(passwordState("a")).toEqual({ kind: "short", missing: 9 });
    expect(passwordState("1234567890")).toEqual({ kind: "ok" });
    expect(passwordState("x".repeat(128))).toEqual({ kind: "ok" });
    expect(passwordState("x".repeat(130))).toEqual({ kind: "long", excess: 2 });
  });

  it("says ok exactly when the server's schema accepts", () => {
    for (const length of [0, 9, 10, 11, 127, 128, 129]) {
      const password = "p".repeat(length);
      expect(passwordState(password).kind === "ok", String(length)).toBe(passwordSchema.safeParse(password).success);
    }
  });
});
