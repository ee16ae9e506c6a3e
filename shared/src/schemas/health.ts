import { z } from "zod";

export const healthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.object({ ok: z.boolean(), kind: z.enum(["pglite", "postgres"]), latencyMs: z.number() }),
  version: z.string(),
});
export type Health = z.infer<typeof healthSchema>;
