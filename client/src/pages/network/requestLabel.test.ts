import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { catalogues } from "../../i18n/catalogues.ts";
import { contactPointTitle, inboxLabel, type RequestLabel } from "./requestLabel.ts";

const i18n = i18next.createInstance();
await i18n.init({
  resources: { bg: { translation: catalogues.bg }, en: { translation: catalogues.en }, de: { translation: catalogues.de } },
  lng: "en",
  interpolation: { escapeValue: false },
});
const text = (label: RequestLabel, lng: string) => i18n.getFixedT(lng)(label.key, label.values ?? {});

const inquiry = { kind: "INQUIRY", opportunity: null, inquiry: { id: "q1", subject: "Brackets B-100, 500 pcs" } } as const;
const company = { kind: "COMPANY", opportunity: null, inquiry: null } as const;
const interest = { kind: "INTEREST", opportunity: { id: "o1", title: { text: "Lohnfertiger gesucht", lang: "de" }, anonymous: false }, inquiry: null } as const;

describe("what a request is, in its title", () => {
  it("names a request for quotation by its subject in the inbox, never as an introduction request", () => {
    expect(text(inboxLabel(inquiry), "en")).toBe("Request for quotation: Brackets B-100, 500 pcs");
    expect(text(inboxLabel(inquiry), "de")).toBe("Angebotsanfrage: Brackets B-100, 500 pcs");
    expect(text(inboxLabel(inquiry), "bg")).toBe("Запитване за оферта: Brackets B-100, 500 pcs");
    // Without the subject (not loaded), still what it is.
    expect(text(inboxLabel({ ...inquiry, inquiry: null }), "de")).toBe("Angebotsanfrage");
    expect(text(inboxLabel(company), "de")).toBe("Kontaktanfrage");
    expect(inboxLabel(interest)).toMatchObject({ lang: "de" });
    expect(text(inboxLabel(interest), "en")).toBe("Interest in “Lohnfertiger gesucht”");
  });

  it("titles the contact point's cards by kind: the subject, the requesting firm, the opportunity", () => {
    expect(text(contactPointTitle(inquiry, "Metal Pro OOD"), "en")).toBe("Request for quotation: Brackets B-100, 500 pcs");
    expect(text(contactPointTitle(company, "Metal Pro OOD"), "en")).toBe("Introduction request from Metal Pro OOD");
    expect(text(contactPointTitle(company, "Metal Pro OOD"), "de")).toBe("Kontaktanfrage von Metal Pro OOD");
    expect(text(contactPointTitle(company, "Метал Про ООД"), "bg")).toBe("Заявка за контакт от Метал Про ООД");
    expect(text(contactPointTitle(interest, "Metal Pro OOD"), "bg")).toBe("Интерес към „Lohnfertiger gesucht“");
    expect(contactPointTitle(interest, "X").lang).toBe("de");
    for (const lng of ["en", "de", "bg"]) expect(text(contactPointTitle(inquiry, "X"), lng)).not.toMatch(/Introduction request|Kontaktanfrage|Заявка за контакт/);
  });
});
