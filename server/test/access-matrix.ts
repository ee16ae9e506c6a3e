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

function sampleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sampleFiles(path.join(dir, e.name)) : e.name === "access-samples.ts" ? [path.join(dir, e.name)] : [],
  );
}

/** Every domain's samples (the `access-samples.ts` files under server/src), merged. */
export async function loadAccessSamples(): Promise<AccessSamples> {
  const srcDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "../src");
  const modules = await Promise.all(sampleFiles(srcDir).map((f) => import(f) as Promise<Record<string, AccessSamples>>));
  return Object.assign({}, ...modules.flatMap((m) => Object.values(m))) as AccessSamples;
}
