import { describe, expect, it } from "vitest";
import { addressInToken } from "./emailToken.ts";

const base64url = (value: string) => Buffer.from(value, "utf8").toString("base64url");
const jwt = (claims: object) => `${base64url('{"alg":"HS256"}')}.${base64url(JSON.stringify(claims))}.signature`;

describe("addressInToken", () => {
  it("reads the address of a confirmation token", () => {
    expect(addressInToken(jwt({ email: "ana@example.test", exp: 1 }))).toBe("ana@example.test");
    expect(addressInToken(jwt({ email: "иван@пример.bg" }))).toBe("иван@пример.bg");
  });

  it("gives null for anything else", () => {
    expect(addressInToken("not-a-real-token-123")).toBeNull();
    expect(addressInToken("a.b.c")).toBeNull();
    expect(addressInToken(jwt({ sub: "x" }))).toBeNull();
    expect(addressInToken(jwt({ email: 42 }))).toBeNull();
  });
});
