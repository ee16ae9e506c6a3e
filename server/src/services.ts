import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createAuth } from "./auth/auth.ts";
import { createBackgroundTasks } from "./auth/background-tasks.ts";
import { createSignInThrottle, defaultThrottleLimits } from "./auth/sign-in-throttle.ts";
import { createSearchRateLimit } from "./rate-limit/search-rate-limit.ts";
import type { Config } from "./config.ts";
import type { AppServices } from "./context.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";
import type { Logger } from "./logger.ts";
import { createMailboxTransport, createSmtpTransport, type MailTransport } from "./mail/mail-transport.ts";
import { createDiskStorage, createS3Storage, type FileStorage } from "./storage/file-storage.ts";

/** AUTH_SECRET, or one generated once and kept in the data directory (embedded setups). */
export function resolveAuthSecret(config: Pick<Config, "AUTH_SECRET" | "dataDir">): string {
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
  const file = path.join(config.dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function createStorage(config: Config): FileStorage {
  return config.S3_BUCKET
    ? createS3Storage({
        bucket: config.S3_BUCKET,
        endpoint: config.S3_ENDPOINT,
        region: config.S3_REGION,
        accessKeyId: config.S3_ACCESS_KEY_ID,
        secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      })
    : createDiskStorage(config.uploadsDir);
}

export function createMailTransport(config: Config): MailTransport {
  return config.SMTP_URL ? createSmtpTransport(config.SMTP_URL, config.MAIL_FROM) : createMailboxTransport();
}

export function createServices(
  prisma: PrismaClient,
  options: { secret: string; publicUrl: string; storage: FileStorage; devMailbox: boolean; logger?: Logger; authRateLimit?: number; searchRateLimit?: number },
): AppServices {
  return {
    auth: createAuth({ prisma, secret: options.secret, publicUrl: options.publicUrl, logger: options.logger }),
    throttle: createSignInThrottle(prisma, { ...defaultThrottleLimits, perAddress: options.authRateLimit ?? defaultThrottleLimits.perAddress }),
    searchLimit: createSearchRateLimit(options.searchRateLimit ?? 0),
    background: createBackgroundTasks(options.logger),
    storage: options.storage,
    publicUrl: options.publicUrl,
    devMailbox: options.devMailbox,
  };
}
