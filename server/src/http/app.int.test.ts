import { request, type Server } from "node:http";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDemoData, servicesFor, startTestSearch, testSecret } from "../../test/fixtures.ts";
import { startTestHttpApp } from "../../test/http-client.ts";
import { repoRoot } from "../config.ts";
import { createServices } from "../services.ts";
import type { SearchRuntime } from "../search-index/search-runtime.ts";
import { createTestDatabase, testLogger, type TestDatabase } from "../../test/test-database.ts";
import { createApp } from "./app.ts";

describe(`HTTP app (${process.env.TEST_DB})`, () => {
  let db: TestDatabase;
  let server: Server;
  let search: SearchRuntime;
  let base: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    await importDemoData(db.prisma);
    search = await startTestSearch(db.prisma);
    const dist = mkdtempSync(path.join(tmpdir(), "cm-dist-"));
    writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>Cluster Match</title>");
    server = createApp({ db, logger: testLogger, search, services: servicesFor(db.prisma), clientDistDir: dist }).listen(0);
    await new Promise((resolve) => server.once("listening", resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await search.stop();
    await db.destroy();
  });

  it("reports database health on /healthz", async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    const companies = await db.prisma.company.count({ where: { status: "PUBLISHED" } });
    expect(await res.json()).toMatchObject({
      status: "ok",
      database: { ok: true, kind: process.env.TEST_DB },
      search: { ok: true, engine: "embedded", companies, pendingUpdates: 0 },
      mail: { pending: 0, failed: 0 },
    });
  });

  it("serves tRPC queries and typed, translated-ready errors", async () => {
    const input = encodeURIComponent(JSON.stringify({ pageSize: 5, countries: ["BG"] }));
    const ok = await fetch(`${base}/trpc/companies.list?input=${input}`);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { result: { data: { items: unknown[] } } };
    expect(body.result.data.items).toHaveLength(5);

    const bad = await fetch(`${base}/trpc/companies.list?input=${encodeURIComponent('{"pageSize":"lots"}')}`);
    expect(bad.status).toBe(400);
    const error = (await bad.json()) as { error: { message: string; data: { appCode: string; zodError: { fieldErrors: object } } } };
    expect(error.error.data.appCode).toBe("VALIDATION");
    expect(error.error.message).toBe("Invalid input");
    expect(Object.keys(error.error.data.zodError.fieldErrors)).toEqual(["pageSize"]);

    const missing = await fetch(`${base}/trpc/companies.get?input=${encodeURIComponent('{"idOrSlug":"nobody"}')}`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { data: { appCode: string } } }).error.data.appCode).toBe("NOT_FOUND");
  });

  it("answers a malformed Host header with 400, never 500 (a host with credentials broke the tRPC adapter)", async () => {
    const statusFor = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request(`${base}/trpc/companies.list?input=${encodeURIComponent('{"pageSize":1}')}`, { headers: { host } }, (res) => (res.resume(), resolve(res.statusCode ?? 0)));
        req.once("error", reject);
        req.end();
      });
    for (const host of ["a@b", "localhost@evil.example", "a b", "[::1", "evil.example/x"]) expect(await statusFor(host), host).toBe(400);
    for (const host of ["localhost:3000", "127.0.0.1", "[::1]:3000", "cluster.example.org"]) expect(await statusFor(host), host).toBe(200);
  });

  it("serves the SPA shell for client-side routes", async () => {
    const res = await fetch(`${base}/companies/some-slug?country=BG`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<title>Cluster Match</title>");
  });

  it("sends security headers on the SPA and on the API: a strict CSP, no framing, no sniffing, no Referer, no HSTS over http", async () => {
    for (const url of [`${base}/`, `${base}/companies/some-slug`, `${base}/trpc/companies.list?input=${encodeURIComponent("{}")}`]) {
      const res = await fetch(url);
      const csp = res.headers.get("content-security-policy") ?? "";
      const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(" ")]));
      expect(directives, url).toMatchObject({
        "default-src": "'self'",
        "script-src": "'self'",
        "script-src-attr": "'none'",
        "style-src": "'self'",
        "img-src": "'self' data: blob:",
        "object-src": "'none'",
        "frame-ancestors": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
      });
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).not.toContain("upgrade-insecure-requests");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("strict-transport-security")).toBeNull();
      expect(res.headers.get("x-powered-by")).toBeNull();
    }
  });

  it("sends HSTS only when PUBLIC_URL is https", async () => {
    const https = createServices(db.prisma, { secret: testSecret, publicUrl: "https://cluster.example", storage: servicesFor(db.prisma).storage, devMailbox: true });
    const secure = await startTestHttpApp(db, search, undefined, { services: https });
    try {
      const res = await fetch(`${secure.base}/trpc/companies.list?input=${encodeURIComponent("{}")}`);
      expect(res.headers.get("strict-transport-security")).toBe("max-age=15552000");
      expect(res.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    } finally {
      await secure.close();
    }
  });

  it("the built SPA has no inline script, so the CSP can forbid them", () => {
    const built = path.join(repoRoot, "client/dist/index.html");
    // client/dist exists after `pnpm build` (the e2e tests build it); the source page is checked always.
    for (const file of [path.join(repoRoot, "client/index.html"), ...(existsSync(built) ? [built] : [])]) {
      const html = readFileSync(file, "utf8");
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length, file).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes, file).toMatch(/\ssrc=/);
        expect(body!.trim(), file).toBe("");
      }
      expect(html).not.toMatch(/\son[a-z]+=/i);
    }
  });
});
