import { opportunityTypes } from "@cluster-match/shared/enums";
import { describe, expect, it } from "vitest";
import { catalogues } from "../i18n/catalogues.ts";
import { capabilitiesHeadingKey, isOfferType } from "./opportunityTypes.ts";

const get = (catalogue: object, key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue) as string;

describe("opportunity types", () => {
  it("call a request a request and an offer an offer, in every UI language", () => {
    const request = { en: /request/i, bg: /запитване/i, de: /gesuch/i };
    const offer = { en: /offer/i, bg: /оферта/i, de: /angebot/i };
    for (const [locale, catalogue] of Object.entries(catalogues) as [keyof typeof request, object][]) {
      for (const type of opportunityTypes) {
        const label = get(catalogue, `opportunityType.${type}`);
        if (isOfferType(type)) {
          expect(label, `${locale} ${type}`).toMatch(offer[locale]);
          expect(label, `${locale} ${type}`).not.toMatch(request[locale]);
        } else {
          expect(label, `${locale} ${type}`).toMatch(request[locale]);
          expect(label, `${locale} ${type}`).not.toMatch(offer[locale]);
        }
      }
    }
  });

  it("head an offer's capabilities as offered and a request's as required", () => {
    expect(capabilitiesHeadingKey("SUPPLY_REQUEST")).toBe("opportunity.requiredCapabilities");
    expect(capabilitiesHeadingKey("RND_OFFER")).toBe("opportunity.offeredCapabilities");
    expect(get(catalogues.en, "opportunity.offeredCapabilities")).toBe("Offered capabilities");
    expect(get(catalogues.de, "opportunity.offeredCapabilities")).toBe("Angebotene Kompetenzen");
    expect(get(catalogues.bg, "opportunity.offeredCapabilities")).toBe("Предлагани компетенции");
  });

  it("never call someone's opportunity an \"Angebot\" in German notices (it may be a request)", () => {
    const notices = catalogues.de.network.notices as Record<string, string>;
    for (const key of ["interestReceived", "opportunityApproved", "opportunityRejected", "opportunityExpired"]) expect(notices[key], key).not.toMatch(/Angebot/);
  });
});
