import { appCodeOf } from "../test/error-codes.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAccessSamples, type AccessSamples, type MatrixFixtures } from "../test/access-matrix.ts";
import { buildActors } from "../test/builders.ts";
import { callerFor, importDemoData, startTestSearch } from "../test/fixtures.ts";
import { createTestDatabase, type TestDatabase } from "../test/test-database.ts";
import type { SessionUser } from "./context.ts";
import { appRouter } from "./router.ts";
import type { SearchRuntime } from "./search-index/search-runtime.ts";
import type { Access, Meta } from "./trpc.ts";

type ActorName = "visitor" | "editor" | "owner" | "outsider" | "manager" | "otherManager" | "admin";
const actorNames: ActorName[] = ["visitor", "outsider", "otherManager", "editor", "owner", "manager", "admin"];

/** Who a rule lets through, for a sample acting on the fixtures' company and cluster. */
const allowedBy: Record<Access, ActorName[]> = {
  public: actorNames,
  authed: ["outsider", "otherManager", "editor", "owner", "manager", "admin"],
  companyMember: ["editor", "owner", "manager", "admin"],
  companyOwner: ["owner", "manager", "admin"],
  clusterManager: ["manager", "admin"],
  admin: ["admin"],
  // Called from another machine (remoteRequest below); a browser on the server's own is let in too.
  adminOrLocal: ["admin"],
};

/** Every call comes from a client on another machine, as an attacker's would. */
const remoteRequest = { headers: new Headers({ host: "cluster-match.example" }), ip: "203.0.113.10", setCookie: () => {} };

/** What the access middlewares answer; anything else (validation, state, not found) got past the rule. */
const refusalCodes = new Set(["UNAUTHENTICATED", "FORBIDDEN"]);

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta; type: string } }>);


describe(`authorization matrix: every procedure × every role (${process.env.TEST_DB})`, () => {
  let db: TestDatabase;
  let search: SearchRuntime;
  let fixtures: MatrixFixtures;
  let samples: AccessSamples;
  beforeAll(async () => {
    db = await createTestDatabase();
    await importDemoData(db.prisma);
    search = await startTestSearch(db.prisma);
    fixtures = { ...(await buildActors(db.prisma)), prisma: db.prisma };
    samples = await loadAccessSamples();
  });
  afterAll(async () => {
    await search.stop();
    await db.destroy();
  });

  it("has a sample input for every procedure", () => {
    const missing = procedures.map(([name]) => name).filter((name) => !samples[name]);
    expect(missing).toEqual([]);
  });

  for (const [name, procedure] of procedures) {
    const access = procedure._def.meta?.access ?? "public";
    it(`${name} (${access}): refuses ${actorNames.filter((a) => !allowedBy[access].includes(a)).join(", ") || "nobody"}`, async () => {
      const sample = samples[name];
      if (!sample) return; // reported by the test above
      const call = async (actor: ActorName) => {
        const user = fixtures[actor] as SessionUser | null;
        const caller = callerFor(db.prisma, search, user, remoteRequest) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
        const [domain, verb] = name.split(".") as [string, string];
        const input = await sample(fixtures);
        return appCodeOf(() => caller[domain]![verb]!(input));
      };
      const allowed = allowedBy[access];
      for (const actor of actorNames.filter((a) => !allowed.includes(a))) {
        expect(await call(actor), `${name} as ${actor}`).toSatisfy((code: string | null) => code !== null && refusalCodes.has(code));
      }
      // Queries for everyone allowed; a mutation once, by the weakest allowed role (the same middleware admits the rest).
      const checked = procedure._def.type === "query" ? allowed : allowed.slice(0, 1);
      for (const actor of checked) {
        const code = await call(actor);
        expect(code === null || !refusalCodes.has(code), `${name} as ${actor} was refused (${code})`).toBe(true);
      }
    });
  }
});
