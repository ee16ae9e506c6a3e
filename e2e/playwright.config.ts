import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";

const here = path.dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Specs that only read, and compare what a page shows with what the API answers (a page of the
// directory, search results, match lists), get an app of their own that no spec writes to. On
// the shared app, a spec in the other worker that publishes, imports, merges or suspends a firm
// shifts every page after it between the API call and the page load: that made "pagination keeps
// its page in the URL" flaky. A spec that writes anything belongs to the other group.
const readOnlyPort = Number(process.env.E2E_READ_ONLY_PORT ?? port + 1000);
const readOnlyURL = `http://127.0.0.1:${readOnlyPort}`;
const readOnlySpecs = ["directory.spec.ts", "search.spec.ts", "opportunities.spec.ts", "responsive.spec.ts"];

/** The built app in production mode on a fresh PGlite database seeded with the demo data. */
const app = (appPort: number, url: string) => ({
  command: "node start-app.mjs",
  cwd: here,
  url: `${url}/healthz`,
  timeout: 180_000,
  reuseExistingServer: false,
  stdout: "pipe" as const,
  env: { PORT: String(appPort) },
});

// Debian's Chromium: Playwright cannot download its own browser on these machines. The flags keep
// Chromium from reaching for Google's services, which a closed network refuses.
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  // Per port, so runs on different E2E_PORTs side by side do not clear each other's results.
  outputDir: port === 3100 ? "test-results" : `test-results-${port}`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // A retry may rescue a run, but a test that needed one is reported as flaky and fails CI: a
  // retry must never hide a race.
  retries: process.env.CI ? 1 : 0,
  failOnFlakyTests: !!process.env.CI,
  workers: 2,
  reporter: [["list"], ["html", { open: "never", outputFolder: port === 3100 ? "playwright-report" : `playwright-report-${port}` }]],
  use: {
    baseURL,
    // A Bulgarian browser (Accept-Language), the cluster's own audience: the language a spec sees
    // unless it chooses one (helpers.ts useLocale) or opens a context in another (language.spec.ts).
    locale: "bg-BG",
    screenshot: "on",
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: readOnlySpecs },
    {
      name: "desktop-read-only",
      use: { ...devices["Desktop Chrome"], baseURL: readOnlyURL },
      testMatch: readOnlySpecs.filter((spec) => spec !== "responsive.spec.ts"),
    },
    { name: "phone", use: { ...devices["Pixel 7"], baseURL: readOnlyURL }, testMatch: "responsive.spec.ts" },
  ],
  webServer: [app(port, baseURL), app(readOnlyPort, readOnlyURL)],
});
