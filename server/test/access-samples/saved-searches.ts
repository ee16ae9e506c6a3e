import type { AccessSamples, MatrixFixtures } from "../access-matrix.ts";

/** A saved search of the fixtures' owner; other callers find it missing (which is past the rule). */
async function ownersSearch(f: MatrixFixtures): Promise<string> {
  const row = await f.prisma.savedSearch.create({ data: { userId: f.owner.id, name: "Matrix", kind: "COMPANIES", query: {} }, select: { id: true } });
  return row.id;
}

export const savedSearchesSamples: AccessSamples = {
  "savedSearches.list": () => undefined,
  "savedSearches.create": () => ({ name: "CNC in Bulgaria", kind: "COMPANIES", query: { q: "CNC", countries: ["BG"] }, frequency: "DAILY" }),
  "savedSearches.update": async (f) => ({ id: await ownersSearch(f), data: { frequency: "NONE" } }),
  "savedSearches.delete": async (f) => ({ id: await ownersSearch(f) }),
};
