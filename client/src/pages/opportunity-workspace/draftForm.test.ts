import { describe, expect, it } from "vitest";
import { draftFromForm, fieldErrorsFromDetails, matchesCapability, emptyDraftForm, filledLanguages, formFromOpportunity, languagesWithErrors, validateDraftForm, type DraftFormState } from "./draftForm.ts";

const now = new Date("2026-12-01T10:00:00Z");

function filled(): DraftFormState {
  const state = emptyDraftForm("2027-01-15");
  state.type = "RND_OFFER";
  state.texts.bg = { title: "Съвместна разработка на горелки", description: "Предлагаме съвместна разработка на горелки за биомаса." };
  state.texts.de = { title: "  Gemeinsame Entwicklung  ", description: "Wir bieten die gemeinsame Entwicklung von Biomassebrennern an." };
  state.requiredCapabilities = ["ENG.FEA"];
  state.cooperationTypes = ["research_cooperation"];
  return state;
}

describe("the opportunity form", () => {
  it("sends only the languages with text, trimmed", () => {
    const draft = draftFromForm(filled()) as { title: Record<string, string>; description: Record<string, string> };
    expect(Object.keys(draft.title)).toEqual(["bg", "de"]);
    expect(draft.title.de).toBe("Gemeinsame Entwicklung");
    expect(Object.keys(draft.description)).toEqual(["bg", "de"]);
  });

  it("accepts a complete form", () => {
    const { draft, errors } = validateDraftForm(filled(), { forSubmit: true, now });
    expect(errors).toEqual({});
    expect(draft?.type).toBe("RND_OFFER");
  });

  it("names the half of a language that is missing, and marks its tab", () => {
    const state = filled();
    state.texts.en.title = "Joint development of burners";
    const { draft, errors } = validateDraftForm(state, { forSubmit: false, now });
    expect(draft).toBeNull();
    expect(errors).toEqual({ "description.en": { key: "missingDescription" } });
    expect(languagesWithErrors(errors)).toEqual(["en"]);
    expect(filledLanguages(state)).toEqual(["bg", "en", "de"]);
  });

  it("explains each kind of problem with its limit", () => {
    const state = emptyDraftForm("");
    state.texts.en = { title: "Hey", description: "x".repeat(8001) };
    state.requiredCapabilities = Array.from({ length: 11 }, (_, i) => `MACH.T${i}`);
    const { errors } = validateDraftForm(state, { forSubmit: false, now });
    expect(errors).toMatchObject({
      type: { key: "required" },
      "title.en": { key: "tooShort", values: { n: 5 } },
      "description.en": { key: "tooLong", values: { n: 8000 } },
      requiredCapabilities: { key: "chooseAtMost", values: { n: 10 } },
      cooperationTypes: { key: "chooseAtLeast", values: { n: 1 } },
      deadline: { key: "invalidDate" },
    });
    expect(validateDraftForm(emptyDraftForm("2027-01-01"), { forSubmit: false, now }).errors.title).toEqual({ key: "oneLanguage" });
  });

  it("checks the deadline against today only for a submission", () => {
    const state = filled();
    state.deadline = "2026-12-01";
    expect(validateDraftForm(state, { forSubmit: false, now }).errors).toEqual({});
    expect(validateDraftForm(state, { forSubmit: true, now }).errors).toEqual({ deadline: { key: "deadline_past" } });
    state.deadline = "2028-01-01";
    expect(validateDraftForm(state, { forSubmit: true, now }).errors).toEqual({ deadline: { key: "deadline_too_far" } });
  });

  it("loads a stored opportunity back into the form", () => {
    const state = formFromOpportunity({
      id: "o1", companyId: "c1", status: "REJECTED", type: "SUPPLY_OFFER",
      title: { en: "Laser cutting offered" }, description: { en: "Free capacity for laser cutting." },
      requiredCapabilities: [{ code: "MACH.LASER", label: "Laser cutting" }], targetCountries: ["DE"],
      certificationsRequired: [{ code: "ISO_9001", label: "ISO 9001" }], cooperationTypes: ["subcontracting"], anonymous: true,
      deadline: "2027-02-01", rejectionReason: "Too vague", submittedAt: null, publishedAt: null, expiredAt: null, closedAt: null,
      createdAt: "2026-11-01T00:00:00Z", updatedAt: "2026-11-02T00:00:00Z",
    });
    expect(state.texts.en.title).toBe("Laser cutting offered");
    expect(state.texts.bg).toEqual({ title: "", description: "" });
    expect(state.requiredCapabilities).toEqual(["MACH.LASER"]);
    expect(state.certificationsRequired).toEqual(["ISO_9001"]);
    expect(state.anonymous).toBe(true);
  });
});

describe("server details and capability search", () => {
  it("maps the server's deadline and code checks to fields", () => {
    expect(fieldErrorsFromDetails({ field: "deadline", problem: "deadline_past" })).toEqual({ deadline: { key: "deadline_past" } });
    expect(fieldErrorsFromDetails({ field: "requiredCapabilities", codes: ["A.B", "C.D"] })).toEqual({ requiredCapabilities: { key: "unknownCodes", values: { codes: "A.B, C.D" } } });
    expect(fieldErrorsFromDetails({ reason: "company_not_published" })).toEqual({});
    expect(fieldErrorsFromDetails(null)).toEqual({});
  });

  it("finds capabilities by words of the label or code, without accents", () => {
    const option = { code: "MACH.CNC_MILLING", label: "CNC-Fräsen" };
    expect(matchesCapability(option, "frasen")).toBe(true);
    expect(matchesCapability(option, "FRÄS")).toBe(true);
    expect(matchesCapability(option, "cnc milling")).toBe(true);
    expect(matchesCapability(option, "welding")).toBe(false);
    expect(matchesCapability({ code: "MACH.WELDING", label: "Заваряване" }, "заВар")).toBe(true);
  });
});
