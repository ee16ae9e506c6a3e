import type { Health } from "@cluster-match/shared";
import type { Database } from "../db/database.ts";

const version = process.env.npm_package_version ?? "0.0.0";

/** Database round trip; reports degraded instead of throwing, so probes always get an answer. */
export async function checkHealth(db: Database): Promise<Health> {
  const started = performance.now();
  let ok = true;
  try {
    await db.prisma.$queryRaw`SELECT 1`;
  } catch {
    ok = false;
  }
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  return { status: ok ? "ok" : "degraded", database: { ok, kind: db.kind, latencyMs }, version };
}
