import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SearchRequest } from "../search-port.ts";
import { createMeilisearchIndexFromConfig, MeilisearchIndex } from "./meilisearch-index.ts";
import { preferWord, rankAnchorWord } from "./rank-anchor.ts";
import { indexSettings } from "./settings.ts";
import { MeilisearchTaskError } from "./task-result.ts";

/**
 * A loopback stand-in for the few Meilisearch routes the adapter uses. It records each request,
 * enqueues a task for every write and lets a test decide how a task ends.
 */
interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
}

interface FakeTaskError {
  message: string;
  code: string;
}

let server: Server;
let host: string;
let requests: RecordedRequest[];
let failTask: (request: RecordedRequest) => FakeTaskError | null;
let searchReply: (body: Record<string, unknown>) => unknown;
const tasks = new Map<number, { uid: number; indexUid: string | null; type: string; error: FakeTaskError | null }>();

function taskTypeOf(method: string, path: string): string {
  if (path === "/indexes") return "indexCreation";
  if (path.endsWith("/settings")) return "settingsUpdate";
  if (method === "DELETE" && /^\/indexes\/[^/]+$/.test(path)) return "indexDeletion";
  if (method === "POST" && path.endsWith("/documents")) return "documentAdditionOrUpdate";
  return "documentDeletion";
}

function route(request: RecordedRequest): { status: number; json: unknown } {
  const { method, path } = request;
  const taskMatch = /^\/tasks\/(\d+)$/.exec(path);
  if (method === "GET" && taskMatch) {
    const task = tasks.get(Number(taskMatch[1]));
    if (!task) return { status: 404, json: { message: "task not found", code: "task_not_found" } };
    return {
      status: 200,
      json: {
        ...task,
        status: task.error ? "failed" : "succeeded",
        error: task.error ? { ...task.error, type: "invalid_request", link: "" } : null,
        batchUid: 0,
        canceledBy: null,
        duration: "PT0S",
        enqueuedAt: "2026-01-01T00:00:00Z",
        startedAt: "2026-01-01T00:00:00Z",
        finishedAt: "2026-01-01T00:00:00Z",
      },
    };
  }
  if (method === "GET" && path.endsWith("/stats")) {
    return { status: 200, json: { numberOfDocuments: 7, isIndexing: false, fieldDistribution: {} } };
  }
  if (method === "POST" && (path.endsWith("/search") || path === "/multi-search")) {
    return { status: 200, json: searchReply(request.body as Record<string, unknown>) };
  }
  const uid = tasks.size + 1;
  const indexUid =
    path === "/indexes" ? String((request.body as { uid: string }).uid) : (/^\/indexes\/([^/]+)/.exec(path)?.[1] ?? null);
  const type = taskTypeOf(method, path);
  tasks.set(uid, { uid, indexUid, type, error: failTask(request) });
  return { status: 202, json: { taskUid: uid, indexUid, status: "enqueued", type, enqueuedAt: "2026-01-01T00:00:00Z" } };
}

beforeAll(async () => {
  server = createServer((incoming, outgoing) => {
    let text = "";
    incoming.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    incoming.on("end", () => {
      const url = new URL(incoming.url ?? "/", "http://fake");
      const request = { method: incoming.method ?? "GET", path: url.pathname + url.search, body: text ? JSON.parse(text) : null };
      if (!request.path.startsWith("/tasks/")) requests.push(request);
      const reply = route({ ...request, path: url.pathname });
      outgoing.writeHead(reply.status, { "content-type": "application/json" });
      outgoing.end(JSON.stringify(reply.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  requests = [];
  tasks.clear();
  failTask = () => null;
  searchReply = () => ({ hits: [], estimatedTotalHits: 0, offset: 0, limit: 20, processingTimeMs: 0, query: "" });
});

const engine = () => new MeilisearchIndex({ host, apiKey: "key", indexPrefix: "t1_" });

describe("MeilisearchIndex writes", () => {
  it("creates both indexes with primary key id and applies their settings", async () => {
    await engine().configure({ synonyms: [["cnc", "цпу"]] });
    const creations = requests.filter((request) => request.path === "/indexes").map((request) => request.body);
    expect(creations).toEqual(
      expect.arrayContaining([
        { uid: "t1_companies", primaryKey: "id" },
        { uid: "t1_opportunities", primaryKey: "id" },
      ]),
    );
    const settings = requests.find((request) => request.path === "/indexes/t1_companies/settings");
    expect(settings?.method).toBe("PATCH");
    expect(settings?.body).toEqual(indexSettings("companies", { synonyms: [["cnc", "цпу"]] }));
  });

  it("accepts indexes that already exist", async () => {
    failTask = (request) =>
      request.path === "/indexes" ? { message: "Index already exists.", code: "index_already_exists" } : null;
    await expect(engine().configure({ synonyms: [] })).resolves.toBeUndefined();
    expect(requests.filter((request) => request.path.endsWith("/settings"))).toHaveLength(2);
  });

  it("reports a failed settings task with its uid, type and error", async () => {
    failTask = (request) =>
      request.path === "/indexes/t1_opportunities/settings"
        ? { message: "Attribute `x` is not filterable.", code: "invalid_settings_filterable_attributes" }
        : null;
    const failure = engine().configure({ synonyms: [] });
    await expect(failure).rejects.toThrow(MeilisearchTaskError);
    await expect(failure).rejects.toThrow(
      /task \d+ \(settingsUpdate\) on index t1_opportunities failed: Attribute `x` is not filterable\. \[invalid_settings_filterable_attributes\]/,
    );
  });

  it("gives a company the words of its central capabilities, each one token that no typo or prefix reaches", async () => {
    await engine().upsert("companies", [{ id: "c1", _geo: null, centralCapabilityCodes: ["MACH", "MACH.CNC_5AXIS"] }]);
    expect(requests[0]?.body).toEqual([
      {
        id: "c1",
        centralCapabilityCodes: ["MACH", "MACH.CNC_5AXIS"],
        rankAnchor: rankAnchorWord,
        rankPrefer: ["qzxpcentralcapabilitycodesqzxmachqzx", "qzxpcentralcapabilitycodesqzxmachcncfaxisqzx"],
      },
    ]);
  });

  it("upserts in batches with primary key id and surfaces a failed batch", async () => {
    const documents = Array.from({ length: 1500 }, (_, n) => ({ id: `c${n}`, name: `Firm ${n}`, _geo: null }));
    failTask = (request) =>
      Array.isArray(request.body) && request.body.length === 500
        ? { message: "Document identifier `c 1` is invalid.", code: "invalid_document_id" }
        : null;
    await expect(engine().upsert("companies", documents)).rejects.toThrow(
      /task 2 \(documentAdditionOrUpdate\) on index t1_companies failed: .*invalid_document_id/,
    );
    const additions = requests.filter((request) => request.method === "POST");
    expect(additions.map((request) => request.path)).toEqual([
      "/indexes/t1_companies/documents?primaryKey=id",
      "/indexes/t1_companies/documents?primaryKey=id",
    ]);
    expect(additions.map((request) => (request.body as unknown[]).length)).toEqual([1000, 500]);
    // A null location is left out rather than sent (older Meilisearch rejects `_geo: null`); every
    // document carries the rank anchor.
    expect((additions[0]?.body as unknown[])[0]).toEqual({ id: "c0", name: "Firm 0", rankAnchor: rankAnchorWord });
  });

  it("sends a present location unchanged", async () => {
    await engine().upsert("companies", [{ id: "c1", _geo: { lat: 1, lng: 2 } }]);
    expect(requests[0]?.body).toEqual([{ id: "c1", _geo: { lat: 1, lng: 2 }, rankAnchor: rankAnchorWord }]);
  });

  it("deletes by id, clears, and sends nothing for an empty delete", async () => {
    const index = engine();
    await index.delete("opportunities", []);
    expect(requests).toEqual([]);
    await index.delete("opportunities", ["o1", "o2"]);
    await index.clear("companies");
    expect(requests).toEqual([
      { method: "POST", path: "/indexes/t1_opportunities/documents/delete-batch", body: ["o1", "o2"] },
      { method: "DELETE", path: "/indexes/t1_companies/documents", body: null },
    ]);
  });

  it("counts from the index stats", async () => {
    await expect(engine().count("companies")).resolves.toBe(7);
    expect(requests).toEqual([{ method: "GET", path: "/indexes/t1_companies/stats", body: null }]);
  });

  it("drops its own indexes and tolerates missing ones", async () => {
    failTask = (request) =>
      request.path === "/indexes/t1_opportunities" ? { message: "Index not found.", code: "index_not_found" } : null;
    await engine().deleteIndexes();
    expect(requests.map((request) => `${request.method} ${request.path}`).sort()).toEqual([
      "DELETE /indexes/t1_companies",
      "DELETE /indexes/t1_opportunities",
    ]);
  });
});

describe("MeilisearchIndex search", () => {
  const request: SearchRequest = {
    index: "companies",
    text: "фрезоване",
    filters: [
      { kind: "anyOf", field: "country", values: ['BG"] OR country = "DE'] },
      { kind: "geoRadius", center: { lat: 42.6977, lng: 23.3219 }, radiusKm: 50 },
    ],
    facets: ["country", "capabilityCodes"],
    sort: { kind: "distance", from: { lat: 42.6977, lng: 23.3219 } },
    offset: 20,
    limit: 10,
    highlight: ["name", "capabilityTerms", "description_en"],
    locales: ["bg", "en", "xx"],
  };

  it("sends one search body with filter, sort, facets, highlight tags and locales", async () => {
    await engine().search(request);
    expect(requests).toEqual([
      {
        method: "POST",
        path: "/indexes/t1_companies/search",
        body: {
          q: "фрезоване",
          offset: 20,
          limit: 10,
          showRankingScore: true,
          filter: ['country IN ["BG\\"] OR country = \\"DE"]', "_geoRadius(42.6977, 23.3219, 50000)"],
          facets: ["country", "capabilityCodes"],
          sort: ["_geoPoint(42.6977, 23.3219):asc"],
          attributesToHighlight: ["name", "capabilityTerms", "description_en"],
          highlightPreTag: "\uE000",
          highlightPostTag: "\uE001",
          locales: ["bul", "eng"],
        },
      },
    ]);
  });

  it("maps hits, score, escaped highlights, total and facets", async () => {
    searchReply = () => ({
      hits: [
        {
          id: "c1",
          name: "Фреза <b>ООД</b>",
          capabilityTerms: ["фрезоване", "milling"],
          _geo: { lat: 42.7, lng: 23.3 },
          _geoDistance: 412,
          _rankingScore: 0.93,
          _formatted: {
            id: "c1",
            name: "\uE000Фреза\uE001 <b>ООД</b>",
            capabilityTerms: ["\uE000фрезоване\uE001", "milling"],
            description_en: "Milling & turning",
            // No match in it, so no highlight for it.
          },
        },
        // Stored without a location, so Meilisearch returns no `_geo` at all.
        { id: "c2", name: "Без адрес", _rankingScore: 0.5 },
      ],
      estimatedTotalHits: 31,
      facetDistribution: { country: { BG: 30, DE: 1 } },
      offset: 20,
      limit: 10,
      processingTimeMs: 1,
      query: "фрезоване",
    });
    const response = await engine().search(request);
    expect(response).toEqual({
      hits: [
        {
          id: "c1",
          document: {
            id: "c1",
            name: "Фреза <b>ООД</b>",
            capabilityTerms: ["фрезоване", "milling"],
            _geo: { lat: 42.7, lng: 23.3 },
          },
          score: 0.93,
          highlights: {
            name: "<mark>Фреза</mark> &lt;b&gt;ООД&lt;/b&gt;",
            capabilityTerms: "<mark>фрезоване</mark>",
          },
        },
        { id: "c2", document: { id: "c2", name: "Без адрес", _geo: null }, score: 0.5, highlights: {} },
      ],
      total: 31,
      facets: { country: { BG: 30, DE: 1 }, capabilityCodes: {} },
    });
  });

  it("refuses unknown facet and sort fields before calling the server", async () => {
    await expect(engine().search({ ...request, facets: ["description_en"] })).rejects.toThrow(/not a filterable field/);
    await expect(
      engine().search({ ...request, sort: { kind: "field", field: "name:asc,employees", direction: "asc" } }),
    ).rejects.toThrow(/not a sortable field/);
    await expect(engine().search({ ...request, limit: -1 })).rejects.toThrow(/limit/);
    expect(requests).toEqual([]);
  });

  it("sends a ranking text after the anchor word, without query syntax, as many words as Meilisearch reads", async () => {
    searchReply = () => ({
      hits: [{ id: "c1", name: "Firm", rankAnchor: rankAnchorWord, _rankingScore: 0.4 }],
      estimatedTotalHits: 1,
      offset: 0,
      limit: 5,
      processingTimeMs: 0,
      query: "",
    });
    const rank = (text: string) => engine().search({ index: "companies", text, textMode: "rank", filters: [], offset: 0, limit: 5 });
    const response = await rank('"Kleinserien" -Edelstahl eins zwei drei vier fünf sechs sieben acht neun');
    await rank("  ");
    await engine().search({
      index: "companies", text: "Drehteile", textMode: "rank", prefer: { field: "centralCapabilityCodes", values: ["MACH.CNC_TURNING"] },
      filters: [], offset: 0, limit: 5,
    });
    const bodies = requests.map((request) => request.body as Record<string, unknown>);
    expect(bodies[0]).toMatchObject({
      q: `${rankAnchorWord} Kleinserien Edelstahl eins zwei drei vier fünf sechs sieben`,
      matchingStrategy: "last",
    });
    // No words: a placeholder search, every filtered document in the sort's order.
    expect(bodies[1]?.q).toBe("");
    expect(bodies[1]).not.toHaveProperty("matchingStrategy");
    // Preferred values come after the words, so they order the documents matching every word.
    expect(bodies[2]?.q).toBe(`${rankAnchorWord} Drehteile ${preferWord("centralCapabilityCodes", "MACH.CNC_TURNING")}`);
    await expect(
      engine().search({ index: "companies", text: "x", textMode: "rank", prefer: { field: "country", values: ["BG"] }, filters: [], offset: 0, limit: 5 }),
    ).rejects.toThrow(/not a preferable field/);
    // The anchor is the adapter's own: documents come back as they were indexed.
    expect(response.hits[0]?.document).toEqual({ id: "c1", name: "Firm", _geo: null });
  });

  it("runs several requests through one multi-search call, answers in order", async () => {
    searchReply = (body) => ({
      results: (body.queries as { indexUid: string }[]).map((query, position) => ({
        indexUid: query.indexUid,
        hits: [{ id: `hit${position}` }],
        estimatedTotalHits: position + 1,
        offset: 0,
        limit: 5,
        processingTimeMs: 0,
        query: "",
      })),
    });
    const responses = await engine().multiSearch([
      { index: "opportunities", text: "", filters: [], sort: { kind: "field", field: "deadlineDay", direction: "asc" }, offset: 0, limit: 5 },
      { index: "companies", text: "cnc", filters: [], offset: 0, limit: 5 },
    ]);
    expect(requests).toEqual([
      {
        method: "POST",
        path: "/multi-search",
        body: {
          queries: [
            { indexUid: "t1_opportunities", q: "", offset: 0, limit: 5, showRankingScore: true, sort: ["deadlineDay:asc"] },
            { indexUid: "t1_companies", q: "cnc", offset: 0, limit: 5, showRankingScore: true },
          ],
        },
      },
    ]);
    expect(responses.map((response) => [response.hits[0]?.id, response.total])).toEqual([
      ["hit0", 1],
      ["hit1", 2],
    ]);
    await expect(engine().multiSearch([])).resolves.toEqual([]);
  });
});

describe("createMeilisearchIndexFromConfig", () => {
  it("is null without MEILI_HOST and an engine with it", () => {
    expect(createMeilisearchIndexFromConfig({})).toBeNull();
    expect(createMeilisearchIndexFromConfig({ MEILI_HOST: "  " })).toBeNull();
    const index = createMeilisearchIndexFromConfig({ MEILI_HOST: host, MEILI_MASTER_KEY: "k" });
    expect(index?.engine).toBe("meilisearch");
    expect(index?.uid("companies")).toBe("companies");
  });

  it("refuses an index prefix that is not a valid uid part", () => {
    expect(() => new MeilisearchIndex({ host, indexPrefix: "a/b" })).toThrow(/prefix/);
  });
});
