import { describe, expect, it } from "vitest";
import {
  canTransition,
  deadlineBounds,
  deadlineProblem,
  oneYearAfter,
  opportunityDraftSchema,
  ownerActionsFor,
  utcDay,
} from "./opportunity-editor.ts";

const valid = {
  type: "SUPPLY_REQUEST",
  title: { bg: "Търсим заварчици", en: "Welders wanted" },
  description: { bg: "Търсим подизпълнител за MIG/MAG заваряване на рами.", en: "We look for a subcontractor for MIG/MAG welding of frames." },
  requiredCapabilities: ["MACH.CNC_MILLING"],
  targetCountries: ["BG", "DE"],
  certificationsRequired: ["ISO_9001"],
  cooperationTypes: ["subcontracting"],
  anonymous: true,
  deadline: "2027-03-01",
};

const issuesOf = (input: unknown) => {
  const result = opportunityDraftSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.code}`);
};

describe("opportunityDraftSchema", () => {
  it("accepts a complete draft", () => {
    expect(issuesOf(valid)).toEqual([]);
  });

  it("wants title and description in the same languages", () => {
    expect(issuesOf({ ...valid, title: { bg: valid.title.bg, en: valid.title.en, de: "Schweißer gesucht" } })).toEqual(["description.de:custom"]);
    expect(issuesOf({ ...valid, title: { en: valid.title.en } })).toEqual(["title.bg:custom"]);
  });

  it("limits sizes and counts", () => {
    expect(issuesOf({ ...valid, title: { en: "x".repeat(201) }, description: { en: valid.description.en } })).toEqual(["title.en:too_big"]);
    expect(issuesOf({ ...valid, title: { en: "Hi" }, description: { en: valid.description.en } })).toEqual(["title.en:too_small"]);
    expect(issuesOf({ ...valid, description: { bg: "x".repeat(8001), en: valid.description.en } })).toEqual(["description.bg:too_big"]);
    expect(issuesOf({ ...valid, requiredCapabilities: [] })).toEqual(["requiredCapabilities:too_small"]);
    expect(issuesOf({ ...valid, requiredCapabilities: Array.from({ length: 11 }, (_, i) => `MACH.X${i}`) })).toEqual(["requiredCapabilities:too_big"]);
    expect(issuesOf({ ...valid, cooperationTypes: [] })).toEqual(["cooperationTypes:too_small"]);
    expect(issuesOf({ ...valid, targetCountries: ["BG", "BG"] })).toEqual(["targetCountries:custom"]);
  });

  it("refuses wrong types and unknown languages", () => {
    expect(issuesOf({ ...valid, anonymous: "yes" })).toEqual(["anonymous:invalid_type"]);
    expect(issuesOf({ ...valid, deadline: "1 March 2027" })).toEqual(["deadline:invalid_format"]);
    expect(issuesOf({ ...valid, title: { ...valid.title, xx: "Something" } }).length).toBeGreaterThan(0);
    expect(issuesOf({ ...valid, title: {}, description: {} })).toEqual(["title:custom", "description:custom"]);
  });
});

describe("deadlines", () => {
  const now = new Date("2026-12-01T23:30:00Z");

  it("counts calendar days in UTC", () => {
    expect(utcDay(now)).toBe("2026-12-01");
    expect(oneYearAfter("2026-12-01")).toBe("2027-12-01");
    expect(oneYearAfter("2028-02-29")).toBe("2029-03-01");
    expect(deadlineBounds(now)).toEqual({ min: "2026-12-02", max: "2027-12-01" });
  });

  it("wants a day after today and at most one year ahead", () => {
    expect(deadlineProblem("2026-12-01", now)).toBe("deadline_past");
    expect(deadlineProblem("2025-01-01", now)).toBe("deadline_past");
    expect(deadlineProblem("2026-12-02", now)).toBeNull();
    expect(deadlineProblem("2027-12-01", now)).toBeNull();
    expect(deadlineProblem("2027-12-02", now)).toBe("deadline_too_far");
  });
});

describe("lifecycle", () => {
  it("lets owners edit and submit drafts and rejected ones, close and renew published and expired ones", () => {
    expect(ownerActionsFor("DRAFT")).toEqual(["edit", "submit", "delete"]);
    expect(ownerActionsFor("REJECTED")).toEqual(["edit", "submit", "delete"]);
    expect(ownerActionsFor("IN_REVIEW")).toEqual([]);
    expect(ownerActionsFor("PUBLISHED")).toEqual(["close", "renew"]);
    expect(ownerActionsFor("EXPIRED")).toEqual(["close", "renew"]);
    expect(ownerActionsFor("CLOSED")).toEqual([]);
    expect(canTransition("approve", "IN_REVIEW")).toBe(true);
    expect(canTransition("approve", "PUBLISHED")).toBe(false);
    expect(canTransition("expire", "EXPIRED")).toBe(false);
  });
});
