// Starts the built app for the end-to-end tests on a fresh embedded database with the demo data.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// One data folder per port, so several runs (different E2E_PORT) can go side by side.
const port = process.env.PORT ?? "3100";
const dataDir = path.join(root, "e2e", `.e2e-data-${port}`);
rmSync(dataDir, { recursive: true, force: true });

const child = spawn("pnpm", ["--filter", "@cluster-match/server", "exec", "tsx", "src/main.ts"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    SEED_DATA_DIR: "demo-data",
    DATABASE_URL: "",
    LOG_LEVEL: "warn",
    HOST: "127.0.0.1",
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DEV_MAILBOX: "true",
    // Every test browser signs in from 127.0.0.1: the per-address budget would run out mid-run.
    // The lockout per account and address stays as in production.
    AUTH_RATE_LIMIT: "5000",
    SEARCH_RATE_LIMIT: "0",
    // The administrator the e2e tests sign in as.
    ADMIN_EMAIL: "admin@example.test",
    ADMIN_PASSWORD: "admin password 123",
    SMTP_URL: "",
  },
});
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
