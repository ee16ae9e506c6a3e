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
  return {
    ...c,
    dataDir: path.resolve(repoRoot, c.DATA_DIR),
    clientDistDir: path.resolve(repoRoot, c.CLIENT_DIST_DIR),
    seedDataDir: c.SEED_DATA_DIR ? path.resolve(repoRoot, c.SEED_DATA_DIR) : undefined,
  };
}
