import { describe, expect, it } from "vitest";
import { ConfigError, devMailboxWarning, loadConfig, repoRoot } from "./config.ts";

describe("loadConfig", () => {
  it("has defaults for an embedded setup", () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.dataDir).toBe(`${repoRoot}/.data`);
    expect(config.SEED_ON_EMPTY).toBe(true);
  });

  it("names every bad variable", () => {
    const error = (() => {
      try {
        loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ["PORT", "DATABASE_URL", "LOG_LEVEL"]) expect(message).toContain(name);
  });

  it("never echoes a secret or a URL with credentials in its refusal", () => {
    const message = (() => {
      try {
        loadConfig({ ADMIN_PASSWORD: "short1", DATABASE_URL: "mysql://root:hunter2@db", MEILI_HOST: "http://admin:s3cr3t@[meili]:7700", PORT: "eighty" });
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    })();
    expect(message).toContain("ADMIN_PASSWORD");
    expect(message).toContain("DATABASE_URL");
    expect(message).not.toContain("short1");
    expect(message).not.toContain("hunter2");
    expect(message).toContain("MEILI_HOST");
    expect(message).not.toContain("s3cr3t");
    expect(message).toContain('"eighty"');
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: "" }).DATABASE_URL).toBeUndefined();
  });

  const refusal = (env: NodeJS.ProcessEnv) => {
    try {
      loadConfig(env);
      return null;
    } catch (e) {
      return e instanceof ConfigError ? e.message : e;
    }
  };
  const secret = "x".repeat(40);

  it("refuses production settings that would leave the development mailbox on without being asked to", () => {
    expect(refusal({ NODE_ENV: "production" })).toMatch(/DEV_MAILBOX/);
    expect(refusal({ PUBLIC_URL: "https://cluster.example" })).toMatch(/DEV_MAILBOX/);
    expect(refusal({ NODE_ENV: "production", PUBLIC_URL: "https://cluster.example", AUTH_SECRET: secret })).toMatch(/DEV_MAILBOX/);
    // Each way out starts: mail through SMTP, the mailbox off, or on explicitly.
    expect(loadConfig({ NODE_ENV: "production", PUBLIC_URL: "https://cluster.example", AUTH_SECRET: secret, SMTP_URL: "smtp://mail:587" }).devMailbox).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", PUBLIC_URL: "https://cluster.example", AUTH_SECRET: secret, DEV_MAILBOX: "false" }).devMailbox).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", PUBLIC_URL: "https://cluster.example", AUTH_SECRET: secret, DEV_MAILBOX: "true" }).devMailbox).toBe(true);
    // Outside production the mailbox stays the default without SMTP.
    expect(loadConfig({}).devMailbox).toBe(true);
    expect(loadConfig({ SMTP_URL: "smtp://mail:587" }).devMailbox).toBe(false);
  });

  it("warns at every start while the development mailbox is on", () => {
    expect(devMailboxWarning(loadConfig({}))).toMatch(/development mailbox is on/);
    expect(devMailboxWarning(loadConfig({ NODE_ENV: "production", DEV_MAILBOX: "1" }))).toMatch(/in production/);
    expect(devMailboxWarning(loadConfig({ DEV_MAILBOX: "false" }))).toBeNull();
  });

  it("trusts PUBLIC_URL and TRUSTED_ORIGINS for state-changing requests, and nothing from the request", () => {
    expect(loadConfig({ NODE_ENV: "production", PUBLIC_URL: "https://cluster.example/", AUTH_SECRET: secret, SMTP_URL: "smtp://m:587" }).trustedOrigins).toEqual([
      "https://cluster.example",
    ]);
    expect(
      loadConfig({ NODE_ENV: "production", PUBLIC_URL: "https://cluster.example", AUTH_SECRET: secret, SMTP_URL: "smtp://m:587", TRUSTED_ORIGINS: "https://www.cluster.example/, https://admin.cluster.example" })
        .trustedOrigins,
    ).toEqual(["https://cluster.example", "https://www.cluster.example", "https://admin.cluster.example"]);
    // A local installation without PUBLIC_URL is reached under the loopback names; development adds Vite's.
    expect(loadConfig({ PORT: "3000" }).trustedOrigins).toEqual([
      "http://localhost:3000",
      "http://127.0.0.1:3000",
      "http://[::1]:3000",
      "http://localhost:5173",
      "http://127.0.0.1:5173",
    ]);
    expect(refusal({ TRUSTED_ORIGINS: "not a url" })).toMatch(/TRUSTED_ORIGINS/);
  });

  it("takes the start-up administrator from ADMIN_EMAIL and ADMIN_PASSWORD, validated, only when both are set", () => {
    const admin = { email: "admin@example.org", password: "long enough 1" };
    expect(loadConfig({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password }).admin).toEqual(admin);
    expect(loadConfig({}).admin).toBeNull();
    expect(loadConfig({ ADMIN_EMAIL: admin.email }).admin).toBeNull();
    expect(loadConfig({ ADMIN_PASSWORD: admin.password }).admin).toBeNull();
    expect(loadConfig({ ADMIN_EMAIL: "", ADMIN_PASSWORD: "" }).admin).toBeNull();
    expect(refusal({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: "too short" })).toMatch(/ADMIN_PASSWORD: must be at least 10 characters/);
    expect(refusal({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: "x".repeat(129) })).toMatch(/ADMIN_PASSWORD/);
    expect(refusal({ ADMIN_EMAIL: "not an address", ADMIN_PASSWORD: admin.password })).toMatch(/ADMIN_EMAIL/);
  });
});
