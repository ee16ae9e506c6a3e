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
  /** Where the app is reached by browsers: links in e-mails, cookie security, CSRF origin check. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Signs session cookies and tokens; at least 32 characters. Generated into DATA_DIR when unset outside production. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Express "trust proxy": how many proxies stand in front (for the client address used by rate limits). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** smtp://user:pass@host:587 or smtps://...; unset: e-mails go to the development mailbox. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.string().min(3).default("Cluster Match <no-reply@cluster-match.local>"),
  /** The development mailbox page (/dev/mailbox). Defaults to on exactly when SMTP_URL is unset. */
  DEV_MAILBOX: booleanFlag.optional(),
  /** Logos and other uploads: a folder (default DATA_DIR/uploads) or an S3-compatible bucket. */
  UPLOADS_DIR: z.string().min(1).optional(),
  S3_BUCKET: z.string().min(3).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Auth requests (sign-in, sign-up, resets) one client address may make in 15 minutes. */
  AUTH_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(30),
  /** An administrator account to make sure of at start (both set, or neither). */
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(10, "must be at least 10 characters").max(128).optional(),
  /** Run scheduled jobs (expiry, digests) in this process. */
  SCHEDULER: booleanFlag.default(true),
});

export type Config = ReturnType<typeof loadConfig>;

export class ConfigError extends Error {}

/** Reads and validates the environment; the error names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  if (c.NODE_ENV === "production" && c.PUBLIC_URL?.startsWith("https://") && !c.AUTH_SECRET) {
    throw new ConfigError("Invalid configuration:\n  AUTH_SECRET: required in production behind https (at least 32 characters)");
  }
  const dataDir = path.resolve(repoRoot, c.DATA_DIR);
  return {
    ...c,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ""),
    devMailbox: c.DEV_MAILBOX ?? !c.SMTP_URL,
    uploadsDir: path.resolve(repoRoot, c.UPLOADS_DIR ?? path.join(c.DATA_DIR, "uploads")),
    dataDir,
    clientDistDir: path.resolve(repoRoot, c.CLIENT_DIST_DIR),
    seedDataDir: c.SEED_DATA_DIR ? path.resolve(repoRoot, c.SEED_DATA_DIR) : undefined,
  };
}
