// Generates the Prisma client (WebAssembly query compiler, no native engine needed).
// The CLI still probes for a native schema engine at start; on machines that cannot download
// it, pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file lets generation proceed.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
if (!existsSync("node_modules/.bin/prisma")) {
  console.log("prisma CLI not installed yet; skipping client generation");
  process.exit(0);
}
const result = spawnSync("node_modules/.bin/prisma", ["generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
