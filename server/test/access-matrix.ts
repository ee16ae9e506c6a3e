import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import type { Actors } from "./builders.ts";

/** What a sample input may use: the actors around one company and cluster, and the database. */
export interface MatrixFixtures extends Actors {
  prisma: PrismaClient;
}

/**
 * A valid input for a procedure, for a call by an actor who has the right: built fresh for each
 * call, so a mutation always has something to act on (e.g. a new draft opportunity).
 */
export type Sample = (f: MatrixFixtures) => unknown;

/** Procedure path ("opportunities.create") → its sample input. Each domain exports its own. */
export type AccessSamples = Record<string, Sample>;

/** Every domain's samples (server/test/access-samples/<domain>.ts), merged. */
export async function loadAccessSamples(): Promise<AccessSamples> {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "access-samples");
  const files = readdirSync(dir).filter((name) => name.endsWith(".ts")).map((name) => path.join(dir, name));
  const modules = await Promise.all(files.map((f) => import(f) as Promise<Record<string, AccessSamples>>));
  return Object.assign({}, ...modules.flatMap((m) => Object.values(m))) as AccessSamples;
}
