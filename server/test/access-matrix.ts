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
