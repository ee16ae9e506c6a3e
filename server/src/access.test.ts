import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./config.ts";
import { appRouter } from "./router.ts";
import type { Meta } from "./trpc.ts";

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta } }>);

describe("authorization rules", () => {
  it("every procedure declares who may call it", () => {
    expect(procedures.length).toBeGreaterThan(0);
    for (const [name, procedure] of procedures) {
      expect(procedure._def.meta?.access, name).toMatch(/^(public|authed|companyMember|companyOwner|clusterManager|admin|adminOrLocal)$/);
    }
  });

  it("the README's authorization matrix lists every procedure with its rule", () => {
    const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
    for (const [name, procedure] of procedures) {
      const row = readme.split("\n").find((line) => line.startsWith(`| \`${name}\``));
      expect(row, `README row for ${name}`).toBeDefined();
      expect(row).toContain(`| ${procedure._def.meta!.access} |`);
    }
  });
});
