import { describe, expect, it } from "vitest";
import { defaultAfterSignIn, safeNextPath } from "./safeRedirect.ts";

describe("safeNextPath", () => {
  it("keeps a path of this site with its query and hash", () => {
    expect(safeNextPath("/inbox")).toBe("/inbox");
    expect(safeNextPath("/companies/acme?tab=team#members")).toBe("/companies/acme?tab=team#members");
    expect(safeNextPath("/search?q=%D0%A6%D0%9F%D0%A3")).toBe("/search?q=%D0%A6%D0%9F%D0%A3");
  });

  it("falls back when there is no next page", () => {
    expect(safeNextPath(null)).toBe(defaultAfterSignIn);
    expect(safeNextPath(undefined)).toBe(defaultAfterSignIn);
    expect(safeNextPath("")).toBe(defaultAfterSignIn);
    expect(safeNextPath(null, "/account")).toBe("/account");
  });

  it("never leaves the site", () => {
    for (const hostile of [
      "https://evil.example/",
      "http://evil.example",
      "//evil.example/path",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "javascript:alert(1)",
      "evil.example",
      " /inbox",
      "/..//evil.example",
    ]) {
      const result = safeNextPath(hostile);
      expect(new URL(result, "http://our.site").origin, hostile).toBe("http://our.site");
      expect(result.startsWith("//"), hostile).toBe(false);
    }
    expect(safeNextPath("https://evil.example/")).toBe(defaultAfterSignIn);
    expect(safeNextPath("//evil.example/path")).toBe(defaultAfterSignIn);
  });

  it("does not send a signed-in user back into the sign-in pages", () => {
    expect(safeNextPath("/sign-in?next=/inbox")).toBe(defaultAfterSignIn);
    expect(safeNextPath("/verify-email?token=x")).toBe(defaultAfterSignIn);
  });
});
