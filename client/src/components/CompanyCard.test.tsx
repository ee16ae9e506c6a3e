import type { CompanyCard as CompanyCardData } from "@cluster-match/shared";
import { render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import i18n from "../i18n/index.ts";
import { CompanyCard } from "./CompanyCard.tsx";

const firm: CompanyCardData = {
  id: "c1",
  slug: "agromash-92-eood",
  name: "Агромаш-92 ЕООД",
  nameLatin: "Agromash-92 EOOD",
  legalForm: "ЕООД",
  country: "BG",
  city: "Русе",
  cityLatin: "Ruse",
  size: null,
  employees: null,
  verified: false,
  capabilities: [],
  certifications: [],
  summary: { text: "Произвеждаме селскостопански машини.", lang: "bg" },
};

const renderCard = () =>
  render(
    <MemoryRouter>
      <CompanyCard company={firm} />
    </MemoryRouter>,
  );

afterEach(async () => {
  await i18n.changeLanguage("en");
});

describe("a company card in the reader's language", () => {
  it("shows an English reader the Latin name and labels the Bulgarian summary", () => {
    renderCard();
    expect(screen.getByRole("link").textContent).toBe("Agromash-92 EOOD");
    expect(screen.getByRole("link").getAttribute("lang")).toBeNull();
    const original = screen.getByText("Агромаш-92 ЕООД");
    expect(original.getAttribute("lang")).toBe("bg");
    expect(screen.getByTestId("text-language").textContent).toBe("in Bulgarian");
    expect(screen.getByText("Произвеждаме селскостопански машини.").getAttribute("lang")).toBe("bg");
  });

  it("says it in German for a German reader", async () => {
    await i18n.changeLanguage("de");
    renderCard();
    expect(screen.getByTestId("text-language").textContent).toBe("auf Bulgarisch");
    expect(screen.getByText("Ruse, Bulgarien")).toBeTruthy();
  });

  it("shows a Bulgarian reader the registered name and no label", async () => {
    await i18n.changeLanguage("bg");
    renderCard();
    expect(screen.getByRole("link").textContent).toBe("Агромаш-92 ЕООД");
    expect(screen.getByRole("link").getAttribute("lang")).toBe("bg");
    expect(screen.getByText("Agromash-92 EOOD")).toBeTruthy();
    expect(screen.queryByTestId("text-language")).toBeNull();
  });
});
