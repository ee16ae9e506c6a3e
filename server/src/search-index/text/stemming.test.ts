import { describe, expect, it } from "vitest";
import { bulgarianStem } from "./bulgarian-stemmer.ts";
import { stemKeys } from "./stemming.ts";

const sameStem = (a: string, b: string) => stemKeys(a, ["bg", "en", "de", "pl", "hu"]).some((k) => stemKeys(b, ["bg", "en", "de", "pl", "hu"]).includes(k));

describe("stemmers of the five languages", () => {
  it("takes inflected and derived forms to one stem", () => {
    expect(sameStem("заваряването", "заваряване")).toBe(true); // bg definite article
    expect(sameStem("огъването", "огъване")).toBe(true);
    expect(sameStem("stalowych", "stal")).toBe(true); // pl genitive plural of the adjective
    expect(sameStem("frezowania", "frezowanie")).toBe(true); // pl genitive
    expect(sameStem("tartályok", "tartály")).toBe(true); // hu plural
    expect(sameStem("Gussteilen", "Gussteil")).toBe(true); // de dative plural
    expect(sameStem("machined", "machining")).toBe(true); // en participle
    expect(sameStem("brackets", "bracket")).toBe(true);
  });

  it("keeps different words apart and never stems numbers or short words into noise", () => {
    expect(sameStem("welding", "wedding")).toBe(false);
    expect(stemKeys("ISO", ["de"])).toEqual([]);
    expect(bulgarianStem("до")).toBe("до");
  });

  it("applies the Bulgarian stemmer to Cyrillic only and the others to Latin letters only", () => {
    expect(stemKeys("заваряване", ["en", "de"])).toEqual([]);
    expect(stemKeys("welding", ["bg"])).toEqual([]);
  });
});
