import { z } from "zod";

export const healthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.object({ ok: z.boolean(), kind: z.enum(["pglite", "postgres"]), latencyMs: z.number() }),
  search: z.object({ ok: z.boolean(), engine: z.enum(["embedded", "meilisearch"]), companies: z.number().int().nullable(), pendingUpdates: z.number().int().nullable() }),
  /** E-mails waiting in the outbox, and those given up after the last retry (need a look). */
  mail: z.object({ pending: z.number().int().nullable(), failed: z.number().int().nullable() }),
  version: z.string(),
});
export type Health = z.infer<typeof healthSchema>;
