import { describe, expect, it } from "vitest";
import type { OpportunityDraft } from "@cluster-match/shared/schemas/opportunity-editor";
import {
  draftFromForm,
  fieldErrorsFromDetails,
  matchesCapability,
  emptyDraftForm,
  filledLanguages,
  formFromDraft,
  formFromOpportunity,
  languagesWithErrors,
  takeDraftFields,
  validateDraftForm,
  type DraftFormState,
} from "./draftForm.ts";

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

  it("refuses a title on two lines and hidden or control characters, before sending", () => {
    const state = filled();
    state.texts.bg.title = "Съвместна\nразработка";
    state.texts.de.description = "Wir bieten \u202Eeine gemeinsame Entwicklung von Biomassebrennern an.";
    expect(validateDraftForm(state, { forSubmit: false, now }).errors).toEqual({
      "title.bg": { key: "unsafeCharacters" },
      "description.de": { key: "unsafeCharacters" },
    });
    state.texts.bg.title = "Съвместна разработка";
    state.texts.de.description = "Zeile eins.\nZeile zwei mit Umlauten: äöü ß.";
    expect(validateDraftForm(state, { forSubmit: false, now }).errors).toEqual({});
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
      createdAt: "2026-11-01T00:00:00Z", updatedAt: "2026-11-02T00:00:00Z", version: 3,
    });
    expect(state.texts.en.title).toBe("Laser cutting offered");
    expect(state.texts.bg).toEqual({ title: "", description: "" });
    expect(state.requiredCapabilities).toEqual(["MACH.LASER"]);
    expect(state.certificationsRequired).toEqual(["ISO_9001"]);
    expect(state.anonymous).toBe(true);
  });
});

describe("taking someone else's changes into the form", () => {
  it("copies only the named fields, a text field in every language, and leaves the user's other typing alone", () => {
    const mine = filled();
    mine.texts.bg.title = "Моето заглавие";
    mine.anonymous = false;
    const theirs = filled();
    theirs.texts.bg.title = "Тяхното заглавие";
    theirs.texts.de.description = "Ihre Beschreibung ist jetzt viel länger als vorher.";
    theirs.anonymous = true;
    theirs.deadline = "2027-05-05";
    const merged = takeDraftFields(mine, theirs, ["description", "anonymous"]);
    expect(merged.texts.bg.title).toBe("Моето заглавие");
    expect(merged.texts.de.description).toBe("Ihre Beschreibung ist jetzt viel länger als vorher.");
    expect(merged.anonymous).toBe(true);
    expect(merged.deadline).toBe(mine.deadline);
    // The user's form is not changed in place.
    expect(mine.anonymous).toBe(false);
    expect(draftFromForm(formFromDraft(draftFromForm(merged) as OpportunityDraft))).toEqual(draftFromForm(merged));
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
