import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderPage } from "../../../test/render.tsx";
import { StubError } from "../../../test/trpcStub.ts";
import { VocabularyPage } from "./VocabularyPage.tsx";

const taxonomy = {
  capabilities: [{ code: "COAT.POWDER", group: "COAT", parentCode: null, isGroup: false, label: "Powder coating" }],
  materials: [{ code: "steel", label: "Steel" }],
  certifications: [{ code: "ISO_9001", name: "ISO 9001", description: "" }],
};
const picker = {
  capabilities: [{ code: "COAT.POWDER", group: "COAT", parentCode: null, isGroup: false, labels: { en: "Powder coating" }, synonyms: {} }],
  materials: [{ code: "steel", labels: { en: "Steel" }, synonyms: {} }],
  certifications: [{ code: "ISO_9001", name: "ISO 9001" }],
};
const report = { days: 30, since: "2026-11-10T00:00:00.000Z", searches: 4, zeroResults: [], fewResults: [], unreadWords: [{ word: "lohnbeschichtung", count: 3, example: "Lohnbeschichtung Sachsen", lastSeen: "2026-12-09T10:00:00.000Z" }] };

function renderVocabulary(url: string, add: () => unknown) {
  return renderPage(<VocabularyPage />, {
    url,
    handlers: {
      vocabulary: { list: () => ({ items: [] }), add: add as never },
      searchAnalytics: { report: () => report },
      taxonomy: { get: () => taxonomy, picker: () => picker },
      accounts: { me: () => null },
    },
  });
}

describe("the search vocabulary page", () => {
  it("checks the phrase and the meaning before sending, in words", async () => {
    const page = renderVocabulary("/admin/vocabulary", () => {
      throw new Error("must not be sent");
    });
    await page.user.type(await screen.findByRole("textbox", { name: "Phrase" }), "x");
    await page.user.click(screen.getByRole("button", { name: "Add term" }));
    expect(await screen.findByText("Write at least 2 characters.")).toBeTruthy();
    expect(screen.getByText("Choose what the phrase means.")).toBeTruthy();
    expect(page.callsTo("vocabulary.add")).toEqual([]);
  });

  it("takes a word from the analytics link or the unread words, and says which code already has the phrase", async () => {
    const page = renderVocabulary("/admin/vocabulary?phrase=Lohnbeschichtung", () => {
      throw new StubError("ALREADY_EXISTS", { kind: "material", code: "steel", label: "Steel" });
    });
    const phrase = (await screen.findByRole("textbox", { name: "Phrase" })) as HTMLInputElement;
    expect(phrase.value).toBe("Lohnbeschichtung");
    await page.user.click(await screen.findByRole("button", { name: /lohnbeschichtung \(3\)/ }));
    expect(phrase.value).toBe("lohnbeschichtung");

    await page.user.selectOptions(screen.getByRole("combobox", { name: "Meaning" }), "material");
    await page.user.selectOptions(await screen.findByRole("combobox", { name: "Material" }), "steel");
    await page.user.click(screen.getByRole("button", { name: "Add term" }));
    expect(await screen.findByText("“lohnbeschichtung” is already a name of Steel.")).toBeTruthy();
    expect(page.callsTo("vocabulary.add")).toEqual([{ kind: "material", code: "steel", language: "en", phrase: "lohnbeschichtung", locale: "en" }]);
  });
});
