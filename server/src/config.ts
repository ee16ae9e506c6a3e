import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** Repository root: relative paths in the configuration are resolved against it. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL")
    .optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  SEED_ON_EMPTY: booleanFlag.default(true),
  SEED_DATA_DIR: z.string().min(1).optional(),
  CLIENT_DIST_DIR: z.string().min(1).default("client/dist"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Meilisearch URL (http://127.0.0.1:7700; without a scheme http:// is meant); unset or blank: the embedded engine. */
  MEILI_HOST: z
    .string()
    .trim()
    .refine((v) => v === "" || URL.canParse(/^https?:\/\//.test(v) ? v : `http://${v}`), "must be a Meilisearch URL such as http://127.0.0.1:7700")
    .transform((v) => v || undefined)
    .optional(),
  /** Meilisearch API key. */
  MEILI_MASTER_KEY: z.string().min(1).optional(),
  /** Where the app is reached by browsers: links in e-mails, cookie security, CSRF origin check. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Signs session cookies and tokens; at least 32 characters. Generated into DATA_DIR when unset outside production. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Express "trust proxy": how many proxies stand in front (for the client address used by rate limits). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** smtp://user:pass@host:587 or smtps://...; unset: e-mails go to the development mailbox. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.string().min(3).default("Cluster Match <no-reply@cluster-match.local>"),
  /**
   * The development mailbox page (/dev/mailbox): readable by admins and by a browser on this
   * machine. Defaults to on exactly when SMTP_URL is unset; production settings require it explicitly.
   */
  DEV_MAILBOX: booleanFlag.optional(),
  /** Origins besides PUBLIC_URL that may send state-changing requests (comma-separated). */
  TRUSTED_ORIGINS: z
    .string()
    .transform((v) => v.split(",").map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((o) => new URL(o).origin)))
    .default([]),
  /** Logos and other uploads: a folder (default DATA_DIR/uploads) or an S3-compatible bucket. */
  UPLOADS_DIR: z.string().min(1).optional(),
  S3_BUCKET: z.string().min(3).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Auth requests (sign-in, sign-up, resets) one client address may make in 15 minutes. */
  AUTH_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(30),
  // Searches per client address and minute (0: no limit, for benchmarks behind one address).
  SEARCH_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(120),
  /** An administrator account to make sure of at start (both set, or neither). */
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(10, "must be at least 10 characters").max(128).optional(),
  /** Run scheduled jobs (expiry, digests) in this process. */
  SCHEDULER: booleanFlag.default(true),
  /** Days a logged search (query, what was understood, result count, click) is kept before a daily job deletes it. */
  SEARCH_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
});

export type Config = ReturnType<typeof loadConfig>;

type ParsedEnv = z.infer<typeof envSchema>;

/**
 * The origins the CSRF check accepts: PUBLIC_URL and the ones named in TRUSTED_ORIGINS, never
 * whatever Host a request claims. Without PUBLIC_URL the app is a local installation reached at
 * localhost, 127.0.0.1 or [::1]; in development the Vite dev server proxies the API from its own origin.
 */
function trustedOriginsOf(c: ParsedEnv, publicUrl: string): string[] {
  const origins = [new URL(publicUrl).origin, ...c.TRUSTED_ORIGINS];
  if (!c.PUBLIC_URL) origins.push(`http://127.0.0.1:${c.PORT}`, `http://[::1]:${c.PORT}`);
  if (c.NODE_ENV === "development") origins.push("http://localhost:5173", "http://127.0.0.1:5173");
  return [...new Set(origins)];
}

/** The warning logged at every start while the development mailbox is on; null when it is off. */
export function devMailboxWarning(config: Pick<Config, "devMailbox" | "production">): string | null {
  if (!config.devMailbox) return null;
  return config.production
    ? "the development mailbox is on in production (DEV_MAILBOX=true): administrators and browsers on this machine can read every e-mail, reset links included; set SMTP_URL and DEV_MAILBOX=false"
    : "the development mailbox is on: administrators and browsers on this machine can read every e-mail at /dev/mailbox, reset links included";
}

export class ConfigError extends Error {}

/** Reads and validates the environment; the error names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    // Secrets and URLs with credentials are never echoed: a log of a failed start must not leak them.
    const shown = (name: string) => (/SECRET|PASSWORD|KEY|_URL$|HOST|ENDPOINT|ORIGINS/.test(name) ? "(value hidden)" : `(got ${JSON.stringify(env[name])})`);
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message} ${shown(String(i.path[0]))}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  if (c.NODE_ENV === "production" && c.PUBLIC_URL?.startsWith("https://") && !c.AUTH_SECRET) {
    throw new ConfigError("Invalid configuration:\n  AUTH_SECRET: required in production behind https (at least 32 characters)");
  }
  const production = c.NODE_ENV === "production" || Boolean(c.PUBLIC_URL?.startsWith("https://"));
  const devMailbox = c.DEV_MAILBOX ?? !c.SMTP_URL;
  if (production && devMailbox && c.DEV_MAILBOX !== true) {
    throw new ConfigError(
      "Invalid configuration:\n  DEV_MAILBOX: production settings (NODE_ENV=production or an https PUBLIC_URL) without SMTP_URL would keep every e-mail " +
        "in the development mailbox. Set SMTP_URL to send e-mails, DEV_MAILBOX=false to turn the mailbox off, or DEV_MAILBOX=true to keep it on " +
        "on purpose (readable by administrators and by a browser on this machine only)",
    );
  }
  const publicUrl = (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, "");
  const dataDir = path.resolve(repoRoot, c.DATA_DIR);
  return {
    ...c,
    publicUrl,
    production,
    devMailbox,
    trustedOrigins: trustedOriginsOf(c, publicUrl),
    uploadsDir: path.resolve(repoRoot, c.UPLOADS_DIR ?? path.join(c.DATA_DIR, "uploads")),
    dataDir,
    clientDistDir: path.resolve(repoRoot, c.CLIENT_DIST_DIR),
    seedDataDir: c.SEED_DATA_DIR ? path.resolve(repoRoot, c.SEED_DATA_DIR) : undefined,
    /** The administrator to make sure of at start: ADMIN_EMAIL with ADMIN_PASSWORD (one without the other is ignored). */
    admin: c.ADMIN_EMAIL && c.ADMIN_PASSWORD ? { email: c.ADMIN_EMAIL, password: c.ADMIN_PASSWORD } : null,
  };
}
