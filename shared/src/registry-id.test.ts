import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkRegistryId, isValidEik, normalizeRegistryId } from "./registry-id.ts";

describe("Bulgarian EIK", () => {
  it("accepts the worked examples of the registry rules", () => {
    expect(isValidEik("204123454")).toBe(true); // r = 4
    expect(isValidEik("200000015")).toBe(true); // r = 10, second weights give 5
  });

  it("rejects a wrong check digit, wrong length and non-digits", () => {
    expect(isValidEik("204123455")).toBe(false);
    expect(isValidEik("200000010")).toBe(false);
    expect(isValidEik("20412345")).toBe(false);
    expect(isValidEik("2041234540")).toBe(false);
    expect(isValidEik("20412345a")).toBe(false);
  });

  it("maps a second remainder of 10 to check digit 0", () => {
    // Find such a number by brute force and confirm the rule, independent of the implementation.
    for (let n = 10000000; n < 10010000; n++) {
      const d = String(n).padStart(8, "0").split("").map(Number);
      const r1 = d.reduce((s, v, i) => s + v * (i + 1), 0) % 11;
      const r2 = d.reduce((s, v, i) => s + v * (i + 3), 0) % 11;
      if (r1 === 10 && r2 === 10) {
        expect(isValidEik(`${d.join("")}0`)).toBe(true);
        return;
      }
    }
    throw new Error("no sample found");
  });
});

describe("registry ids per country", () => {
  it("accepts every id of the team's data set and rejects each with a changed check digit", () => {
    const file = new URL("../../../shared/data/companies.jsonl", import.meta.url);
    let lines: string[];
    try {
      lines = readFileSync(file, "utf8").trim().split("\n").slice(0, 400);
    } catch {
      lines = readFileSync(new URL("../../demo-data/companies.jsonl", import.meta.url), "utf8").trim().split("\n");
    }
    const seen = new Set<string>();
    for (const line of lines) {
      const { country, registryId } = JSON.parse(line) as { country: string; registryId: string };
      seen.add(country);
      expect(checkRegistryId(country, registryId), `${country} ${registryId}`).toBeNull();
      const last = Number(registryId.at(-1));
      const tampered = registryId.slice(0, -1) + String((last + 1) % 10);
      expect(checkRegistryId(country, tampered), `${country} ${tampered}`).not.toBeNull();
    }
    expect([...seen].sort()).toEqual(["AT", "BG", "DE", "HU", "PL"]);
  });

  it("explains what is wrong", () => {
    expect(checkRegistryId("BG", "12345")).toBe("format");
    expect(checkRegistryId("BG", "204123455")).toBe("checksum");
    expect(checkRegistryId("BG", "BG204123454")).toBeNull();
    expect(checkRegistryId("DE", "AT U12345678")).toBe("country_prefix");
    expect(checkRegistryId("DE", "DE12")).toBe("format");
    expect(checkRegistryId("FR", "FRXX123456789")).toBeNull(); // no checksum rule: format only
  });

  it("normalises spaces, dots and dashes", () => {
    expect(normalizeRegistryId(" de 123.456-789 ")).toBe("DE123456789");
  });
});
