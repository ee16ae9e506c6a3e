// First load of the built client: what a visitor's first page downloads, and when it first paints.
//
//   pnpm build && pnpm measure:first-load                  # starts the built server itself
//   pnpm measure:first-load -- --url http://127.0.0.1:3000  # or measures a running one
//
// Options: --dist DIR (the built client the sizes are read from, default client/dist; the server
// started here serves it too), --runs N (first paints per page, default 3), --company SLUG (the
// company page; default the first firm of the directory), --no-fcp (sizes only), --files (list
// each file). Builds nothing: run `pnpm build` first.
//
// For `/`, `/search` and a company page it prints the JS and CSS the page loads, as Chromium
// fetched them: the JS requested before the load event, and all JS until the network is idle (the
// search page's map loads after its results); raw, gzip and brotli sizes of the files in dist,
// and the bytes that went over the wire. Then the median first contentful paint of N cold loads
// with Lighthouse's "slow 4G" profile (150 ms RTT, 1.6 Mbps down, 750 kbps up) and a 4x slower
// CPU, applied through the DevTools protocol. It prints figures and asserts nothing.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2).filter((a) => a !== "--");
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const distDir = path.resolve(root, option("dist", "client/dist"));
const runs = Math.max(1, Number(option("runs", "3")));
const measureFcp = !args.includes("--no-fcp");

/** Lighthouse's mobile "slow 4G" (the figures of its simulated profile). */
const profile = { latencyMs: 150, downKbps: 1.6 * 1024, upKbps: 750, cpuSlowdown: 4 };

if (!existsSync(path.join(distDir, "index.html"))) {
  console.error(`No built client in ${distDir}: run \`pnpm build\` first.`);
  process.exit(1);
}

// Playwright comes with the e2e package; Chromium is Debian's.
const { chromium } = createRequire(path.join(root, "e2e", "package.json"))("@playwright/test");
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The built server in production mode on a fresh embedded database with the demo data. */
async function startServer() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "cm-first-load-"));
  const child = spawn(path.join(root, "server", "node_modules", ".bin", "tsx"), ["src/main.ts"], {
    cwd: path.join(root, "server"),
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      PUBLIC_URL: url,
      DATA_DIR: dataDir,
      SEED_DATA_DIR: "demo-data",
      DATABASE_URL: "",
      CLIENT_DIST_DIR: distDir,
      LOG_LEVEL: "warn",
      SMTP_URL: "",
      DEV_MAILBOX: "false",
      SCHEDULER: "false",
    },
  });
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error("the server did not become healthy within 180 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function firstCompanyPath(url) {
  const given = option("company", undefined);
  if (given) return `/companies/${given}`;
  const input = encodeURIComponent(JSON.stringify({ pageSize: 1 }));
  const body = await (await fetch(`${url}/trpc/companies.list?input=${input}`)).json();
  return `/companies/${body.result.data.items[0].slug}`;
}

const sizeCache = new Map();
/** Raw, gzip (level 9) and brotli (quality 11) sizes of a file of dist, by its URL path. */
function sizesOf(urlPath) {
  if (!sizeCache.has(urlPath)) {
    const bytes = readFileSync(path.join(distDir, decodeURIComponent(urlPath)));
    sizeCache.set(urlPath, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      br: brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
    });
  }
  return sizeCache.get(urlPath);
}

/**
 * JS and CSS a cold, unthrottled load of the page fetches until the network is idle. "Initial" are
 * the files requested before the load event (the entry, its imports, the page's own chunk); files
 * requested later load with data (the search page's map).
 */
async function assetsOf(browser, url, pagePath) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Page.enable");
  const requested = new Map();
  const files = new Map();
  let loadedAt = Infinity;
  cdp.on("Page.loadEventFired", ({ timestamp }) => (loadedAt = Math.min(loadedAt, timestamp)));
  cdp.on("Network.requestWillBeSent", ({ requestId, timestamp }) => requested.set(requestId, timestamp));
  cdp.on("Network.responseReceived", ({ requestId, type, response }) => {
    const { pathname, origin } = new URL(response.url);
    if ((type === "Script" || type === "Stylesheet") && origin === url) files.set(requestId, { pathname, type, encoding: response.headers["content-encoding"] ?? response.headers["Content-Encoding"] ?? "none", wire: 0 });
  });
  cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    const file = files.get(requestId);
    if (file) file.wire = encodedDataLength;
  });
  await page.goto(url + pagePath, { waitUntil: "networkidle" });
  await context.close();
  for (const [requestId, file] of files) file.initial = requested.get(requestId) < loadedAt;
  const list = [...files.values()];
  const sum = (type, key, initialOnly) => list.filter((f) => f.type === type && (!initialOnly || f.initial)).reduce((total, f) => total + sizesOf(f.pathname)[key], 0);
  const sizes = (type, initialOnly) => ({ raw: sum(type, "raw", initialOnly), gzip: sum(type, "gzip", initialOnly), br: sum(type, "br", initialOnly) });
  return {
    files: list,
    js: { initial: sizes("Script", true), all: sizes("Script", false) },
    css: sizes("Stylesheet", false),
    wire: list.reduce((total, f) => total + f.wire, 0),
    encodings: [...new Set(list.map((f) => f.encoding))].join("/"),
  };
}

/** First contentful paint (ms) of one cold load under the throttling profile. */
async function firstPaint(browser, url, pagePath) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: (profile.downKbps * 1024) / 8,
    uploadThroughput: (profile.upKbps * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpuSlowdown });
  await page.goto(url + pagePath, { waitUntil: "load", timeout: 60_000 });
  const fcp = await page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName("first-contentful-paint")[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: "paint", buffered: true });
      }),
  );
  await context.close();
  return fcp;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => (bytes / 1000).toFixed(1);

const given = option("url", undefined);
const server = given ? { url: given.replace(/\/$/, ""), stop: () => {} } : await startServer();
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  const pages = ["/", "/search", await firstCompanyPath(server.url)];
  const rows = [];
  for (const pagePath of pages) {
    const assets = await assetsOf(browser, server.url, pagePath);
    const paints = [];
    if (measureFcp) for (let i = 0; i < runs; i++) paints.push(await firstPaint(browser, server.url, pagePath));
    rows.push({ pagePath, assets, paints });
    if (args.includes("--files")) for (const f of assets.files) console.log(`  ${pagePath} ${f.pathname} ${f.initial ? "initial" : "later"} ${f.encoding} raw ${kb(sizesOf(f.pathname).raw)} kB gzip ${kb(sizesOf(f.pathname).gzip)} kB`);
  }

  console.log(`\nFirst load of ${server.url} (dist: ${path.relative(root, distDir) || distDir})`);
  console.log(`JS: files requested before the load event (all files until the network is idle, when more); sent: JS and CSS bytes over the wire`);
  console.log(`FCP: median of ${runs} cold loads, ${profile.latencyMs} ms RTT, ${profile.downKbps / 1024} Mbps down, ${profile.upKbps} kbps up, CPU ${profile.cpuSlowdown}x slower\n`);
  // JS: the files requested before the load event, and in brackets all of them when more came later.
  const both = (key) => (js) => (js.all[key] === js.initial[key] ? kb(js.initial[key]) : `${kb(js.initial[key])} (${kb(js.all[key])})`);
  const header = ["page", "JS files", "JS raw kB", "JS gzip kB", "JS br kB", "CSS raw kB", "CSS gzip kB", "sent kB (encoding)", "FCP ms (runs)"];
  const table = rows.map(({ pagePath, assets, paints }) => {
    const scripts = assets.files.filter((f) => f.type === "Script");
    const initialScripts = scripts.filter((f) => f.initial).length;
    return [
      pagePath,
      initialScripts === scripts.length ? String(initialScripts) : `${initialScripts} (${scripts.length})`,
      both("raw")(assets.js),
      both("gzip")(assets.js),
      both("br")(assets.js),
      kb(assets.css.raw),
      kb(assets.css.gzip),
      `${kb(assets.wire)} (${assets.encodings})`,
      paints.length ? `${Math.round(median(paints))} (${paints.map((p) => Math.round(p)).join(", ")})` : "-",
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of table) console.log(line(row));
} finally {
  await browser.close();
  server.stop();
}
