import type { Health } from "@cluster-match/shared";
import type { Database } from "../db/database.ts";
import { countFailedEmails, countPendingEmails } from "../mail/mail.repository.ts";
import { countPendingOutbox } from "../outbox/outbox.repository.ts";
import { pingDatabase } from "./health.repository.ts";
import type { SearchIndex } from "../search-index/search-port.ts";

const version = process.env.npm_package_version ?? "0.0.0";

/** Database round trip and search index size; reports degraded instead of throwing, so probes always get an answer. */
export async function checkHealth(db: Database, index: SearchIndex): Promise<Health> {
  const started = performance.now();
  let ok = true;
  try {
    await pingDatabase(db.prisma);
  } catch {
    ok = false;
  }
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  const companies = await index.count("companies").catch(() => null);
  const pendingUpdates = ok ? await countPendingOutbox(db.prisma).catch(() => null) : null;
  const searchOk = companies !== null;
  const mailPending = ok ? await countPendingEmails(db.prisma).catch(() => null) : null;
  const mailFailed = ok ? await countFailedEmails(db.prisma).catch(() => null) : null;
  return {
    status: ok && searchOk ? "ok" : "degraded",
    database: { ok, kind: db.kind, latencyMs },
    search: { ok: searchOk, engine: index.engine, companies, pendingUpdates },
    mail: { pending: mailPending, failed: mailFailed },
    version,
  };
}
