// `pnpm test:faketime [-- DAY ...]`: the unit and PGlite integration tests with the system clock
// moved to other days by libfaketime (Debian package `faketime`), to prove that no result depends
// on the day the suite runs. Default days: the end of February before and in a leap year, and a
// day years after the data sets' reference day (2026-12-01). Each run starts at 00:00:00 UTC.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const days = process.argv.slice(2).filter((a) => a !== "--");
const runs = days.length > 0 ? days : ["2027-02-28", "2028-02-29", "2031-01-01"];
for (const day of runs) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
    console.error(`not a day: ${day} (give days as YYYY-MM-DD)`);
    process.exit(2);
  }
}

const faketime = (process.env.PATH ?? "").split(path.delimiter).map((dir) => path.join(dir, "faketime")).find((p) => existsSync(p));
if (!faketime) {
  console.error("libfaketime is not installed: apt-get install faketime (Debian/Ubuntu), or brew install libfaketime.");
  process.exit(1);
}

// Days are UTC; every process (pnpm, vitest, its forks and worker threads) inherits the preload.
// -m: the multi-threaded library (node has threads). Monotonic clocks stay real, so timers and
// timeouts behave; only the wall clock is moved.
const env = { ...process.env, TZ: "UTC", FAKETIME_NO_CACHE: "1" };
const underFaketime = (day, command, args, options = {}) =>
  spawnSync(faketime, ["-m", "--exclude-monotonic", `${day} 00:00:00`, command, ...args], { env, ...options });

// What node sees in the main thread, a worker thread and a child process.
const probe = `
const { Worker } = require("node:worker_threads");
const { execFileSync } = require("node:child_process");
const seen = { main: new Date().toISOString() };
seen.child = execFileSync(process.execPath, ["-e", "process.stdout.write(new Date().toISOString())"]).toString();
new Worker("require('node:worker_threads').parentPort.postMessage(new Date().toISOString())", { eval: true }).once("message", (m) => {
  seen.worker = m;
  process.stdout.write(JSON.stringify(seen));
  process.exit(0);
});`;

for (const day of runs) {
  const check = underFaketime(day, process.execPath, ["-e", probe], { encoding: "utf8" });
  const seen = check.status === 0 ? JSON.parse(check.stdout) : null;
  if (!seen || Object.values(seen).some((iso) => !iso.startsWith(day))) {
    console.error(`libfaketime did not move node's clock to ${day}: ${check.stdout || check.stderr}`);
    process.exit(1);
  }
  console.log(`\n=== unit and PGlite integration tests on ${day} (node sees ${seen.main}; worker ${seen.worker}; child ${seen.child})`);
  const result = underFaketime(day, "pnpm", ["exec", "vitest", "run", "--project", "unit", "--project", "components", "--project", "int-pglite"], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\nThe tests failed with the clock at ${day}.`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\nUnit and PGlite integration tests passed on ${runs.join(", ")}.`);
