// pnpm create-admin -- --email someone@example.org [--name "Name"]; the password is read from
// the ADMIN_PASSWORD variable (never from the command line, which other users can see).
import { parseArgs } from "node:util";
import { ensureAdmin } from "../auth/bootstrap-admin.ts";
import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/database.ts";
import { applyMigrations } from "../db/migrations.ts";
import { createLogger } from "../logger.ts";
import { createServices, createStorage, resolveAuthSecret } from "../services.ts";
import { runCli } from "./run-cli.ts";

await runCli(async () => {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  // ADMIN_PASSWORD is validated with the rest of the configuration (10 to 128 characters).
  const config = loadConfig();
  const password = config.ADMIN_PASSWORD;
  if (!values.email || !password) {
    throw new Error("usage: ADMIN_PASSWORD=<at least 10 characters> pnpm create-admin -- --email someone@example.org [--name Name]");
  }
  const logger = createLogger(config.LOG_LEVEL);
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir, logger });
  try {
    await applyMigrations(db, logger);
    const services = createServices(db.prisma, { secret: resolveAuthSecret(config), publicUrl: config.publicUrl, storage: createStorage(config), devMailbox: config.devMailbox, logger });
    const { created } = await ensureAdmin(db.prisma, services.auth, { email: values.email, password, ...(values.name ? { name: values.name } : {}) }, logger);
    console.log(created ? `Administrator ${values.email} created.` : `${values.email} is now an administrator.`);
  } finally {
    await db.close();
  }
});
