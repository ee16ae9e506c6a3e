// `pnpm test`: every check, in order of speed. Makes sure the outside parts the tests need are
// there first: a PostgreSQL server, libfaketime and a Chromium browser.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import net from "node:net";

const databaseUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const isRoot = process.getuid?.() === 0;

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n${title} failed.`);
    process.exit(result.status ?? 1);
  }
}

function canConnect(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432) });
    socket.setTimeout(2000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

async function ensurePostgres() {
  if (await canConnect(databaseUrl)) return;
  // A Debian-style local cluster that is installed but stopped can be started.
  if (existsSync("/etc/postgresql") && isRoot) {
    for (const version of readdirSync("/etc/postgresql")) {
      spawnSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "start"], { stdio: "inherit" });
    }
    for (let i = 0; i < 20 && !(await canConnect(databaseUrl)); i++) await new Promise((r) => setTimeout(r, 500));
    if (await canConnect(databaseUrl)) return;
  }
  console.error(
    `No PostgreSQL server answers at ${databaseUrl}.\n` +
      "The integration tests run on PGlite and on a real PostgreSQL server. Start one (trust auth for user postgres),\n" +
      "or point TEST_DATABASE_URL at one whose user may create and drop databases.",
  );
  process.exit(1);
}

function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    run("install Chromium", "sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"]);
    if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  console.error(
    "No Chromium found for the end-to-end tests. Install your distribution's chromium package\n" +
      "(Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
  process.exit(1);
}

function ensureFaketime() {
  const onPath = () => (process.env.PATH ?? "").split(":").some((dir) => existsSync(`${dir}/faketime`));
  if (onPath()) return;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    run("install libfaketime", "sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime"]);
    if (onPath()) return;
  }
  console.error(
    "No faketime found: the suite also runs with the clock moved years ahead, to prove it does not depend on the day.\n" +
      "Install your distribution's faketime package (Debian/Ubuntu: apt-get install faketime; macOS: brew install libfaketime).",
  );
  process.exit(1);
}

await ensurePostgres();
ensureFaketime();
const chromium = ensureChromium();

run("lint", "pnpm", ["lint"]);
run("typecheck", "pnpm", ["typecheck"]);
run("unit and integration tests (PGlite and PostgreSQL)", "pnpm", ["exec", "vitest", "run"], {
  TEST_DATABASE_URL: databaseUrl,
});
// Once more with the system clock years past the demo data's dates (scripts/test-faketime.mjs).
run("unit and PGlite integration tests on another day (libfaketime)", "node", ["scripts/test-faketime.mjs", "2031-01-01"]);
run("end-to-end tests (Chromium)", "pnpm", ["test:e2e"], { CHROMIUM_PATH: chromium });
console.log("\nAll tests passed.");
