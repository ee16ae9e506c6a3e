import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSearch } from "../../test/fixtures.ts";
import { startTestHttpApp, type TestHttpApp } from "../../test/http-client.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import type { SearchRuntime } from "../search-index/search-runtime.ts";

/** A built client as `vite build` leaves it: hashed assets with .br and .gz beside them. */
function fixtureDist(): { dir: string; js: string; css: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "cm-dist-"));
  mkdirSync(path.join(dir, "assets"));
  const js = `console.log(${JSON.stringify("first load ".repeat(200))});\n`;
  const css = `body{margin:0}${".a{color:red}".repeat(200)}\n`;
  const write = (name: string, text: string, compressed = true) => {
    writeFileSync(path.join(dir, name), text);
    if (!compressed) return;
    writeFileSync(path.join(dir, `${name}.br`), brotliCompressSync(text));
    writeFileSync(path.join(dir, `${name}.gz`), gzipSync(text));
  };
  write("index.html", `<!doctype html><title>Cluster Match</title><script type="module" src="/assets/index-AbC123.js"></script>`);
  write("assets/index-AbC123.js", js);
  write("assets/index-AbC123.css", css);
  write("favicon.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>", false);
  return { dir, js, css };
}

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A GET that sends exactly the given Accept-Encoding and keeps the body as sent. */
function get(url: string, acceptEncoding?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.once("error", reject);
    req.end();
  });
}

describe(`built client files (${process.env.TEST_DB})`, () => {
  let db: TestDatabase;
  let search: SearchRuntime;
  let app: TestHttpApp;
  let dist: ReturnType<typeof fixtureDist>;
  beforeAll(async () => {
    db = await createTestDatabase();
    search = await startTestSearch(db.prisma);
    dist = fixtureDist();
    app = await startTestHttpApp(db, search, dist.dir);
  });
  afterAll(async () => {
    await app.close();
    await search.stop();
    await db.destroy();
    rmSync(dist.dir, { recursive: true, force: true });
  });

  it("sends the brotli file when the browser accepts it, else gzip, else the file itself; always with Vary and the asset's type", async () => {
    const url = `${app.base}/assets/index-AbC123.js`;
    const br = await get(url, "gzip, deflate, br, zstd");
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(dist.js);

    const gz = await get(url, "gzip, deflate");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(dist.js);

    for (const identity of [await get(url), await get(url, "identity"), await get(url, "br;q=0, gzip;q=0")]) {
      expect(identity.headers["content-encoding"]).toBeUndefined();
      expect(identity.body.toString()).toBe(dist.js);
    }

    for (const res of [br, gz, await get(url)]) {
      expect(res.headers["content-type"]).toMatch(/^text\/javascript; charset=utf-8$/i);
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    }

    const css = await get(`${app.base}/assets/index-AbC123.css`, "br");
    expect(css.headers["content-encoding"]).toBe("br");
    expect(css.headers["content-type"]).toMatch(/^text\/css; charset=utf-8$/i);
    expect(brotliDecompressSync(css.body).toString()).toBe(dist.css);
  });

  it("caches hashed assets for a year as immutable, whatever the encoding", async () => {
    for (const encoding of ["br", "gzip", "identity"]) {
      const res = await get(`${app.base}/assets/index-AbC123.css`, encoding);
      expect(res.headers["cache-control"], encoding).toBe("public, max-age=31536000, immutable");
    }
  });

  it("revalidates the SPA shell on every load, at / and on client-side routes", async () => {
    for (const route of ["/bg/", "/en/search?q=laser", "/de/companies/some-slug", "/index.html"]) {
      const res = await get(`${app.base}${route}`, "gzip, br");
      expect(res.status, route).toBe(200);
      expect(res.headers["cache-control"], route).toBe("no-cache");
      expect(res.headers["content-type"], route).toMatch(/^text\/html; charset=utf-8$/i);
    }
  });

  it("keeps an hour for unhashed public files; a missing asset is a 404, never the shell (found by an outside probe)", async () => {
    const icon = await get(`${app.base}/favicon.svg`, "gzip, br");
    expect(icon.headers["cache-control"]).toBe("public, max-age=3600");
    expect(icon.headers["content-encoding"]).toBeUndefined();
    expect(icon.headers["content-type"]).toBe("image/svg+xml");

    const missing = await get(`${app.base}/assets/gone-XyZ.js`, "br");
    expect(missing.status).toBe(404);
    expect(missing.headers["content-type"]).toMatch(/^text\/plain/i);
    expect(missing.headers["cache-control"]).toBe("no-store");
    const route = await get(`${app.base}/en/companies/some-firm`, "br");
    expect(route.status).toBe(200);
    expect(route.headers["content-type"]).toMatch(/^text\/html/i);
  });
});
