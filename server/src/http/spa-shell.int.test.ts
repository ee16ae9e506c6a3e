import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSearch } from "../../test/fixtures.ts";
import { startTestHttpApp, type TestHttpApp } from "../../test/http-client.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import type { SearchRuntime } from "../search-index/search-runtime.ts";

interface Answer {
  status: number;
  location: string | undefined;
  vary: string | undefined;
  cacheControl: string | undefined;
  csp: string;
  body: string;
}

function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          location: res.headers.location,
          vary: res.headers.vary,
          cacheControl: res.headers["cache-control"],
          csp: String(res.headers["content-security-policy"] ?? ""),
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.once("error", reject);
    req.end();
  });
}

// The test services' PUBLIC_URL (test/fixtures.ts).
const publicUrl = "http://localhost:3000";

describe(`SPA shell in the page's language (${process.env.TEST_DB})`, () => {
  let db: TestDatabase;
  let search: SearchRuntime;
  let app: TestHttpApp;
  let dist: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    search = await startTestSearch(db.prisma);
    dist = mkdtempSync(path.join(tmpdir(), "cm-shell-"));
    writeFileSync(
      path.join(dist, "index.html"),
      `<!doctype html>\n<html lang="bg">\n  <head>\n    <title>Cluster Match</title>\n  </head>\n  <body><div id="root"></div><script type="module" src="/assets/index-x.js"></script></body>\n</html>\n`,
    );
    app = await startTestHttpApp(db, search, dist);
  });
  afterAll(async () => {
    await app.close();
    await search.stop();
    await db.destroy();
    rmSync(dist, { recursive: true, force: true });
  });

  it("redirects a path without a language to the browser's best UI language, keeping path and query", async () => {
    const german = await get(`${app.base}/companies/alfa?page=2&q=laser`, { "accept-language": "de-DE,de;q=0.9,en;q=0.8" });
    expect(german.status).toBe(302);
    expect(german.location).toBe("/de/companies/alfa?page=2&q=laser");
    expect(german.vary).toMatch(/Accept-Language/i);
    expect(german.vary).toMatch(/Cookie/i);
    expect(german.cacheControl).toBe("no-store");

    // q-values decide, not the order; a region matches its language; unknown languages are passed over.
    expect((await get(`${app.base}/`, { "accept-language": "fr;q=1, en;q=0.5, de;q=0.8" })).location).toBe("/de/");
    expect((await get(`${app.base}/search`, { "accept-language": "en-GB" })).location).toBe("/en/search");
    // Nothing to go by: Bulgarian.
    expect((await get(`${app.base}/clusters`, { "accept-language": "fr-FR, it" })).location).toBe("/bg/clusters");
    expect((await get(`${app.base}/clusters`)).location).toBe("/bg/clusters");
    // A path that only looks like it starts with a language, and a protocol-relative one, stay paths of this site.
    expect((await get(`${app.base}/design`, { "accept-language": "en" })).location).toBe("/en/design");
    expect((await get(`${app.base}//evil.example/x`, { "accept-language": "en" })).location).toBe("/en//evil.example/x");
  });

  it("lets a choice made on this device win over the browser's language and over the URL's", async () => {
    const chosen = { "accept-language": "de-DE", cookie: "other=1; cm_locale=en" };
    expect((await get(`${app.base}/companies`, chosen)).location).toBe("/en/companies");
    expect((await get(`${app.base}/de/companies?page=3`, chosen)).location).toBe("/en/companies?page=3");
    expect((await get(`${app.base}/en/companies`, chosen)).status).toBe(200);
    // A cookie value that is not a UI language is no choice.
    expect((await get(`${app.base}/companies`, { "accept-language": "de", cookie: "cm_locale=xx" })).location).toBe("/de/companies");
  });

  it("serves a shared link in its own language whatever the browser's, with lang, hreflang alternates and the canonical address", async () => {
    const page = await get(`${app.base}/en/companies/alfa-mashini?token=secret`, { "accept-language": "bg-BG,bg" });
    expect(page.status).toBe(200);
    expect(page.cacheControl).toBe("no-cache");
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).not.toContain('lang="bg">');
    for (const [hreflang, lang] of [["bg", "bg"], ["en", "en"], ["de", "de"], ["x-default", "bg"]]) {
      expect(page.body).toContain(`<link rel="alternate" hreflang="${hreflang}" href="${publicUrl}/${lang}/companies/alfa-mashini" />`);
    }
    expect(page.body).toContain(`<link rel="canonical" href="${publicUrl}/en/companies/alfa-mashini" />`);
    // The query (e-mail tokens, search permutations) is not repeated in the markup.
    expect(page.body).not.toContain("secret");
    // The links are in the head, and the Content Security Policy is the usual one (no inline script needed).
    expect(page.body.indexOf("hreflang")).toBeLessThan(page.body.indexOf("</head>"));
    expect(page.csp).toContain("script-src 'self'");

    const front = await get(`${app.base}/de/`);
    expect(front.body).toContain('<html lang="de">');
    expect(front.body).toContain(`<link rel="alternate" hreflang="en" href="${publicUrl}/en/" />`);
  });

  it("escapes a path's quotes and angle brackets in the injected links", async () => {
    const page = await get(`${app.base}/en/x%22%3E%3Cscript%3E`);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain("<script>");
    const raw = await get(`${app.base}/en/a"b`);
    expect(raw.body).not.toMatch(/href="[^"]*\/a"b"/);
  });
});
