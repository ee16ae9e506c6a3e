import { describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import { createLogger, redactRequest, redactResponse, redactUrl, scrubSecrets } from "./logger.ts";

describe("log redaction", () => {
  it("replaces token values in the query of any path, and secret keys inside tRPC inputs", () => {
    expect(redactUrl("/reset-password?token=abc.def&next=%2Fx")).toBe("/reset-password?token=[Redacted]&next=%2Fx");
    expect(redactUrl("/verify-email?token=eyJhbGciOi.eyJlbWFpbCI6.sig")).toBe("/verify-email?token=[Redacted]");
    expect(redactUrl("/anything/else?a=1&resetToken=x&callbackURL=%2F")).toBe("/anything/else?a=1&resetToken=[Redacted]&callbackURL=%2F");
    const input = encodeURIComponent(JSON.stringify({ 0: { token: "secret-value", to: "a@b.test" } }));
    const redacted = redactUrl(`/trpc/x.y?batch=1&input=${input}`)!;
    expect(decodeURIComponent(redacted)).toBe('/trpc/x.y?batch=1&input={"0":{"token":"[Redacted]","to":"a@b.test"}}');
    expect(redactUrl("/trpc/x.y?input=not-json-secret")).toBe("/trpc/x.y?input=%5BRedacted%5D");
    expect(redactUrl("/companies?country=BG")).toBe("/companies?country=BG");
    expect(redactUrl("/companies")).toBe("/companies");
  });

  it("keeps no search text beside the address in the access log (found by an outside probe)", () => {
    const input = encodeURIComponent(JSON.stringify({ q: "laser cutting Plovdiv", locale: "en", page: 1 }));
    const url = redactUrl(`/trpc/search.companies?input=${input}`)!;
    expect(decodeURIComponent(url)).not.toContain("laser");
    expect(decodeURIComponent(url)).toContain('"locale":"en"');
    expect(redactRequest({ url: "/x", query: { input: JSON.stringify({ q: "Drehteile" }) } }).query).not.toMatchObject({ input: expect.stringContaining("Drehteile") });
    // The search page's own address, and a repeated input parameter.
    const page = redactRequest({ url: "/en/search?q=leak+laser&page=2", query: { q: "leak laser", page: "2", input: ["a", "b"] } });
    expect(JSON.stringify(page)).not.toContain("leak");
    expect(page.url).toContain("page=2");
  });

  it("scrubs tokens in nested links and path parameters, however encoded (found by an outside probe)", () => {
    const nested = redactUrl("/sign-in?next=%2Finvitations%2Faccept%3Ftoken%3DINVPROBE123%26x%3D1")!;
    expect(nested).not.toContain("INVPROBE123");
    expect(nested).toContain("%26x%3D1");
    expect(redactUrl("/reset-password;token=REALTOKEN.abc")).toBe("/reset-password;token=[Redacted]");
    expect(redactUrl("/x?next=%252Fa%253Ftoken%253DDOUBLE")).not.toContain("DOUBLE");
    const req = redactRequest({ url: "/sign-in", query: { next: "/invitations/accept?token=INVQ" }, headers: {} });
    expect(JSON.stringify(req)).not.toContain("INVQ");
  });

  it("drops cookies, authorization and token referers from requests, and Set-Cookie from responses", () => {
    const req = redactRequest({
      url: "/reset-password?token=t1",
      query: { token: "t1", input: '{"token":"t2"}', page: "2" },
      headers: { cookie: "cm.session_token=s1", authorization: "Bearer s2", referer: "http://localhost:3000/verify-email?token=t3", host: "localhost" },
    });
    expect(JSON.stringify(req)).not.toMatch(/t1|t2|t3|s1|s2/);
    expect(req.query).toEqual({ token: "[Redacted]", input: '{"token":"[Redacted]"}', page: "2" });
    expect(req.headers.host).toBe("localhost");
    const res = redactResponse({ headers: { "set-cookie": ["cm.session_token=s1; HttpOnly"], "content-type": "application/json" } });
    expect(res.headers).toEqual({ "set-cookie": "[Redacted]", "content-type": "application/json" });
  });

  it("scrubs a URL's user and password, also from logged errors (found by an outside probe)", () => {
    expect(scrubSecrets("Request to http://admin:s3cr3t@127.0.0.1:1/indexes has failed")).toBe("Request to http://[Redacted]@127.0.0.1:1/indexes has failed");
    expect(scrubSecrets("postgres://u:p%40ss@db/x and https://example.com/a@b")).not.toContain("p%40ss");
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    createLogger("info", false, sink).fatal({ err: new Error("Request to http://admin:s3cr3t@meili:7700/x failed") }, "start failed");
    expect(lines.join("")).not.toContain("s3cr3t");
    expect(lines.join("")).toContain("meili:7700");
  });
});
